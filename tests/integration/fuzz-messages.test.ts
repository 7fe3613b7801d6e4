// Random and malformed messages from students and the host, in the lobby and mid-game, over real WebSockets as
// raw msgpack frames: every message gets exactly one reply naming its type, refusals change nothing, unreadable
// frames are answered before the close, and the session still plays afterwards. Rate limits are lifted for the
// run (they would turn most messages into `rate_limited` before the checks behind them); they have their own tests.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RateLimiter } from "../../server/sessions/rate-limit.ts";
import { FuzzRig, fuzzMessage, targetsOf } from "../helpers/fuzz.ts";
import { joinTeamAndStart, load } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

/** Messages per phase: about 15 s for both on this 2-core machine. `FUZZ_RUNS` raises it for a local soak. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** `FUZZ_SEED` replays a run that failed (fast-check prints the seed). */
const SEED = Number(process.env.FUZZ_SEED ?? 0);
const tutorial = load("tutorial-nl.yaml");

let server: TestServer;
beforeAll(async () => {
  // A closed spare connection must not hold a seat for long: a run closes a few dozen.
  server = await startTestServer({ reconnectSeconds: 1 });
  vi.spyOn(RateLimiter.prototype, "allow").mockReturnValue(true);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.stop();
});

type Lobby = { status: string; players: Map<string, { id: string; nickname: string }> };
const lobbyOf = (client: Scripted) => client.room.state as unknown as Lobby;

async function run(rig: FuzzRig, phase: "lobby" | "playing", playerIds: () => string[]) {
  await fc
    .assert(
      fc.asyncProperty(fuzzMessage(targetsOf(tutorial, playerIds), phase), (m) => rig.send(m)),
      { numRuns: RUNS, endOnFailure: true, ...(SEED ? { seed: SEED } : {}) },
    )
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nbroken rules: ${rig.stats.failures.join("\n")}`);
    });
  const stats = await rig.settle();
  console.info(
    `fuzz ${phase}: ${stats.sent} messages, ${stats.missing} replies missing, ${stats.extra} second replies, ` +
      `${stats.changedByRefusal} refusals that changed the room, ${stats.closed} closed after message_unreadable; ` +
      `by code ${JSON.stringify(stats.byCode)}`,
  );
  expect(stats.failures).toEqual([]);
  expect(stats).toMatchObject({ missing: 0, extra: 0, wrongCommand: 0, changedByRefusal: 0 });
  expect(stats.sent).toBeGreaterThanOrEqual(RUNS);
  // The run reached past the gate: schemas and the engine's own rules refused some, and some were taken.
  expect(Object.keys(stats.byCode).length).toBeGreaterThan(6);
  return stats;
}

describe("fuzzed messages", () => {
  it("in the lobby: one reply each, refusals change nothing, and the session starts afterwards", async () => {
    const session = await server.createSession();
    const sdk = server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const students = [
      await Scripted.player(sdk, session.roomId, "Amir", "AIOS"),
      await Scripted.player(sdk, session.roomId, "Sanne", "SW"),
    ];
    await waitFor(() => lobbyOf(host).players.size === 2 || undefined, "both students");
    const ids = () => [...lobbyOf(host).players.values()].map((p) => p.id);
    const rig = new FuzzRig(server, session.roomId, {
      host,
      students,
      spare: () =>
        Scripted.player(sdk, session.roomId, "Reserve", undefined, "reserve-token-0123456789abcdef"),
    });
    await run(rig, "lobby", ids);

    // Still playable: the fuzz may have moved players anywhere; a rebalance and a start put them in play.
    expect(lobbyOf(host).status).toBe("lobby");
    expect(await host.send("host.balance")).toBe("ok");
    expect(await host.send("host.start")).toBe("ok");
    for (const s of students) await s.waitForView("the start", (v) => v.status === "playing");
    for (const s of students) expect(await s.send("chat.say", { text: "nog steeds hier" })).toBe("ok");
  }, 90_000);

  it("mid-game: one reply each, refusals change nothing, and the team plays on", async () => {
    const session = await server.createSession();
    const sdk = server.colyseus.sdk;
    const { host, players } = await joinTeamAndStart(server, session);
    const ids = () => [...lobbyOf(host).players.values()].map((p) => p.id);
    const rig = new FuzzRig(server, session.roomId, {
      host,
      students: players,
      spare: () => Scripted.host(sdk, session.roomId, session.hostKey),
    });
    await run(rig, "playing", ids);

    // Still playable: every student is answered as their team stands (the fuzz may have decided every decision,
    // which ends a team's game), the host can message the team, and a late student gets a seat and an answer.
    for (const p of players) {
      const view = await p.waitForView("a view", () => true);
      const expected = view.status === "ended" ? "game_over" : "ok";
      expect(await p.send("chat.say", { text: "nog steeds hier" })).toBe(expected);
    }
    expect(await host.send("host.message", { text: "Nog vijf minuten." })).toBe("ok");
    const late = await Scripted.player(sdk, session.roomId, "Laatkomer");
    expect(await late.send("lead.sync")).toBe("ok");
  }, 90_000);
});
