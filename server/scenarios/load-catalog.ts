// Reads every scenario file in a folder at start-up; a broken file is reported with its locations and left out.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { catalogOf, type ScenarioCatalog } from "./catalog.ts";

export type LoadedCatalog = ScenarioCatalog & { problems: string[] };

export async function loadScenarioCatalog(dir: string): Promise<LoadedCatalog> {
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const scenarios: Scenario[] = [];
  const sources = new Map<string, string>();
  const problems: string[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const text = await readFile(path, "utf8");
    const result = parseScenario(text, path);
    if (!result.ok) {
      for (const e of result.errors)
        problems.push(`${e.file}:${e.line}:${e.column}  ${e.path}  ${e.message}`);
      continue;
    }
    if (scenarios.some((s) => s.id === result.scenario.id)) {
      problems.push(`${path}: scenario id "${result.scenario.id}" is already used by another file; left out`);
      continue;
    }
    scenarios.push(result.scenario);
    sources.set(result.scenario.id, text);
  }
  return { ...catalogOf(scenarios, sources), problems };
}
