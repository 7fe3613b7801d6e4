// Every shipped scenario passes check and the bot playtest, and the briefs are expressed id by id.
import { describe, expect, test } from "vitest";
import { lookup } from "../../scenarios/engine/lookup.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";
import { loadScenario, readScenarioText, SHIPPED } from "../engine/fixtures.ts";

/** The ids in the briefs (01 and 02 in ../shared/scenario-briefs), copied here so a fresh clone can test. */
const BRIEF_IDS = {
  "elke-week-een-andere-klacht.yaml": {
    cards: [
      "A1",
      "A2",
      "A3",
      "A4",
      "A5",
      "A6",
      "A7",
      "S1",
      "S2",
      "S3",
      "S4",
      "S5",
      "S6",
      "S7",
      "V1",
      "V2",
      "V3",
      "V4",
      "V5",
      "V6",
    ],
    injects: ["I1", "I2", "I3", "I4", "I5", "I6"],
    decisions: {
      B1: ["A", "B", "C", "D"],
      B2: ["A", "B", "C"],
      B3: ["A", "B", "C", "D"],
      B4: ["A", "B", "C"],
      B5: ["A", "B", "C", "D"],
    },
    phases: ["F0", "F1", "F2", "F3", "F4"],
    meters: ["WON", "GEZ", "VERTR", "SAM"],
    best: { B1: "D", B2: "C", B3: "C", B4: "B", B5: "C" },
  },
  "een-brandwond-die-niet-klopt.yaml": {
    cards: [
      "A1",
      "A2",
      "A3",
      "A4",
      "A5",
      "A6",
      "S1",
      "S2",
      "S3",
      "S4",
      "S5",
      "S6",
      "V1",
      "V2",
      "V3",
      "V4",
      "V5",
      "V6",
    ],
    injects: ["I1", "I2", "I3", "I4", "I5"],
    decisions: {
      B1: ["A", "B", "C", "D"],
      B2: ["A", "B", "C", "D"],
      B3: ["A", "B", "C", "D"],
      B4: ["A", "B", "C", "D"],
      B5: ["A", "B", "C"],
    },
    phases: ["F0", "F1", "F2", "F3", "F4"],
    meters: ["VEIL", "VERTR", "RECHT", "SAM"],
    best: { B1: "C", B2: "C", B3: "B", B4: "B", B5: "B" },
  },
} as const;

describe.each(Object.entries(BRIEF_IDS))("%s expresses its brief", (file, brief) => {
  const s = loadScenario(file);
  const l = lookup(s);
  test("every card, inject, phase and meter id of the brief is present", () => {
    expect(brief.cards.filter((id) => !l.cards.has(id))).toEqual([]);
    expect(brief.injects.filter((id) => !l.injects.has(id))).toEqual([]);
    expect(brief.phases.filter((id) => !l.phases.has(id))).toEqual([]);
    expect(s.meters.map((m) => m.id)).toEqual(brief.meters);
  });
  test("every decision has the brief's options and best option", () => {
    for (const [id, options] of Object.entries(brief.decisions)) {
      const d = l.decisions.get(id);
      expect(d, id).toBeDefined();
      for (const o of options) expect(l.options.has(`${id}.${o}`), `${id}-${o}`).toBe(true);
      expect(
        d?.options.find((o) => o.best && o.id === (brief.best as Record<string, string>)[id]),
        id,
      ).toBeDefined();
    }
  });
  test("the two-player redistribution moves V1 and V2 to SW and V3 to AIOS", () => {
    expect(s.redistribution[0]?.moves.map((m) => `${m.card}>${m.to}`)).toEqual(["V1>SW", "V2>SW", "V3>AIOS"]);
  });
  test("sensitive and critical marks follow the brief", () => {
    expect(l.cards.get("A2")?.marks).toEqual(["critical", "sensitive"]);
  });
});

describe.each(SHIPPED)("%s", (file) => {
  test("passes check and the bot playtest: only pooling reaches the best outcome, every path ends in time", () => {
    const report = playtest(loadScenario(file));
    expect(report.errors).toEqual([]);
    expect(report.truncated).toBe(false);
    expect(report.paths.every((p) => p.outcome !== null)).toBe(true);
    for (const row of report.summary) {
      if (row.strategy === "pool") expect(row.levels[report.bestLevel], row.setup).toBeGreaterThan(0);
      else expect(row.levels[report.bestLevel], `${row.setup} ${row.strategy}`).toBe(0);
    }
  }, 60_000);

  test("has no validator warnings: neutral labels, titled cards", () => {
    const r = parseScenario(readScenarioText(file), file);
    expect(r.ok && r.warnings.map((w) => `${w.line}:${w.column} ${w.path} ${w.message}`)).toEqual([]);
  });
});
