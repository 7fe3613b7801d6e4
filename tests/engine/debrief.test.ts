// Debrief measures read from the log alone: pooling, time to share, best and solo, preference shift, meters.
import { expect, test } from "vitest";
import { debrief } from "../../scenarios/engine/debrief.ts";
import { agree, introduce, startGame } from "./game.ts";

test("a team that pools first and then decides D is measured as such", () => {
  const g = startGame();
  introduce(g);
  g.w.t = 30_000;
  g.w.must(g.sw, "card.share", { cardId: "S2" });
  g.w.t = 45_000;
  g.w.must(g.aios, "card.share", { cardId: "A2", basis: "toestemming" });
  g.w.must(g.aios, "chat.say", { text: "Hij zei dat hij wel komt als iemand meegaat." });
  g.w.must(g.aios, "preference.record", { decisionId: "B1", optionId: "A" });
  g.w.must(g.sw, "preference.record", { decisionId: "B1", optionId: "B" });
  g.w.must(g.wv ?? g.sw, "preference.record", { decisionId: "B1", optionId: "D" });
  g.w.must(g.wv ?? g.sw, "proposal.make", {
    decisionId: "B1",
    optionId: "D",
    rationale: "zitting over 8 dagen",
  });
  const id = g.w.state.proposals[0]?.id ?? "";
  g.w.must(g.aios, "proposal.vote", { proposalId: id, agree: true });
  g.w.must(g.sw, "proposal.vote", { proposalId: id, agree: true });

  const d = debrief(g.s, 1, g.w.entries);
  const b1 = d.decisions.find((x) => x.decision === "B1");
  expect(b1).toMatchObject({
    chosen: "D",
    best: true,
    decidedBy: "team",
    matchesSolo: { AIOS: false, SW: false, WV: false },
  });
  // 2 of the 12 critical cards (A1 A2 A3 S1 S2 S3 V1 V2 V3 … ) were on the table.
  const critical = g.s.cards.filter((c) => c.marks.includes("critical")).length;
  expect(b1?.criticalPooled).toBeCloseTo(2 / critical);
  expect(b1?.preferenceShift).toEqual([
    { playerId: "p-aios", role: "AIOS", before: "A", after: "D", shifted: true },
    { playerId: "p-sw", role: "SW", before: "B", after: "D", shifted: true },
    { playerId: "p-wv", role: "WV", before: "D", after: "D", shifted: false },
  ]);
  expect(d.timeToShare).toMatchObject({ S2: 30_000, A2: 45_000, V1: null });
  expect(d.sensitiveShares).toEqual([{ cardId: "A2", role: "AIOS", basis: "toestemming", score: -1 }]);
  // Only the zitting (S2) and A2 were on the table: D plays out uninformed, which costs Erik's trust.
  expect(b1).toMatchObject({ knowledge: "uninformed", missing: ["S3", "A3", "V3", "A7"] });
  // Deciding ends the phase at once; with D not worked out the woonconsulent's deadline (I3) costs housing too.
  expect(d.meterCurves.WON).toEqual([
    { t: 0, value: 3 },
    { t: 45_000, value: 2 },
  ]);
  expect(d.meterCurves.VERTR).toEqual([
    { t: 0, value: 3 },
    { t: 45_000, value: 2 },
  ]);
  expect(d.contributions.AIOS).toEqual({ shares: 1, chat: 1, proposals: 0, votes: 1, contacts: 0 });
  expect(d.contributions.WV).toMatchObject({ proposals: 1 });
});

test("a decision that timed out counts as not best and is attributed to the timer", () => {
  const g = startGame();
  introduce(g);
  agree(g, "B1", "D");
  g.w.t = 20 * 60_000;
  g.w.must({ kind: "system" }, "timer.fire", {});
  const d = debrief(g.s, 1, g.w.entries);
  expect(d.decisions.find((x) => x.decision === "B2")).toMatchObject({
    chosen: "A",
    decidedBy: "timeout",
    best: false,
    timedOut: true,
  });
  expect(d.decisions.find((x) => x.decision === "B1")?.timedOut).toBe(false);
});

test("a timeout is not students changing their minds: no `after` and no shift", () => {
  const g = startGame();
  introduce(g);
  agree(g, "B1", "D");
  // Everyone privately preferred something other than the timeout default (A); then time ran out undiscussed.
  g.w.must(g.aios, "preference.record", { decisionId: "B2", optionId: "B" });
  g.w.must(g.sw, "preference.record", { decisionId: "B2", optionId: "C" });
  g.w.t = 20 * 60_000;
  g.w.must({ kind: "system" }, "timer.fire", {});
  const b2 = debrief(g.s, 1, g.w.entries).decisions.find((x) => x.decision === "B2");
  expect(b2).toMatchObject({ chosen: "A", decidedBy: "timeout", timedOut: true });
  expect(b2?.preferenceShift).toEqual([
    { playerId: "p-aios", role: "AIOS", before: "B", after: null, shifted: false },
    { playerId: "p-sw", role: "SW", before: "C", after: null, shifted: false },
    { playerId: "p-wv", role: "WV", before: null, after: null, shifted: false },
  ]);
});
