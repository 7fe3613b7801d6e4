// Loads the shipped scenarios for tests; a missing or broken file fails loudly with its located errors.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import type { Scenario } from "../../shared/scenario/format.ts";

export const SCENARIO_DIR = join(import.meta.dirname, "../../scenarios");
export const SHIPPED = [
  "elke-week-een-andere-klacht.yaml",
  "een-brandwond-die-niet-klopt.yaml",
  "tutorial-nl.yaml",
  "tutorial-en.yaml",
] as const;

export function readScenarioText(file: string): string {
  return readFileSync(join(SCENARIO_DIR, file), "utf8");
}

export function loadScenario(file: string): Scenario {
  const r = parseScenario(readScenarioText(file), file);
  if (!r.ok)
    throw new Error(r.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.path} ${e.message}`).join("\n"));
  return r.scenario;
}
