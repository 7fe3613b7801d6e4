// The scenario format: located errors an author can act on, and the JSON Schema kept in sync.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";
import { readScenarioText, SCENARIO_DIR } from "./fixtures.ts";

const FILE = "elke-week-een-andere-klacht.yaml";
const original = readScenarioText(FILE);
const lines = original.split("\n");

/** A broken copy: replace the first line matching `find` (after line `after`) and parse it. */
function broken(find: string, replace: string, after = 0) {
  const index = lines.findIndex((l, i) => i >= after && l.includes(find));
  if (index < 0) throw new Error(`fixture line not found: ${find}`);
  const copy = [...lines];
  copy[index] = (copy[index] as string).replace(find, replace);
  const r = parseScenario(copy.join("\n"), "broken.yaml");
  if (r.ok) throw new Error("the broken copy parsed");
  return { errors: r.errors, line: index + 1, column: (copy[index] as string).indexOf(replace) + 1 };
}

describe("located errors", () => {
  test("an unknown meter in an option's effects points at that key", () => {
    const at = lines.findIndex((l) => l.includes("- id: B1"));
    const b = broken("effects: { SAM: -1 }", "effects: { SAMEN: -1 }", at + 10);
    expect(b.errors).toHaveLength(1);
    expect(b.errors[0]).toMatchObject({
      file: "broken.yaml",
      line: b.line,
      column: b.column + "effects: { ".length,
      path: "beslissing B1 › optie A › effects › SAMEN",
      message: 'er is geen meter "SAMEN"',
    });
  });

  test("a reference to a card that does not exist is located in the condition", () => {
    const b = broken("{ shared: V3 }", "{ shared: V9 }");
    expect(b.errors).toHaveLength(1);
    expect(b.errors[0]).toMatchObject({
      line: b.line,
      path: "inject I4 › if › not › all nr. 2 › shared",
      message: 'er is geen kaart "V9"',
    });
  });

  test("a misspelt field is reported at the key, in plain words", () => {
    const b = broken(
      "    question: Wat is jullie eerstvolgende stap?",
      "    questoin: Wat is jullie eerstvolgende stap?",
    );
    expect(b.errors.map((e) => [e.line, e.column, e.path, e.message])).toEqual([
      [b.line, 5, "beslissing B1 › questoin", "onbekend veld `questoin`: bedoel je `question`?"],
    ]);
  });

  test("a wrong duration format says how to write it", () => {
    const b = broken('duration: "10:00"', "duration: 10 min");
    expect(b.errors[0]).toMatchObject({ line: b.line, path: "fase F1 › duration" });
    expect(b.errors[0]?.message).toContain("mm:ss");
  });

  test("YAML syntax errors have a line and column too", () => {
    const r = parseScenario("id: x\ntitle: [unclosed\n", "syntax.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file: "syntax.yaml", path: "(YAML-opmaak)" });
    if (!r.ok) expect(r.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

test("scenarios/scenario.schema.json is exactly what `npm run scenario -- schema` generates", () => {
  const committed = readFileSync(join(SCENARIO_DIR, "scenario.schema.json"), "utf8");
  expect(committed).toBe(scenarioJsonSchemaText());
});
