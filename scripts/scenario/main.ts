// Author CLI: npm run scenario -- check|playtest|simulate|graph|schema — validates, plays, draws and exports.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { teamSetups } from "../../scenarios/engine/bots.ts";
import { formatIssue } from "../../scenarios/engine/issues.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";
import { MAX_SIMULATED_TEAMS, simulate } from "../../scenarios/engine/simulate.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";
import { OUTCOME_LEVELS } from "../../shared/scenario/primitives.ts";
import { mermaid } from "./graph.ts";
import { printSimulation } from "./simulation-table.ts";
import { printPlaytest } from "./table.ts";

const USAGE = `usage: npm run scenario -- <verb> [file...] [options]
  check <file...>    validate scenario files; every problem as file:line:column  path  message
  playtest <file>    pooling, silent and guessing bots take every decision path; fails when a team that
                     shares nothing can reach the best outcome
                       --all              list every path   --outcome good|mixed|bad   only those paths
  simulate <file>    seeded bot classes that share each card with probability P: outcomes per P
                       --teams N (default 200)  --share P (0–1; default 0, .25, .5, .75 and 1)
                       --players N (a team size the scenario has; default all roles)  --seed S (default 1)
  graph <file>       print the scenario as a Mermaid statechart
  schema             write scenarios/scenario.schema.json from the zod format`;

type Flags = Record<string, string | boolean | undefined>;

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

/** A number flag within bounds, or a sentence saying what is wrong with it. */
function numberFlag(
  flags: Flags,
  name: string,
  min: number,
  max: number,
  integer: boolean,
): number | string | null {
  const raw = flags[name];
  if (raw === undefined) return null;
  const n = Number(raw);
  const ok = typeof raw === "string" && raw.trim() !== "" && Number.isFinite(n) && n >= min && n <= max;
  if (!ok || (integer && !Number.isInteger(n)))
    return `--${name} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, not "${String(raw)}"`;
  return n;
}

function runSimulate(s: Scenario, flags: Flags): number {
  const teams = numberFlag(flags, "teams", 1, MAX_SIMULATED_TEAMS, true);
  const share = numberFlag(flags, "share", 0, 1, false);
  const seed = numberFlag(flags, "seed", 0, 2 ** 31, true);
  const players = numberFlag(flags, "players", 2, 3, true);
  const problem = [teams, share, seed, players].find((x) => typeof x === "string");
  if (typeof problem === "string") {
    console.error(problem);
    return 2;
  }
  const setups = teamSetups(s);
  const setup = players === null ? setups[0] : setups.find((x) => x.roles.length === players);
  if (!setup) {
    console.error(
      `--players ${players}: this scenario plays with ${[...new Set(setups.map((x) => x.roles.length))].join(" or ")} players`,
    );
    return 2;
  }
  const shares = typeof share === "number" ? [share] : [0, 0.25, 0.5, 0.75, 1];
  const result = simulate(
    s,
    setup,
    shares,
    typeof teams === "number" ? teams : 200,
    typeof seed === "number" ? seed : 1,
  );
  printSimulation(s, result);
  return 0;
}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        all: { type: "boolean" },
        outcome: { type: "string" },
        teams: { type: "string" },
        share: { type: "string" },
        seed: { type: "string" },
        players: { type: "string" },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [verb, ...files] = parsed.positionals;
  const flags = parsed.values as Flags;
  if (verb === "schema") {
    const out = join(import.meta.dirname, "../../scenarios/scenario.schema.json");
    writeFileSync(out, scenarioJsonSchemaText());
    console.log(`wrote ${out}`);
    return 0;
  }
  const verbs = ["check", "playtest", "simulate", "graph"];
  if (!verb || !verbs.includes(verb) || files.length === 0) {
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
  if (verb === "simulate") return runSimulate(scenario, flags);
  const level = typeof flags.outcome === "string" ? flags.outcome : null;
  if (level !== null && !(OUTCOME_LEVELS as readonly string[]).includes(level)) {
    console.error(`--outcome must be one of ${OUTCOME_LEVELS.join(", ")}, not "${level}"`);
    return 2;
  }
  const report = playtest(scenario);
  printPlaytest(scenario, report, { limit: flags.all ? Number.POSITIVE_INFINITY : 30, level });
  return report.errors.length === 0 ? 0 : 1;
}

// Piped into `head`, the reader may go away early; that is not an error of the scenario.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
