// The session is one pure fold: the live game and the stored log folded again agree at every single step.
import { describe, expect, it } from "vitest";
import { hashState } from "../../scenarios/engine/hash.ts";
import { foldSession, type SessionState } from "../../scenarios/engine/session.ts";
import { openSessionReplay } from "../../scenarios/engine/session-replay.ts";
import { GameClock } from "../../server/sessions/game-clock.ts";
import { SessionGame } from "../../server/sessions/session-game.ts";
import { SessionLog } from "../../server/sessions/session-log.ts";
import type { Store, StoredEvent } from "../../server/store/store.ts";
import { loadScenario } from "../engine/fixtures.ts";

function memoryLog() {
  const stored: StoredEvent[] = [];
  const store = { appendMany: async (_id: string, events: StoredEvent[]) => void stored.push(...events) };
  return { stored, log: new SessionLog(store as unknown as Store, "s1") };
}

/** Everything but the per-team machine caches, which both sides build the same way anyway. */
const hashOf = (state: SessionState) => hashState(state);

describe("the session fold", () => {
  it("replays a complete scripted game to the live state's hash after every stored entry", async () => {
    const s = loadScenario("tutorial-nl.yaml");
    let wall = 1_000_000;
    const clock = new GameClock(() => wall, 1);
    const { stored, log } = memoryLog();
    const game = new SessionGame(s, log, clock, 3, 12345);
    const live = new Map<number, string>();
    const record = () => live.set(log.nextSeq - 1, hashOf(game.snapshot));
    const expectOk = async (p: Promise<{ ok: boolean }>) => {
      expect((await p).ok).toBe(true);
      record();
    };

    for (const [i, name] of ["Ada", "Bo", "Cor", "Dirk"].entries())
      await expectOk(game.join({ playerId: `p${i}`, nickname: name, preferredRole: i === 0 ? "SW" : "" }));
    await expectOk(game.hostCommand("host.move", { playerId: "p3", teamId: "T1", role: "WV" }));
    await expectOk(game.hostCommand("host.balance", {}));
    await game.connection("p2", false);
    await expectOk(game.hostCommand("host.start", {}));
    const t1 = game.lobby.inTeam("T1");
    for (const m of t1)
      await expectOk(
        game.playerCommand(m.playerId, "kennismaken.submit", {
          whoIAm: m.nickname,
          whatICanDo: "x",
          howToReachMe: "y",
        }),
      );
    wall += 90_000;
    await game.fireDue();
    record();
    const aios = t1.find((m) => m.role === "AIOS");
    if (aios) await expectOk(game.playerCommand(aios.playerId, "card.share", { cardId: "A1" }));
    await expectOk(game.hostCommand("host.bookmark", { teamId: "T1", note: "  A1 ligt op tafel  " }));
    const bookmarkSeq = log.nextSeq - 1;
    expect(await game.hostCommand("host.bookmark", { teamId: "T9" })).toEqual({
      ok: false,
      code: "unknown_team",
    });
    await expectOk(game.join({ playerId: "p9", nickname: "Eva", preferredRole: "AIOS" }));
    await game.connection("p0", false);
    record();
    await expectOk(game.hostCommand("host.pause", {}));
    await expectOk(game.hostCommand("host.resume", {}));
    wall += 10 * 60_000;
    await game.fireDue();
    record();
    await expectOk(game.hostCommand("host.end", {}));

    expect(stored.length).toBeGreaterThan(20);
    const folded = new Map<number, string>();
    const { state, problems } = foldSession(s, { teamSize: 3 }, stored, {
      onEntry: (entry, after) => folded.set(entry.seq, hashOf(after)),
    });
    expect(problems).toEqual([]);
    for (const [seq, hash] of live) expect(folded.get(seq), `after seq ${seq}`).toBe(hash);
    expect(hashOf(state)).toBe(hashOf(game.snapshot));
    expect(state.status).toBe("ended");
    expect(Object.keys(state.teams).sort()).toEqual(game.teamIds().sort());
    // The bookmark is a session entry at the game time it was set, kept by the fold, and a moment of T1's replay.
    const entry = stored.find((e) => e.seq === bookmarkSeq);
    expect(entry).toMatchObject({ team: null, type: "host.bookmark", payload: { teamId: "T1" } });
    expect(state.bookmarks).toEqual([
      { seq: bookmarkSeq, t: entry?.t, teamId: "T1", note: "A1 ligt op tafel" },
    ]);
    const replayed = openSessionReplay(s, { teamSize: 3 }, stored);
    expect(replayed.teams.T1?.moments.filter((m) => m.kind === "bookmark")).toEqual([
      { seq: bookmarkSeq, t: entry?.t, kind: "bookmark", note: "A1 ligt op tafel" },
    ]);
    expect(replayed.teams.T2?.moments.some((m) => m.kind === "bookmark") ?? false).toBe(false);
    expect(await game.hostCommand("host.bookmark", { teamId: "T1" })).toEqual({
      ok: false,
      code: "game_over",
    });
  });

  it("refuses a session entry out of place and names it, without stopping the fold", () => {
    const s = loadScenario("tutorial-nl.yaml");
    const entries = [
      {
        seq: 1,
        t: 0,
        team: null,
        actor: { kind: "system" },
        type: "lobby.join",
        payload: { playerId: "a", nickname: "A", preferredRole: "" },
      },
      {
        seq: 2,
        t: 0,
        team: null,
        actor: { kind: "host" },
        type: "session.end",
        payload: { reason: "later" },
      },
      { seq: 3, t: 0, team: "T1", actor: { kind: "system" }, type: "timer.fire", payload: {} },
      {
        seq: 4,
        t: 0,
        team: null,
        actor: { kind: "host" },
        type: "host.bookmark",
        payload: { teamId: "T1", note: "te vroeg" },
      },
      {
        seq: 5,
        t: 0,
        team: null,
        actor: { kind: "host" },
        type: "session.start",
        payload: { seed: 7, teams: ["T1"] },
      },
    ];
    const { state, problems } = foldSession(s, { teamSize: 2 }, entries);
    expect(problems).toEqual([
      "seq 2 (session.end): invalid_payload",
      "seq 3 (timer.fire in T1): not_started",
      "seq 4 (host.bookmark): not_started",
    ]);
    expect(state).toMatchObject({ status: "playing", seed: 7, lastSeq: 5, bookmarks: [] });
    expect(state.lobby.members.a).toMatchObject({ teamId: "T1", role: "AIOS" });
  });
});
