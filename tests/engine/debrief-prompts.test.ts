// The guided debrief's prompts come from the team's own log: which card came too late, what a choice lacked, whose
// mind moved. The engine gives facts; the client words them by title and label, in Dutch and in English.
import { describe, expect, it } from "vitest";
import { promptText, wordsFor } from "../../client/pages/debrief/prompt-text.ts";
import { type DebriefPrompt, debriefPrompts } from "../../scenarios/engine/debrief-prompts.ts";
import { buildTimeline } from "../../scenarios/engine/timeline.ts";
import { HOST, SYSTEM } from "../../scenarios/engine/writer.ts";
import { translate } from "../../shared/i18n/index.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import { agree, type Game, introduce, startGame } from "./game.ts";

/** Two players: AIOS shares A1; B1 is decided D after different private preferences; S1 comes only after; B2 times out. */
function lateGame(): Game {
  const g = startGame("tutorial-nl.yaml", 2, 3);
  introduce(g);
  g.w.t = 10_000;
  g.w.must(g.aios, "card.share", { cardId: "A1" });
  g.w.t = 20_000;
  g.w.must(g.aios, "preference.record", { decisionId: "B1", optionId: "A" });
  g.w.must(g.sw, "preference.record", { decisionId: "B1", optionId: "B" });
  g.w.must(g.aios, "proposal.make", { decisionId: "B1", optionId: "D", rationale: "vervoer" });
  g.w.must(g.sw, "proposal.vote", { proposalId: g.w.state.proposals.at(-1)?.id ?? "", agree: true });
  g.w.t = 30_000;
  g.w.must(g.sw, "card.share", { cardId: "S1" });
  g.w.t = 200_000;
  g.w.must(SYSTEM, "timer.fire", {});
  return g;
}

const summary = (p: DebriefPrompt) => {
  const f = p.fact;
  switch (f.kind) {
    case "lateCard":
      return `${p.stage} late ${f.cardId} of ${JSON.stringify(f.holder)} after ${f.decisionId}`;
    case "neverShared":
      return `${p.stage} never ${f.cardId} of ${JSON.stringify(f.holder)}`;
    case "timeout":
      return `${p.stage} timeout ${f.decisionId}=${f.optionId}`;
    case "chosenWithout":
      return `${p.stage} without ${f.decisionId}=${f.optionId} ${f.knowledge} missing ${f.missing.map((m) => m.cardId)} for ${f.for}`;
    case "informed":
      return `${p.stage} informed ${f.decisionId}=${f.optionId} with ${f.cardIds}`;
    case "shift":
      return `${p.stage} shift ${f.role} ${f.before}->${f.after} agreed ${f.agreed}`;
    case "outcome":
      return `${p.stage} outcome ${f.outcomeId}`;
    case "noOutcome":
      return `${p.stage} no outcome`;
    case "question":
      return `${p.stage} question ${f.questionId}`;
    case "goal":
      return `${p.stage} goal ${f.goalId}`;
  }
};

const timelineOf = (g: Game) => buildTimeline(g.s, g.w.seed, "T1", g.w.entries);
const seqOfShare = (g: Game, cardId: string) => g.w.state.table.find((x) => x.cardId === cardId)?.seq;

describe("the guided debrief's prompts", () => {
  it("orders a late card, a missing card, a timeout and moved preferences as reactions, happened, analysis, take-away", () => {
    const g = lateGame();
    const tl = timelineOf(g);
    const prompts = debriefPrompts(g.s, tl);
    expect(prompts.map(summary)).toEqual([
      `reactions outcome ${g.w.state.outcome?.id}`,
      'happened late S1 of {"kind":"role","role":"SW"} after B1',
      "happened timeout B2=A",
      'happened never V1 of {"kind":"role","role":"SW"}',
      "analysis without B1=D uninformed missing S1,V1 for chosen",
      "analysis shift AIOS A->D agreed true",
      "analysis shift SW B->D agreed true",
      "analysis question D1",
      "analysis question D2",
      "analysis question D3",
      "takeaway goal L1",
      "takeaway goal L2",
    ]);
    // Each prompt about a moment points at it: the share of S1, and the decision (where the replay opens it).
    const decided = tl.moments.find((m) => m.kind === "decision" && m.decisionId === "B1")?.seq;
    expect(prompts.find((p) => p.fact.kind === "lateCard")?.seq).toBe(seqOfShare(g, "S1"));
    expect(prompts.find((p) => p.fact.kind === "chosenWithout")?.seq).toBe(decided);
    expect(prompts.find((p) => p.fact.kind === "neverShared")?.seq).toBeNull();
    // Deterministic: the same log gives the same prompts.
    expect(debriefPrompts(g.s, timelineOf(lateGame()))).toEqual(prompts);
  });

  it("praises an informed best choice, and names what the best option needed when the team chose another", () => {
    const g = startGame("tutorial-nl.yaml", 3, 5);
    introduce(g);
    g.w.t = 5_000;
    g.w.must(g.aios, "card.share", { cardId: "A1" });
    g.w.must(g.sw, "card.share", { cardId: "S1" });
    g.w.must(g.wv as Actor, "card.share", { cardId: "V1", basis: "toestemming" });
    agree(g, "B1", "D");
    g.w.t = 40_000;
    // B2 is the regisseur's (SW) to confirm after all have voted; C needs nothing, B (best) needs A1 and S1,
    // which lie on the table: so choosing C is "without" nothing, and no prompt claims otherwise.
    agree(g, "B2", "C");
    g.w.must(g.sw, "decision.confirm", { decisionId: "B2", optionId: "C" });
    const prompts = debriefPrompts(g.s, timelineOf(g)).map(summary);
    expect(prompts).toContain("analysis informed B1=D with A1,S1,V1");
    expect(prompts.filter((p) => p.includes("without"))).toEqual([]);
    expect(prompts.filter((p) => p.includes("late") || p.includes("never"))).toEqual([]);

    // The same choice of C with S1 never shared: the prompt names the card the best option rested on.
    const h = startGame("tutorial-nl.yaml", 3, 5);
    introduce(h);
    h.w.must(h.aios, "card.share", { cardId: "A1" });
    h.w.must(h.wv as Actor, "card.share", { cardId: "V1", basis: "toestemming" });
    h.w.must(HOST, "host.advance", {});
    agree(h, "B2", "C");
    h.w.must(h.sw, "decision.confirm", { decisionId: "B2", optionId: "C" });
    const without = debriefPrompts(h.s, timelineOf(h)).find(
      (p) => p.fact.kind === "chosenWithout" && p.fact.decisionId === "B2",
    );
    expect(without?.fact).toMatchObject({
      optionId: "C",
      for: "best",
      bestOptionId: "B",
      missing: [{ cardId: "S1", holder: { kind: "role", role: "SW" } }],
    });
  });

  it("keeps at most `perKind` prompts of one kind, the earliest first", () => {
    const g = lateGame();
    const one = debriefPrompts(g.s, timelineOf(g), { perKind: 1 }).map(summary);
    expect(one.filter((p) => p.includes("shift"))).toEqual(["analysis shift AIOS A->D agreed true"]);
    // The scenario's own questions and goals are never cut.
    expect(one.filter((p) => p.includes("question"))).toHaveLength(3);
  });

  it("is worded by title, label and role in Dutch and English, never with a raw id or a left-over placeholder", () => {
    const g = lateGame();
    const prompts = debriefPrompts(g.s, timelineOf(g));
    const nl = wordsFor(g.s, "nl", translate);
    const text = (p: DebriefPrompt) => promptText(g.s, nl, p).text;
    const late = prompts.find((p) => p.fact.kind === "lateCard") as DebriefPrompt;
    expect(text(late)).toBe(
      "Ik zag dat ‘Het vervoer naar de praktijk’ (van de sociaal werker (wijkteam)) pas na ‘Wat doen jullie voor mevrouw Jansen?’ op tafel kwam; ik vraag me af wat jullie toen wisten…",
    );
    const without = prompts.find((p) => p.fact.kind === "chosenWithout") as DebriefPrompt;
    expect(text(without)).toBe(
      "Ik zag dat jullie ‘Vervoer regelen en de afspraak opnieuw plannen.’ kozen zonder ‘Het vervoer naar de praktijk’ van de sociaal werker (wijkteam) en ‘Haar val en de trap’ van de sociaal werker (wijkteam); ik ben benieuwd hoe jullie dat toen zagen.",
    );
    const shift = prompts.find((p) => p.fact.kind === "shift") as DebriefPrompt;
    expect(text(shift)).toBe(
      "Ik zag dat de huisarts in opleiding (AIOS) vooraf ‘Een geheugentest en een herinneringsbrief.’ wilde en later instemde met ‘Vervoer regelen en de afspraak opnieuw plannen.’; wat veranderde er?",
    );
    const en = wordsFor(g.s, "en", translate);
    expect(promptText(g.s, en, shift).text).toMatch(
      /^I noticed that the GP trainee \(AIOS\) wanted ‘Een geheugentest/,
    );
    const ids = /\b(A1|A2|S1|S2|S3|V1|K1|B1|B2|D1|D2|D3|L1|L2|AIOS-?\d|SW|WV)\b|\{\w+\}/;
    for (const words of [nl, en])
      for (const p of prompts) {
        const { text: said, aside } = promptText(g.s, words, p);
        expect(said.length, p.fact.kind).toBeGreaterThan(10);
        expect(`${said} ${aside ?? ""}`.replace(/\((AIOS)\)/g, ""), p.fact.kind).not.toMatch(ids);
      }
  });
});
