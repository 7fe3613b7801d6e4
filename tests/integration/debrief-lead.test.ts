// The teacher-led replay with scripted clients: refused during play and for students; after the end every student
// receives the led team's picture, the fold of the stored log at that moment, without other students' names.
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldSession } from "../../scenarios/engine/session.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import { LEAD_SHOW, type LeadPicture, type LeadShow } from "../../shared/protocol/lead.ts";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import type { SessionLogEntry } from "../../shared/scenario/session-entries.ts";
import { joinTeamAndStart, load, playToTheEnd } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

/** Names that occur in no scenario text, so finding one in a picture can only be a leak. */
const STUDENTS: Array<[string, string]> = [
  ["Xandriel", "AIOS"],
  ["Quorblex", "SW"],
  ["Vemmith", "AIOS"],
  ["Brontalu", "SW"],
];
const scenario = load("tutorial-nl.yaml");

let server: TestServer;
let session: CreateSessionResponse;
let host: Scripted;
let players: Scripted[];
let sessionId: string;
/** Every lead.show each student received, in order. */
const received = new Map<Scripted, LeadShow[]>();

function listen(p: Scripted) {
  const list: LeadShow[] = [];
  received.set(p, list);
  p.room.onMessage(LEAD_SHOW, (m: LeadShow) => list.push(m));
  return list;
}
const teamOf = (p: Scripted) => p.view()?.teamId ?? "";
const latest = (p: Scripted) => received.get(p)?.at(-1);
const log = async () => (await server.store.readLog(sessionId)) as SessionLogEntry[];

beforeAll(async () => {
  server = await startTestServer();
  session = await server.createSession({ scenarioId: scenario.id, language: "nl", teamSize: 2 });
  sessionId = (await server.store.liveSessions()).find((r) => r.code === session.code)?.id ?? "";
  ({ host, players } = await joinTeamAndStart(server, session, STUDENTS));
  for (const p of players) listen(p);
}, 60_000);
afterAll(async () => {
  await server.stop();
});

describe("leading the class during play", () => {
  it("is refused for the host with a clear error, since every role's hand would leak", async () => {
    expect(await host.send("host.lead", { teamId: "T1", seq: 5 })).toBe("lead_not_ended");
    const error = host.errors.findLast((e) => e.command === "host.lead");
    expect(error?.message).toMatch(/pas als de sessie is afgelopen/);
    // Nothing reached any student.
    for (const p of players) expect(received.get(p)).toEqual([]);
  });

  it("is refused for a student: host.lead is the host's", async () => {
    const [student] = players;
    expect(await student?.send("host.lead", { teamId: "T1", seq: 5 })).toBe("host_only");
    expect(await student?.send("host.lead.stop", {})).toBe("host_only");
  });
});

describe("leading the class after the end", () => {
  let t1: Scripted[];
  let others: Scripted[];
  let shareSeq: number;

  beforeAll(async () => {
    t1 = players.filter((p) => teamOf(p) === "T1");
    others = players.filter((p) => teamOf(p) !== "T1");
    expect(t1.length).toBe(2);
    expect(others.length).toBe(2);
    const end = await playToTheEnd(scenario, host, t1, { share: () => true });
    expect(end.status).toBe("ended");
    expect(await host.send("host.end")).toBe("ok");
    const entries = await log();
    // A moment in the middle of T1's game: its second card on the table, before any decision.
    shareSeq = entries.filter((e) => e.team === "T1" && e.type === "card.share")[1]?.seq ?? 0;
    expect(shareSeq).toBeGreaterThan(0);
  }, 60_000);

  it("refuses a bad payload and an unknown team", async () => {
    expect(await host.send("host.lead", { teamId: "T1" })).toBe("invalid_payload");
    expect(await host.send("host.lead", { teamId: "T1", seq: 3, extra: true })).toBe("invalid_payload");
    expect(await host.send("host.lead", { teamId: "T9", seq: 3 })).toBe("unknown_team");
    const [student] = players;
    expect(await student?.send("host.lead", { teamId: "T1", seq: 3 })).toBe("host_only");
  });

  it("shows every student the led team at that moment: the stored log folded to that seq", async () => {
    expect(await host.send("host.lead", { teamId: "T1", seq: shareSeq })).toBe("ok");
    for (const p of players)
      await waitFor(() => latest(p)?.picture?.seq === shareSeq, "the picture of the led moment");
    const picture = latest(others[0] as Scripted)?.picture as LeadPicture;
    expect(picture.teamId).toBe("T1");

    const entries = await log();
    const { state } = foldSession(scenario, { teamSize: 2 }, entries, { untilSeq: shareSeq });
    const team = state.teams.T1;
    if (!team) throw new Error("no T1 in the fold");
    const expected = viewFor(scenario, { ...team, chat: [] }, { kind: "host" });
    expect(picture.view.table).toEqual(expected.table);
    expect(picture.view.table.length).toBe(2);
    expect(picture.view.meters).toEqual(expected.meters);
    expect(picture.view.phase?.id).toBe(expected.phase?.id);
    expect(picture.view.decisions.map((d) => [d.id, d.status, d.chosen])).toEqual(
      expected.decisions.map((d) => [d.id, d.status, d.chosen]),
    );
    // Each role's hand as it was: one of the AIOS cards on the table, the rest not yet.
    for (const { role, hand } of picture.roles)
      expect(hand).toEqual(viewFor(scenario, team, { kind: "role", role }).hand);
    expect(picture.roles.map((r) => r.role).sort()).toEqual(["AIOS", "SW"]);
    // Moment = game time since T1's first entry, as the debrief's timeline counts it.
    const own = entries.filter((e) => e.team === "T1");
    const at = own.findLast((e) => e.seq <= shareSeq)?.t ?? 0;
    expect(picture.elapsed).toBe(at - (own[0]?.t ?? 0));

    // The final state differs: the fold really stopped at the seq.
    const final = foldSession(scenario, { teamSize: 2 }, entries).state.teams.T1;
    expect(final?.table.length).toBeGreaterThan(picture.view.table.length);
  });

  it("names no student: members carry no nickname, and no nickname appears anywhere in it", async () => {
    const picture = latest(others[0] as Scripted)?.picture as LeadPicture;
    expect(picture.view.members.map((m) => m.nickname)).toEqual(["", ""]);
    const text = JSON.stringify(picture);
    for (const [name] of STUDENTS) expect(text).not.toContain(name);
  });

  it("sends the latest moment when the teacher scrubs quickly, and a joining student gets the current one", async () => {
    const entries = (await log()).filter((e) => e.team === "T1");
    const seqs = entries.slice(0, 12).map((e) => e.seq);
    for (const seq of seqs) host.room.send("host.lead", { teamId: "T1", seq });
    const last = seqs.at(-1) ?? 0;
    for (const p of players) await waitFor(() => latest(p)?.picture?.seq === last, "the last moment");
    const student = others[0] as Scripted;
    // Far fewer pictures than moments asked for: the server keeps to its pace, the latest wins.
    const shown = received.get(student)?.filter((m) => m.picture && seqs.includes(m.picture.seq)) ?? [];
    expect(shown.length).toBeLessThan(seqs.length);

    // A student of T2 closes the laptop and comes back: same token, a new connection, the current picture.
    const [nickname] = STUDENTS.find(([n]) => n === nicknameOf(student)) ?? [""];
    await student.room.leave();
    const back = await Scripted.player(server.colyseus.sdk, session.roomId, nickname);
    const list = listen(back);
    expect(await back.send("lead.sync")).toBe("ok");
    await waitFor(() => list.at(-1)?.picture?.seq === last, "the current picture after rejoining");
    expect(list.at(-1)?.picture?.teamId).toBe("T1");
  });

  it("stops: every student is told to show their own screen again, and a late sync gets nothing", async () => {
    expect(await host.send("host.lead.stop")).toBe("ok");
    const [student] = t1;
    await waitFor(() => student && latest(student)?.picture === null, "the stop");
    const list = received.get(student as Scripted) ?? [];
    const before = list.length;
    expect(await student?.send("lead.sync")).toBe("ok");
    await waitFor(() => list.length > before, "the sync's answer");
    expect(list.at(-1)).toEqual({ picture: null });
  });
});

function nicknameOf(p: Scripted): string {
  const state = (p.room as Room).state as unknown as {
    players: Map<string, { nickname: string; sessionId: string }>;
  };
  for (const entry of state.players.values()) if (entry.sessionId === p.room.sessionId) return entry.nickname;
  return "";
}
