// Author CLI: npm run scenario -- check|playtest|graph|schema — validates, plays, draws and exports scenarios.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue } from "../../scenarios/engine/issues.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";
import { mermaid } from "./graph.ts";
import { printPlaytest } from "./table.ts";

const USAGE = `usage: npm run scenario -- <verb> [file...]
  check <file...>   validate scenario files; every error as file:line:column  path  message
  playtest <file>   bots take every decision path and prove each one ends in an outcome in time
  graph <file>      print the scenario as a Mermaid statechart
  schema            write scenarios/scenario.schema.json from the zod format`;

function load(file: string): Scenario | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    console.error(`${file}: cannot read this file`);
    return null;
  }
  const r = parseScenario(text, file);
  if (r.ok) {
    for (const w of r.warnings) console.warn(formatIssue({ ...w, message: `warning: ${w.message}` }));
    return r.scenario;
  }
  for (const e of r.errors) console.error(formatIssue(e));
  return null;
}

function main(argv: string[]): number {
  const [verb, ...files] = argv;
  if (verb === "schema") {
    const out = join(import.meta.dirname, "../../scenarios/scenario.schema.json");
    writeFileSync(out, scenarioJsonSchemaText());
    console.log(`wrote ${out}`);
    return 0;
  }
  if ((verb !== "check" && verb !== "playtest" && verb !== "graph") || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (verb === "check") {
    let failed = 0;
    for (const f of files) {
      if (load(f)) console.log(`${f}: ok`);
      else failed++;
    }
    return failed === 0 ? 0 : 1;
  }
  if (files.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const scenario = load(files[0] as string);
  if (!scenario) return 1;
  if (verb === "graph") {
    process.stdout.write(mermaid(scenario));
    return 0;
  }
  const report = playtest(scenario);
  printPlaytest(scenario, report);
  return report.errors.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
