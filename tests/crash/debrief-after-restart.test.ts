// The day after: the server process is killed and started again, and the host still finds an ended session and a
// running one, with the debrief export and every CSV, from the store alone, and can lead the class through it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@colyseus/sdk";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { foldSession } from "../../scenarios/engine/session.ts";
import { SessionExportSchema } from "../../shared/protocol/export.ts";
import { DebriefRoomResponse, LEAD_SHOW, type LeadShow } from "../../shared/protocol/lead.ts";
import { type CreateSessionResponse, HostSessionResponse } from "../../shared/protocol/session.ts";
import { freePort } from "../helpers/free-port.ts";
import { load, playToTheEnd } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { killAllServerProcesses, startServerProcess } from "../helpers/server-process.ts";
import { waitFor } from "../helpers/wait.ts";

const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-debrief-"));
afterAll(() => {
  killAllServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

const scenario = load("tutorial-nl.yaml");
const students = [
  ["Amir", "AIOS"],
  ["Sanne", "SW"],
  ["Wim", "WV"],
] as const;

async function create(url: string): Promise<CreateSessionResponse> {
  const response = await fetch(`${url}/api/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scenarioId: scenario.id, language: "nl", teamSize: 3 }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreateSessionResponse;
}

async function startTeam(sdk: Client, session: CreateSessionResponse, tag: string) {
  const host = await Scripted.host(sdk, session.roomId, session.hostKey);
  const players: Scripted[] = [];
  for (const [nickname, role] of students)
    players.push(
      await Scripted.player(sdk, session.roomId, nickname, role, `${tag}-${nickname}-0123456789abcdef`),
    );
  expect(await host.send("host.start")).toBe("ok");
  for (const p of players) await p.waitForView("the game to start", (v) => v.status === "playing");
  return { host, players };
}

const get = (url: string, session: CreateSessionResponse, path: string) =>
  fetch(`${url}/api/sessions/${session.code}${path}`, {
    headers: { Authorization: `Bearer ${session.hostKey}` },
  });

async function csvRows(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes), { record_delimiter: "\r\n" }) as string[][];
}

describe("a server restarted after the game", () => {
  it("still gives the host an ended session and a running one, their exports and every CSV", async () => {
    const port = String(await freePort());
    const publicUrl = `http://127.0.0.1:${port}`;
    const env = {
      PORT: port,
      DATA_DIR: dataDir,
      TIME_SCALE: "1",
      RECONNECT_SECONDS: "5",
      PUBLIC_URL: publicUrl,
    };
    const first = await startServerProcess(env);
    const sdk = new Client(first.url);

    // One class played to the end and closed by the teacher …
    const ended = await create(first.url);
    expect(ended.teacherUrl).toBe(`${first.url}/host/${ended.code}#key=${ended.hostKey}`);
    const a = await startTeam(sdk, ended, "a");
    const end = await playToTheEnd(scenario, a.host, a.players, { share: () => true });
    expect(end.outcome?.level).toBe("good");
    const outcome = await waitFor(() => a.host.view()?.outcome, "the host to see the outcome");
    expect(await a.host.send("host.end")).toBe("ok");

    // … and another still running, with one card on the table.
    const running = await create(first.url);
    const b = await startTeam(sdk, running, "b");
    for (const p of b.players)
      expect(
        await p.send("kennismaken.submit", { whoIAm: "Ik", whatICanDo: "Dit", howToReachMe: "Zo" }),
      ).toBe("ok");
    const [amir] = b.players;
    const hand = await amir?.waitForView(
      "a play phase",
      (v) => v.phase?.kind === "play" && v.hand.length > 0,
    );
    const cardId = hand?.hand[0]?.id ?? "";
    expect(await amir?.send("card.share", { cardId })).toBe("ok");

    expect(await first.kill("SIGKILL")).toBe(null);
    const second = await startServerProcess(env);
    expect(second.output()).toMatch(/restored: 1 session\(s\)/);

    const endedHost = await get(second.url, ended, "/host");
    expect(endedHost.status).toBe(200);
    expect(HostSessionResponse.parse(await endedHost.json())).toMatchObject({
      code: ended.code,
      live: false,
      roomId: null,
      status: "ended",
      teacherUrl: `${second.url}/host/${ended.code}#key=${ended.hostKey}`,
    });
    const runningHost = HostSessionResponse.parse(await (await get(second.url, running, "/host")).json());
    expect(runningHost).toMatchObject({ code: running.code, live: true, status: "playing", endedAt: null });
    expect(runningHost.roomId).toEqual(expect.any(String));
    expect((await fetch(`${second.url}/api/sessions/${ended.code}`)).status).toBe(410);
    expect((await fetch(`${second.url}/api/sessions/${running.code}`)).status).toBe(200);

    // The ended session's export replays to the outcome the live game had, from the file alone.
    const exported = SessionExportSchema.parse(await (await get(second.url, ended, "/export")).json());
    const parsed = parseScenario(exported.scenarioSource, "export");
    if (!parsed.ok) throw new Error("the exported scenario does not parse");
    const folded = foldSession(parsed.scenario, { teamSize: 3 }, exported.entries);
    expect(folded.problems).toEqual([]);
    expect(folded.state.teams.T1?.outcome).toEqual(outcome);
    const live = SessionExportSchema.parse(await (await get(second.url, running, "/export")).json());
    const table = foldSession(parsed.scenario, { teamSize: 3 }, live.entries).state.teams.T1?.table;
    expect(table?.map((c) => c.cardId)).toEqual([cardId]);

    for (const session of [ended, running]) {
      const events = await csvRows(await get(second.url, session, "/export.csv"));
      const entries = session === ended ? exported.entries : live.entries;
      expect(events.slice(1).map((r) => r.at(-1))).toEqual(entries.map((e) => e.type));
      const measures = await csvRows(await get(second.url, session, "/measures.csv"));
      expect(measures.slice(1).map((r) => r[1])).toEqual(scenario.decisions.map((d) => d.question));
      const research = await get(second.url, session, "/research");
      expect(research.status).toBe(200);
      const text = await research.text();
      for (const [nickname] of students) expect(text).not.toContain(nickname);
    }
    const measures = await csvRows(await get(second.url, ended, "/measures.csv"));
    expect(measures.slice(1).every((r) => r.at(-1)?.startsWith("Goed: "))).toBe(true);

    // The teacher leads the class the next day: the ended session's room is gone, so "Klas laten meekijken" boots
    // it from the log; a student of the game who opens their join link again (stored seat) follows.
    const boot = () =>
      fetch(`${second.url}/api/sessions/${ended.code}/room`, {
        method: "POST",
        headers: { Authorization: `Bearer ${ended.hostKey}` },
      });
    const opened = await boot();
    expect(opened.status).toBe(200);
    const reopened = DebriefRoomResponse.parse(await opened.json());
    expect(reopened).toMatchObject({ reopened: true, joinUrl: `${publicUrl}/join/${ended.code}` });
    expect(DebriefRoomResponse.parse(await (await boot()).json())).toEqual({ ...reopened, reopened: false });
    const lookup = await fetch(`${second.url}/api/sessions/${ended.code}`);
    expect(lookup.status).toBe(410);
    expect(await lookup.json()).toEqual({ error: "session_ended", roomId: reopened.roomId });
    const sdk2 = new Client(second.url);
    const teacher = await Scripted.host(sdk2, reopened.roomId, ended.hostKey);
    const sanne = await Scripted.player(sdk2, reopened.roomId, "Sanne", "SW", "a-Sanne-0123456789abcdef");
    expect((await sanne.waitForView("her outcome", (v) => v.outcome !== null)).outcome).toEqual(outcome);
    const shown: LeadShow[] = [];
    sanne.room.onMessage(LEAD_SHOW, (m: LeadShow) => shown.push(m));
    const share = exported.entries.find((e) => e.type === "card.share" && e.team === "T1");
    if (!share) throw new Error("the game shared no card");
    expect(await teacher.send("host.lead", { teamId: "T1", seq: share.seq })).toBe("ok");
    const picture = await waitFor(
      () => shown.at(-1)?.picture ?? undefined,
      "the led picture to reach the student",
    );
    expect(picture).toMatchObject({ teamId: "T1", seq: share.seq });
    expect(picture.view.table.map((c) => c.cardId)).toEqual([(share.payload as { cardId: string }).cardId]);
    expect(JSON.stringify(picture)).not.toContain("Sanne");
    // Someone without a seat in that game still gets no new one.
    await expect(Scripted.player(sdk2, reopened.roomId, "Laatkomer")).rejects.toThrow(/session_ended/);
    // A running session is not booted again: it already has its room, and leading it stays refused.
    const runningRoom = await fetch(`${second.url}/api/sessions/${running.code}/room`, {
      method: "POST",
      headers: { Authorization: `Bearer ${running.hostKey}` },
    });
    expect(DebriefRoomResponse.parse(await runningRoom.json())).toMatchObject({
      roomId: runningHost.roomId,
      reopened: false,
    });
    await sanne.room.leave();
    await teacher.room.leave();

    // Deleting the ended session removes it from the store, and its debrief room with it.
    const deleted = await fetch(`${second.url}/api/sessions/${ended.code}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${ended.hostKey}` },
    });
    expect(deleted.status).toBe(204);
    expect((await get(second.url, ended, "/host")).status).toBe(404);
    expect((await get(second.url, ended, "/export.csv")).status).toBe(404);

    expect(await second.kill("SIGINT")).toBe(0);
  }, 120_000);
});
