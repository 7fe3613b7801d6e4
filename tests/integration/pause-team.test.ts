// The teacher pauses one team while the others play on, and moving a team on says so in its feed (real server).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinTeamAndStart } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const PAIRS: Array<[string, string]> = [
  ["Amir", "AIOS"],
  ["Sanne", "SW"],
  ["Bas", "AIOS"],
  ["Lotte", "SW"],
];

/** Two teams of two (the tutorial's WV is optional), each with a host client that reads that team's view. */
async function twoTeams() {
  const session = await server.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 2 });
  const { host, players } = await joinTeamAndStart(server, session, PAIRS);
  const host2 = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey, "T2");
  await host2.waitForView("team 2", (v) => v.status === "playing");
  const teamOf = (p: Scripted) => p.view()?.teamId;
  const t1 = players.filter((p) => teamOf(p) === "T1");
  const t2 = players.filter((p) => teamOf(p) === "T2");
  expect(t1).toHaveLength(2);
  expect(t2).toHaveLength(2);
  const time = () => (host.room.state as unknown as { time: { now: number; running: boolean } }).time;
  return { host, host2, t1, t2, time };
}

const cardOf = (p: Scripted) => p.view()?.hand.find((c) => !c.shared && !c.sensitive)?.id ?? "";

describe("pausing one team", () => {
  it("stops that team alone: its play is refused, the others play on and the clock keeps running", async () => {
    const { host, host2, t1, t2, time } = await twoTeams();
    const [a1] = t1;
    const [a2] = t2;
    if (!a1 || !a2) throw new Error("no students");
    const before1 = host.view()?.deadline ?? 0;
    const before2 = host2.view()?.deadline ?? 0;

    expect(await host.send("host.pause", { teamId: "T1" })).toBe("ok");
    await a1.waitForView("T1 paused", (v) => v.paused);
    expect(host2.view()?.paused).toBe(false);
    expect(time().running).toBe(true);
    expect(await a1.send("card.share", { cardId: cardOf(a1) })).toBe("paused");
    expect(await a2.send("card.share", { cardId: cardOf(a2) })).toBe("ok");
    expect(await host.send("host.pause", { teamId: "T1" })).toBe("paused");

    // Game time passes while T1 is paused; its deadline moves on by exactly as much when it resumes.
    const pausedAt = host.view()?.now ?? 0;
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await host.send("host.resume", { teamId: "T1" })).toBe("ok");
    const resumed = await host.waitForView("T1 resumed", (v) => !v.paused);
    expect(resumed.deadline).toBe(before1 + (resumed.now - pausedAt));
    expect(resumed.now - pausedAt).toBeGreaterThanOrEqual(1_000);
    expect(host2.view()?.deadline).toBe(before2);
    expect(await a1.send("card.share", { cardId: cardOf(a1) })).toBe("ok");
  });

  it("stops the clock once every team is paused, and runs it again when one resumes", async () => {
    const { host, time } = await twoTeams();
    expect(await host.send("host.pause", { teamId: "T1" })).toBe("ok");
    expect(time().running).toBe(true);
    expect(await host.send("host.pause", { teamId: "T2" })).toBe("ok");
    await waitFor(() => time().running === false || undefined, "the clock to stop");
    expect(await host.send("host.resume", { teamId: "T2" })).toBe("ok");
    await waitFor(() => time().running || undefined, "the clock to run");
    // "Pause all" still pauses the team that was playing; resuming all resumes both.
    expect(await host.send("host.pause")).toBe("ok");
    await waitFor(() => time().running === false || undefined, "the clock to stop again");
    expect(await host.send("host.resume")).toBe("ok");
    const v = await host.waitForView("T1 playing", (x) => !x.paused);
    expect(v.paused).toBe(false);
    await waitFor(() => time().running || undefined, "the clock to run again");
  });

  it("refuses an unknown team", async () => {
    const { host } = await twoTeams();
    expect(await host.send("host.pause", { teamId: "T9" })).toBe("unknown_team");
  });
});

describe("moving a team on", () => {
  it("tells the students the teacher did it, and the open decision falls to its timeout as the host's", async () => {
    const { host, host2, t1 } = await twoTeams();
    const [a1] = t1;
    if (!a1) throw new Error("no students");
    expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
    const inF1 = await host.waitForView("F1", (v) => v.phase?.id === "F1");
    const preview = inF1.advance;
    expect(preview?.phase.id).toBe("F1");
    expect(preview?.decisions.map((d) => d.id)).toEqual(["B1"]);
    expect(a1.view()?.advance).toBeNull();

    const feedBefore = inF1.feed.length;
    expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
    const seen = await a1.waitForView("the advance", (v) => v.phase?.id === "F2");
    const added = seen.feed.slice(feedBefore);
    expect(added[0]).toMatchObject({ kind: "advance", ref: "F1" });
    expect(added.some((f) => f.kind === "timeout")).toBe(false);
    expect(seen.decisions.find((d) => d.id === "B1")).toMatchObject({
      status: "decided",
      decidedBy: "host",
      chosen: preview?.decisions[0]?.option.id,
    });
    // The other team was not moved.
    expect(host2.view()?.phase?.id).toBe("F0");
  });
});
