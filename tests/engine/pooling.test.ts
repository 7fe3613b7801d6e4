// Pooling decides: the same option plays out differently with and without its needed cards on the table.
import { describe, expect, test } from "vitest";
import { authorText } from "../../scenarios/engine/author-text.ts";
import { teamSetups } from "../../scenarios/engine/bots.ts";
import { debrief } from "../../scenarios/engine/debrief.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";
import { simulate } from "../../scenarios/engine/simulate.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import { HOST, LogWriter } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import { POOLING_YAML, poolingScenario } from "./pooling-fixture.ts";

function team(s: Scenario = poolingScenario()) {
  const w = new LogWriter(s, 1, "T1");
  const aios = w.join("p1", "AIOS");
  const sw = w.join("p2", "SW");
  w.must(HOST, "host.start", {});
  return { s, w, aios, sw };
}

function choose(w: LogWriter, players: Actor[], optionId: string): void {
  for (const p of players) w.must(p, "preference.record", { decisionId: "B1", optionId });
  const [first, ...rest] = players as [Actor, ...Actor[]];
  w.must(first, "proposal.make", { decisionId: "B1", optionId, rationale: "samen" });
  const id = w.state.proposals.at(-1)?.id ?? "";
  for (const p of rest) w.must(p, "proposal.vote", { proposalId: id, agree: true });
}

describe("informed and uninformed choices", () => {
  test("with every needed card on the table the option plays out as written", () => {
    const { w, aios, sw } = team();
    w.must(aios, "card.share", { cardId: "A1" });
    w.must(sw, "card.share", { cardId: "S1" });
    choose(w, [aios, sw], "C");
    expect(w.state.decisions.B1).toMatchObject({ knowledge: "informed", missing: [], tableAt: ["A1", "S1"] });
    expect(w.state.meters.M).toBe(5);
    expect(w.state.feed.at(-2)?.text).toContain("vrijwilligersauto");
    expect(w.state.outcome?.level).toBe("good");
  });

  test("the same option without its cards plays out as its uninformed consequence", () => {
    const { w, aios, sw } = team();
    choose(w, [aios, sw], "C");
    expect(w.state.decisions.B1).toMatchObject({ knowledge: "uninformed", missing: ["A1", "S1"] });
    expect(w.state.meters.M).toBe(1);
    expect(
      w.state.feed.some((f) => f.text === "De auto staat voor de deur, maar niemand wist van de val."),
    ).toBe(true);
    expect(w.state.outcome?.level).toBe("mixed");
  });

  test("partial knowledge gives the author's partial result, and only that one", () => {
    const { w, aios, sw } = team();
    w.must(sw, "card.share", { cardId: "S1" });
    choose(w, [aios, sw], "C");
    expect(w.state.decisions.B1).toMatchObject({ knowledge: "partial", missing: ["A1"] });
    expect(w.state.meters.M).toBe(3);
  });

  test("a card shared after the decision does not change how it played out", () => {
    const { w, aios, sw } = team();
    w.must(sw, "card.share", { cardId: "S1" });
    choose(w, [aios, sw], "C");
    const before = structuredClone(w.state.decisions.B1);
    expect(w.send(aios, "card.share", { cardId: "A1" }).ok).toBe(false); // the game is over
    expect(w.state.decisions.B1).toEqual(before);
  });

  test("the debrief measure carries the informed/uninformed fact per decision", () => {
    const { s, w, aios, sw } = team();
    w.must(aios, "card.share", { cardId: "A1" });
    choose(w, [aios, sw], "C");
    const b1 = debrief(s, 1, w.entries).decisions[0];
    // Half the cards, but no partial result written for that half: it plays out (and counts) as uninformed.
    expect(b1).toMatchObject({ decision: "B1", best: true, knowledge: "uninformed", missing: ["S1"] });
  });
});

describe("options that information opens", () => {
  test("a hidden option is absent from players' views until its card is on the table; the host sees it", () => {
    const { s, w, sw } = team();
    const ids = () =>
      viewFor(s, w.state, { kind: "role", role: "AIOS" }).decisions[0]?.options.map((o) => o.id);
    expect(ids()).toEqual(["A", "B", "C", "E"]);
    expect(viewFor(s, w.state, { kind: "host" }).decisions[0]?.options.map((o) => o.id)).toContain("D");
    w.must(sw, "card.share", { cardId: "S2" });
    expect(ids()).toEqual(["A", "B", "C", "D", "E"]);
  });

  test("a locked option says it needs information, is refused, and opens once the card is shared", () => {
    const { s, w, aios, sw } = team();
    const e = () =>
      viewFor(s, w.state, { kind: "role", role: "AIOS" }).decisions[0]?.options.find((o) => o.id === "E");
    expect(e()).toMatchObject({ available: false, locked: "information" });
    expect(w.send(aios, "preference.record", { decisionId: "B1", optionId: "E" })).toEqual({
      ok: false,
      reason: "option_unavailable",
    });
    w.must(sw, "card.share", { cardId: "S1" });
    expect(e()).toMatchObject({ available: true, locked: null });
  });
});

describe("the outcome screen's why", () => {
  test("names the missing cards by title and holder, and never sends an unshared card's text", () => {
    const { s, w, aios, sw } = team();
    choose(w, [aios, sw], "C");
    const view = viewFor(s, w.state, { kind: "role", role: "SW" });
    expect(view.decisions[0]?.result).toEqual({
      knowledge: "uninformed",
      text: "De auto staat voor de deur, maar niemand wist van de val.",
    });
    expect(view.review).toEqual([
      {
        decision: "B1",
        question: "Wat doen jullie?",
        chosen: "Vervoer regelen naar de praktijk",
        decidedBy: "team",
        knowledge: "uninformed",
        best: true,
        missing: [
          { title: "De val van vorige week", holder: "AIOS", contact: null },
          { title: "De buurtbus rijdt niet meer", holder: "SW", contact: null },
        ],
        better: null,
      },
    ]);
    expect(JSON.stringify(view)).not.toContain("blauwe plek");
  });

  test("a solo choice is shown next to the best option and the cards it would have needed", () => {
    const { s, w, aios, sw } = team();
    w.must(sw, "card.share", { cardId: "S1" });
    choose(w, [aios, sw], "B");
    expect(viewFor(s, w.state, { kind: "role", role: "AIOS" }).review[0]).toMatchObject({
      knowledge: "informed",
      best: false,
      better: {
        option: "Vervoer regelen naar de praktijk",
        missing: [{ title: "De val van vorige week", holder: "AIOS" }],
      },
    });
  });

  test("is empty while the game runs", () => {
    const { s, w, sw } = team();
    expect(viewFor(s, w.state, { kind: "role", role: "SW" }).review).toEqual([]);
    w.must(sw, "card.share", { cardId: "S1" });
    expect(viewFor(s, w.state, { kind: "role", role: "SW" }).review).toEqual([]);
  });
});

describe("the validator", () => {
  test("a best option without an uninformed consequence is an error at its line and column", () => {
    const broken = POOLING_YAML.replace(/ {8}uninformed:\n(?: {10}.*\n)+/, "");
    const r = parseScenario(broken, "x.yaml");
    expect(r.ok).toBe(false);
    const lines = broken.split("\n");
    const at = lines.findIndex((l) => l.includes("- id: C")) + 1;
    expect(r.ok ? [] : r.errors.map((e) => `${e.line}:${e.column} ${e.path}`)).toEqual([
      `${at}:9 beslissing B1 › optie C`,
    ]);
  });

  test("warns when the best option's label is much longer than the others", () => {
    const long = POOLING_YAML.replace(
      "text: Vervoer regelen naar de praktijk",
      "text: Vervoer regelen naar de praktijk via de vrijwilligerscentrale, de val laten onderzoeken en samen terugbellen",
    );
    const r = parseScenario(long, "x.yaml");
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(["beslissing B1 › optie C › text", "decisions"]);
  });

  test("a partial result must leave out a needed card and name only needed cards", () => {
    const r = parseScenario(POOLING_YAML.replace("knew: [S1]", "knew: [S1, A1, S2]"), "x.yaml");
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      "kaart S2 is geen van de kaarten die optie C van B1 nodig heeft",
      "een gedeeltelijk resultaat (`partial`) moet minstens één nodige kaart weglaten",
    ]);
  });
});

describe("the playtest proves the hidden profile", () => {
  test("pooling reaches good; silent and guessing teams do not; every set-up and strategy is reported", () => {
    const report = playtest(poolingScenario());
    expect(report.errors).toEqual([]);
    const row = (setup: string, strategy: string) =>
      report.summary.find((r) => r.setup === setup && r.strategy === strategy);
    expect(report.summary.map((r) => `${r.setup}/${r.strategy}`)).toEqual([
      "3 players/pool",
      "3 players/silent",
      "3 players/guess",
      "2 players (no WV)/pool",
      "2 players (no WV)/silent",
      "2 players (no WV)/guess",
    ]);
    expect(row("3 players", "pool")?.levels.good).toBeGreaterThan(0);
    expect(row("3 players", "silent")?.levels.good).toBe(0);
    expect(row("3 players", "guess")?.paths).toBe(1);
  });

  test("fails when a team that shares nothing can reach the best outcome", () => {
    // Without a real uninformed penalty, choosing C blind is as good as choosing it informed.
    const leaky = POOLING_YAML.replace(
      "effects: { M: -1 }\n          partial",
      "effects: { M: 3 }\n          partial",
    );
    const report = playtest(poolingScenario(leaky));
    const errors = report.errors.map((e) => authorText("en", e));
    expect(errors.some((e) => e.startsWith("3 players, silent:") && e.includes("B1-C"))).toBe(true);
  });

  test("fails when the longest label wins without sharing", () => {
    const s = poolingScenario(
      POOLING_YAML.replace(
        "effects: { M: -1 }\n          partial",
        "effects: { M: 3 }\n          partial",
      ).replace("text: Samen op huisbezoek gaan", "text: Samen"),
    );
    const report = playtest(s);
    expect(report.errors.some((e) => authorText("en", e).startsWith("3 players, guess:"))).toBe(true);
  });

  test("warns about an inject that fires in no path and phases that do not add up", () => {
    const s = poolingScenario(
      POOLING_YAML.replace("durationMinutes: 6", "durationMinutes: 7").replace(
        "outcomes:",
        "injects:\n  - { id: I1, phase: F1, if: { all: [{ meter: { id: M, atLeast: 5 } }, { meter: { id: M, atMost: 0 } }] }, text: Nooit. }\noutcomes:",
      ),
    );
    const warnings = playtest(s).warnings.map((w) => authorText("en", w));
    expect(warnings).toContain("inject I1 fires in no bot path");
    expect(warnings).toContain("the phases last 6 minutes in all, but `durationMinutes` says 7");
  });
});

describe("simulated classes", () => {
  test("are seeded and show the hidden-profile curve: more sharing, more good outcomes", () => {
    const s = poolingScenario();
    const [setup] = teamSetups(s);
    if (!setup) throw new Error("no setup");
    const a = simulate(s, setup, [0, 1], 40, 7);
    expect(simulate(s, setup, [0, 1], 40, 7)).toEqual(a);
    const [none, all] = a.rows;
    expect(none?.levels.good).toBe(0);
    expect(all?.levels.good).toBe(40);
    expect(all?.meanPooled).toBe(1);
    expect(a.byLevel.find((l) => l.level === "good")?.meanPooled).toBe(1);
  });
});

describe("the knew condition", () => {
  test("holds only for a decision taken with every card its choice needed on the table", () => {
    const yaml = POOLING_YAML.replace(
      "outcomes:",
      "injects:\n  - { id: I1, phase: F1, at: end, if: { knew: B1 }, text: Het plan werkt. }\noutcomes:",
    );
    const informed = team(poolingScenario(yaml));
    informed.w.must(informed.aios, "card.share", { cardId: "A1" });
    informed.w.must(informed.sw, "card.share", { cardId: "S1" });
    choose(informed.w, [informed.aios, informed.sw], "C");
    expect(informed.w.state.fired).toHaveProperty("I1");
    const blind = team(poolingScenario(yaml));
    blind.w.must(blind.sw, "card.share", { cardId: "S1" });
    choose(blind.w, [blind.aios, blind.sw], "C");
    expect(blind.w.state.fired).not.toHaveProperty("I1");
  });
});
