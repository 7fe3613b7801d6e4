// The debrief's timeline: the moments worth jumping to, checkpointed jumps that equal a full replay, the charts' series.
import { describe, expect, it } from "vitest";
import { hashState } from "../../scenarios/engine/hash.ts";
import { replay } from "../../scenarios/engine/replay.ts";
import { foldSession, teamSeed } from "../../scenarios/engine/session.ts";
import { openSessionReplay } from "../../scenarios/engine/session-replay.ts";
import {
  buildTimeline,
  type Moment,
  momentAfter,
  momentBefore,
  momentViews,
  seqAtTime,
} from "../../scenarios/engine/timeline.ts";
import { HOST, SYSTEM } from "../../scenarios/engine/writer.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { SessionLogEntry } from "../../shared/scenario/session-entries.ts";
import { agree, introduce, startGame } from "./game.ts";

/** A team's entries as stored in a session log: seqs moved up by `offset`, proposal ids (made from seqs) along. */
const asTeam = (entries: readonly LogEntry[], offset: number, team = "T1"): SessionLogEntry[] =>
  entries.map((e) => {
    const p = e.payload as { proposalId?: string };
    const payload = p.proposalId ? { ...p, proposalId: `P${Number(p.proposalId.slice(1)) + offset}` } : p;
    return { ...e, seq: e.seq + offset, team, payload };
  });

/** The tutorial with two players: A1 shared, a host message, B1 decided by vote without S1 and V1, then B2 left to its timeout. */
function tutorialGame(seed = 1) {
  const g = startGame("tutorial-nl.yaml", 2, seed);
  introduce(g);
  g.w.t = 10_000;
  g.w.must(g.aios, "card.share", { cardId: "A1" });
  g.w.must(HOST, "host.message", { text: "Nog twee minuten." });
  g.w.must(g.sw, "chat.say", { text: "Zullen we vervoer regelen?" });
  g.w.t = 20_000;
  agree(g, "B1", "D");
  g.w.t = 200_000;
  g.w.must(SYSTEM, "timer.fire", {});
  return g;
}

const brief = (m: Moment) =>
  m.kind === "share"
    ? `share ${m.cardId} by ${m.by}`
    : m.kind === "decision"
      ? `decision ${m.decisionId}=${m.optionId} (${m.decidedBy}, ${m.knowledge})`
      : m.kind === "phase"
        ? `phase ${m.phaseId}`
        : m.kind === "inject"
          ? `inject ${m.injectId}`
          : m.kind === "host"
            ? `host ${m.action}`
            : m.kind === "outcome"
              ? `outcome ${m.outcomeId}`
              : m.kind === "bookmark"
                ? `bookmark ${m.note}`
                : `member ${m.action}`;

describe("the debrief timeline", () => {
  it("lists every phase, share, facilitator action, decision and the outcome, in log order", () => {
    const g = tutorialGame();
    const tl = buildTimeline(g.s, g.w.seed, "team-1", g.w.entries);
    expect(tl.moments.map(brief)).toEqual([
      "host start",
      "phase F0",
      "phase F1",
      "share A1 by AIOS",
      "host message",
      "decision B1=D (team, uninformed)",
      "phase F2",
      "decision B2=A (timeout, informed)",
      "outcome slecht",
    ]);
    const message = tl.moments.find((m) => m.kind === "host" && m.action === "message");
    expect(message).toMatchObject({ text: "Nog twee minuten." });
    // Every moment points at the entry that caused it.
    for (const m of tl.moments) expect(g.w.entries.some((e) => e.seq === m.seq && e.t === m.t)).toBe(true);
  });

  it("jumps to any seq with the same state as replaying the log from the start, with checkpoints every 3 entries", () => {
    const g = tutorialGame();
    const tl = buildTimeline(g.s, g.w.seed, "team-1", g.w.entries, { every: 3 });
    expect(tl.index.checkpoints).toBeGreaterThan(3);
    expect(hashState(tl.index.final)).toBe(hashState(g.w.state));
    for (let seq = -1; seq <= (g.w.entries.at(-1)?.seq ?? 0) + 1; seq++) {
      const expected = replay(g.s, g.w.seed, g.w.entries, { untilSeq: seq, teamId: "team-1" });
      expect(hashState(tl.index.stateAt(seq)), `seq ${seq}`).toBe(hashState(expected));
    }
  });

  it("hands out copies: changing a jumped-to state does not change the next jump", () => {
    const g = tutorialGame();
    const tl = buildTimeline(g.s, g.w.seed, "team-1", g.w.entries, { every: 4 });
    const seq = g.w.entries[6]?.seq ?? 0;
    const first = tl.index.stateAt(seq);
    const before = hashState(first);
    first.chat.push({ seq: 0, t: 0, playerId: "x", role: "SW", text: "x" });
    first.meters.GEZ = 99;
    expect(hashState(tl.index.stateAt(seq))).toBe(before);
  });

  it("charts pooling of the critical cards and each meter over time", () => {
    const g = tutorialGame();
    const tl = buildTimeline(g.s, g.w.seed, "team-1", g.w.entries);
    // Two players: V1 moved to the social worker, so all three critical cards are in play.
    expect(tl.critical.sort()).toEqual(["A1", "S1", "V1"]);
    expect(tl.pooled.map((p) => p.value)).toEqual([0, 1]);
    expect(tl.pooled[1]?.t).toBe(10_000);
    // B1-D without S1 and V1 costs GEZ 1, then B2's timeout costs SAM 1 (the tutorial's numbers).
    expect(tl.meters.GEZ?.map((p) => p.value)).toEqual([3, 2]);
    expect(tl.meters.SAM?.map((p) => p.value)).toEqual([3, 2]);
  });

  it("finds the moment at a game time and the moments around a seq", () => {
    const g = tutorialGame();
    const tl = buildTimeline(g.s, g.w.seed, "team-1", g.w.entries);
    const share = tl.moments.find((m) => m.kind === "share") as Moment;
    expect(seqAtTime(tl.index.entries, -1)).toBe(-1);
    expect(seqAtTime(tl.index.entries, 10_000)).toBe(g.w.entries.findLast((e) => e.t <= 10_000)?.seq);
    expect(seqAtTime(tl.index.entries, 9_999)).toBeLessThan(share.seq);
    expect(momentAfter(tl.moments, share.seq)?.kind).toBe("host");
    expect(momentBefore(tl.moments, share.seq)?.kind).toBe("phase");
    expect(momentAfter(tl.moments, 10_000)).toBeNull();
  });

  it("opens a whole stored session: lobby through foldSession, each team equal to foldSession's own team state", () => {
    const seed = 4242;
    // The same game as team T1 of a session: the team's seed is the one the session fold derives.
    const t1 = tutorialGame(teamSeed(seed, "T1"));
    const session: SessionLogEntry[] = [
      {
        seq: 1,
        t: 0,
        team: null,
        actor: SYSTEM,
        type: "lobby.join",
        payload: { playerId: "p-aios", nickname: "Amir", preferredRole: "AIOS" },
      },
      {
        seq: 2,
        t: 0,
        team: null,
        actor: SYSTEM,
        type: "lobby.join",
        payload: { playerId: "p-sw", nickname: "Sanne", preferredRole: "SW" },
      },
      { seq: 3, t: 0, team: null, actor: HOST, type: "session.start", payload: { seed, teams: ["T1"] } },
    ];
    const entries = [...session, ...asTeam(t1.w.entries, 10)];
    const opened = openSessionReplay(t1.s, { teamSize: 2 }, entries);
    const folded = foldSession(t1.s, { teamSize: 2 }, entries);
    expect(folded.problems).toEqual([]);
    expect(opened.problems).toEqual([]);
    expect(opened.teamIds).toEqual(["T1"]);
    expect(opened.session.status).toBe("playing");
    expect(opened.teams.T1?.moments.filter((m) => m.kind === "decision")).toHaveLength(2);
    expect(Object.keys(opened.session.lobby.members).sort()).toEqual(["p-aios", "p-sw"]);
    expect(hashState(opened.teams.T1?.index.final)).toBe(hashState(folded.state.teams.T1));
  });

  it("reports entries the engine refuses instead of hiding them", () => {
    const g = tutorialGame();
    const entries: SessionLogEntry[] = [
      { seq: 1, t: 0, team: null, actor: HOST, type: "session.start", payload: { seed: 1, teams: ["T1"] } },
      ...asTeam(g.w.entries, 10),
      { seq: 999, t: 300_000, team: "T1", actor: SYSTEM, type: "card.share", payload: { cardId: "A2" } },
    ];
    const opened = openSessionReplay(g.s, { teamSize: 2 }, entries);
    expect(opened.problems).toEqual(["seq 999 (card.share in T1)"]);
  });

  it("projects each role's own hand and the host's view with only the last chat lines", () => {
    const g = tutorialGame();
    for (let i = 0; i < 5; i++) g.w.must(g.sw, "chat.say", { text: `regel ${i}` });
    const state = buildTimeline(g.s, g.w.seed, "team-1", g.w.entries).index.final;
    const views = momentViews(g.s, state, ["AIOS", "SW"], 2);
    expect(views.host.chat.map((c) => c.text)).toEqual(["regel 3", "regel 4"]);
    const hand = (role: string) =>
      views.roles
        .find((r) => r.role === role)
        ?.view.hand.map((c) => c.id)
        .sort();
    expect(hand("AIOS")).toEqual(["A1", "A2"]);
    // With two players the nurse's V1 went to the social worker.
    expect(hand("SW")).toEqual(["S1", "S2", "S3", "V1"]);
    expect(views.roles.find((r) => r.role === "AIOS")?.view.hand.find((c) => c.id === "A1")?.shared).toBe(
      true,
    );
    expect(state.chat).toHaveLength(6);
  });
});
