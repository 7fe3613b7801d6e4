// What if the team had chosen otherwise: a fork of a team's log at a decision, decided through the engine's own
// commands and played forward, never changing the original log.
import { describe, expect, it } from "vitest";
import { hashState } from "../../scenarios/engine/hash.ts";
import { replay } from "../../scenarios/engine/replay.ts";
import { buildTimeline } from "../../scenarios/engine/timeline.ts";
import { forkAt, forkOptions } from "../../scenarios/engine/what-if.ts";
import { HOST, SYSTEM } from "../../scenarios/engine/writer.ts";
import { agree, type Game, introduce, startGame } from "./game.ts";

const RATIONALE = "Wat als: dit had het team gekozen.";

/** B2 under its regisseur rule: both prefer B, the AIOS proposes, the SW agrees and confirms. */
function regisseurDecidesB2(g: Game) {
  for (const a of [g.aios, g.sw]) g.w.must(a, "preference.record", { decisionId: "B2", optionId: "B" });
  g.w.must(g.aios, "proposal.make", {
    decisionId: "B2",
    optionId: "B",
    rationale: "Eén vast aanspreekpunt.",
  });
  const id = g.w.state.proposals.at(-1)?.id ?? "";
  g.w.must(g.sw, "proposal.vote", { proposalId: id, agree: true });
  g.w.must(g.sw, "decision.confirm", { decisionId: "B2", optionId: "B" });
}

/** Only A1 on the table, B1 = D by vote (uninformed), then B2 decided by the regisseur: the game ends. */
function silentGame(seed = 1) {
  const g = startGame("tutorial-nl.yaml", 2, seed);
  introduce(g);
  g.w.t = 10_000;
  g.w.must(g.aios, "card.share", { cardId: "A1" });
  g.w.must(g.sw, "chat.say", { text: "Zullen we vervoer regelen?" });
  g.w.t = 20_000;
  agree(g, "B1", "D");
  g.w.t = 30_000;
  g.w.must(g.sw, "chat.say", { text: "En wie belt haar?" });
  regisseurDecidesB2(g);
  return g;
}

/** Every critical card on the table, but nobody proposes for B1: the timer decides it. B2 follows by the regisseur. */
function pooledTimeoutGame(seed = 1) {
  const g = startGame("tutorial-nl.yaml", 2, seed);
  introduce(g);
  g.w.t = 10_000;
  g.w.must(g.aios, "card.share", { cardId: "A1" });
  g.w.must(g.sw, "card.share", { cardId: "S1" });
  g.w.must(g.sw, "card.share", { cardId: "V1", basis: "toestemming" });
  g.w.t = 90_000;
  g.w.must(SYSTEM, "timer.fire", {});
  g.w.t = 150_000;
  g.w.must(g.sw, "chat.say", { text: "We moeten kiezen." });
  g.w.t = 180_000;
  g.w.must(SYSTEM, "timer.fire", {});
  g.w.t = 200_000;
  regisseurDecidesB2(g);
  return g;
}

const fork = (g: Game, decisionId: string, optionId: string) => {
  const r = forkAt(g.s, g.w.seed, "team-1", g.w.entries, { decisionId, optionId, rationale: RATIONALE });
  if (!r.ok) throw new Error(`fork refused: ${r.problem} ${r.reason ?? ""}`);
  return r.fork;
};

describe("a what-if fork of a team's game", () => {
  it("is deterministic: the same fork twice gives the same log and the same end state", () => {
    const g = silentGame();
    const a = fork(g, "B1", "B");
    const b = fork(g, "B1", "B");
    expect(JSON.stringify(a.log)).toBe(JSON.stringify(b.log));
    expect(hashState(a.final)).toBe(hashState(b.final));
    expect(a.skipped).toEqual(b.skipped);
  });

  it("with the team's own choice reproduces the original end state, for a vote and for a regisseur's confirmation", () => {
    const g = silentGame();
    const original = hashState(replay(g.s, g.w.seed, g.w.entries, { teamId: "team-1" }));
    for (const [decisionId, optionId] of [
      ["B1", "D"],
      ["B2", "B"],
    ] as const) {
      const f = fork(g, decisionId, optionId);
      expect(hashState(f.final), decisionId).toBe(original);
      expect(f.skipped).toEqual([]);
      expect(f.log).toEqual(g.w.entries);
    }
  });

  it("never changes the original log", () => {
    const g = silentGame();
    const before = JSON.stringify(g.w.entries);
    fork(g, "B1", "C");
    fork(g, "B2", "A");
    expect(JSON.stringify(g.w.entries)).toBe(before);
  });

  it("keeps everything before the decision and decides it in the team's name, through votes and a new proposal", () => {
    const g = silentGame();
    const f = fork(g, "B1", "B");
    const at = g.w.entries.findIndex((e) => e.seq === f.at.seq);
    expect(g.w.entries[at]?.type).toBe("proposal.vote");
    // The prefix is the original, entry for entry.
    expect(f.log.slice(0, at)).toEqual(g.w.entries.slice(0, at));
    // Then: the SW's missing vote goes against the open proposal for D, the AIOS proposes B, the SW agrees.
    const added = f.entries.filter((x) => x.origin === "decision").map((x) => x.entry);
    expect(added.map((e) => `${e.type} ${JSON.stringify(e.payload)}`)).toEqual([
      `proposal.vote {"proposalId":"P${g.w.entries.find((e) => e.type === "proposal.make")?.seq}","agree":false}`,
      `proposal.make {"decisionId":"B1","optionId":"B","rationale":"${RATIONALE}"}`,
      `proposal.vote {"proposalId":"P${added[1]?.seq}","agree":true}`,
    ]);
    expect(added.every((e) => e.t === f.at.t && e.actor.kind === "player")).toBe(true);
    expect(f.final.decisions.B1).toMatchObject({ chosen: "B", decidedBy: "team", knowledge: "informed" });
    // Later entries moved up to make room, and B2's proposal ids with them: B2 still fell by the regisseur.
    expect(f.final.decisions.B2).toMatchObject({ chosen: "B", decidedBy: "regisseur" });
    expect(f.skipped).toEqual([]);
    const seqs = f.log.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    // Uninformed D cost GEZ 1; B costs nothing: the outcome changes from bad-ish to mixed.
    expect(replay(g.s, g.w.seed, g.w.entries).meters.GEZ).toBe(2);
    expect(f.final.meters.GEZ).toBe(3);
  });

  it("choosing the informed best option where the timer chose the default changes the outcome; the timer fire no longer applies", () => {
    const g = pooledTimeoutGame();
    const originalState = replay(g.s, g.w.seed, g.w.entries);
    expect(originalState.decisions.B1).toMatchObject({ chosen: "A", decidedBy: "timeout" });
    expect(originalState.outcome?.id).toBe("matig");
    const f = fork(g, "B1", "D");
    expect(f.originalOptionId).toBe("A");
    expect(f.final.decisions.B1).toMatchObject({ chosen: "D", decidedBy: "team", knowledge: "informed" });
    expect(f.final.outcome?.id).toBe("goed");
    // Nobody had recorded a preference: each records D, one proposes, the other agrees.
    expect(f.entries.filter((x) => x.origin === "decision").map((x) => x.entry.type)).toEqual([
      "preference.record",
      "preference.record",
      "proposal.make",
      "proposal.vote",
    ]);
    // The fork left phase F1 when it decided, so the original's deadline fire for F1 was not due any more.
    expect(f.skipped).toEqual([
      expect.objectContaining({ type: "timer.fire", t: 180_000, reason: "not_due" }),
    ]);
    expect(f.final.decisions.B2).toMatchObject({ chosen: "B", knowledge: "informed" });
  });

  it("the same best option without the cards on the table plays uninformed: choosing it is not enough", () => {
    const g = pooledTimeoutGame();
    const silent = silentGame();
    const f = fork(silent, "B1", "D");
    expect(f.final.decisions.B1?.knowledge).toBe("uninformed");
    expect(fork(g, "B1", "D").final.outcome?.id).not.toBe(f.final.outcome?.id);
  });

  it("a game the timer finished: its fork runs on the same clock and ends by the same timer", () => {
    // B1 decided at 20 s by vote, B2 never: the class's F2 timer fired at 80 s.
    const g = startGame("tutorial-nl.yaml", 2);
    introduce(g);
    g.w.t = 20_000;
    agree(g, "B1", "A");
    g.w.t = 80_000;
    g.w.must(SYSTEM, "timer.fire", {});
    expect(g.w.state.status).toBe("ended");
    const f = fork(g, "B1", "C");
    expect(f.final.status).toBe("ended");
    expect(f.final.decisions.B2?.decidedBy).toBe("timeout");
    expect(f.skipped).toEqual([]);
  });

  it("refuses an option the scenario does not have and a decision the team never reached", () => {
    const g = startGame("tutorial-nl.yaml", 2);
    introduce(g);
    g.w.must(HOST, "host.message", { text: "Hallo" });
    const r1 = forkAt(g.s, g.w.seed, "team-1", g.w.entries, {
      decisionId: "B1",
      optionId: "Z",
      rationale: "x",
    });
    expect(r1).toEqual({ ok: false, problem: "unknown_option" });
    const r2 = forkAt(g.s, g.w.seed, "team-1", g.w.entries, {
      decisionId: "B1",
      optionId: "B",
      rationale: "x",
    });
    expect(r2).toEqual({ ok: false, problem: "not_decided" });
    const r3 = forkAt(g.s, g.w.seed, "team-1", g.w.entries, {
      decisionId: "X9",
      optionId: "B",
      rationale: "x",
    });
    expect(r3).toEqual({ ok: false, problem: "unknown_decision" });
  });

  it("offers the options open to the team just before it decided", () => {
    const g = silentGame();
    const tl = buildTimeline(g.s, g.w.seed, "team-1", g.w.entries);
    const m = tl.moments.find((x) => x.kind === "decision" && x.decisionId === "B1");
    const before = tl.index.stateAt((m?.seq ?? 0) - 1);
    expect(forkOptions(g.s, before, "B1")).toEqual(["A", "B", "C", "D"]);
  });

  it("folds into a timeline like any log: the debrief can show the fork's moments", () => {
    const g = silentGame();
    const f = fork(g, "B1", "B");
    const tl = buildTimeline(g.s, g.w.seed, "team-1", f.log);
    expect(hashState(tl.index.final)).toBe(hashState(f.final));
    expect(
      tl.moments.filter((m) => m.kind === "decision").map((m) => m.kind === "decision" && m.optionId),
    ).toEqual(["B", "B"]);
  });
});
