// Author CLI: npm run scenario -- check|playtest|simulate|graph|schema — validates, plays, draws and exports,
// in the author's language (--lang, else the scenario's `language`, else LANG).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type AuthorKey, type AuthorParam, authorText } from "../../scenarios/engine/author-text.ts";
import { teamSetups } from "../../scenarios/engine/bots.ts";
import { formatIssue } from "../../scenarios/engine/issues.ts";
import { locateIssues, parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";
import { setupText } from "../../scenarios/engine/playtest-findings.ts";
import { MAX_SIMULATED_TEAMS, simulate } from "../../scenarios/engine/simulate.ts";
import { isLanguage, type Language } from "../../shared/i18n/languages.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";
import { OUTCOME_LEVELS } from "../../shared/scenario/primitives.ts";
import { mermaid } from "./graph.ts";
import { printSimulation } from "./simulation-table.ts";
import { printPlaytest } from "./table.ts";

type Flags = Record<string, string | boolean | undefined>;

/** The author's language from the environment: LANG=nl_NL.UTF-8 → nl, en_GB.UTF-8 → en; otherwise Dutch. */
function envLanguage(): Language {
  const lang = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "")
    .slice(0, 2)
    .toLowerCase();
  return isLanguage(lang) ? lang : "nl";
}

/** Which language messages use: --lang wins, then the scenario's own `language`, then the environment's. */
interface Lang {
  flag: Language | null;
  env: Language;
}
const say = (language: Language, key: AuthorKey, params?: Record<string, AuthorParam>) =>
  authorText(language, params ? { key, params } : { key });

interface Loaded {
  scenario: Scenario;
  text: string;
  language: Language;
}

function load(file: string, lang: Lang): Loaded | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    console.error(say(lang.flag ?? lang.env, "authoring.cli.unreadable", { file }));
    return null;
  }
  const r = parseScenario(text, file, {
    ...(lang.flag ? { language: lang.flag } : {}),
    fallbackLanguage: lang.env,
  });
  if (r.ok) {
    for (const w of r.warnings)
      console.warn(
        formatIssue({ ...w, message: say(r.language, "authoring.cli.warning", { message: w.message }) }),
      );
    return { scenario: r.scenario, text, language: r.language };
  }
  for (const e of r.errors) console.error(formatIssue(e));
  return null;
}

/** A number flag within bounds, or a sentence saying what is wrong with it. */
function numberFlag(
  language: Language,
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
    return say(language, integer ? "authoring.cli.flagWhole" : "authoring.cli.flagNumber", {
      name,
      min,
      max,
      value: String(raw),
    });
  return n;
}

function runSimulate(s: Scenario, language: Language, flags: Flags): number {
  const teams = numberFlag(language, flags, "teams", 1, MAX_SIMULATED_TEAMS, true);
  const share = numberFlag(language, flags, "share", 0, 1, false);
  const seed = numberFlag(language, flags, "seed", 0, 2 ** 31, true);
  const players = numberFlag(language, flags, "players", 2, 3, true);
  const problem = [teams, share, seed, players].find((x) => typeof x === "string");
  if (typeof problem === "string") {
    console.error(problem);
    return 2;
  }
  const setups = teamSetups(s);
  const setup = players === null ? setups[0] : setups.find((x) => x.roles.length === players);
  if (!setup) {
    const counts = [...new Set(setups.map((x) => String(x.roles.length)))];
    console.error(
      say(language, "authoring.cli.players", { players: String(players), counts: { or: counts } }),
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
  printSimulation(s, result, language, authorText(language, setupText(setup.roles.length, setup.missing)));
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
        lang: { type: "string" },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${say(envLanguage(), "authoring.cli.usage")}`);
    return 2;
  }
  const [verb, ...files] = parsed.positionals;
  const flags = parsed.values as Flags;
  const lang: Lang = { flag: null, env: envLanguage() };
  if (flags.lang !== undefined) {
    if (!isLanguage(flags.lang)) {
      console.error(say(lang.env, "authoring.cli.lang", { value: String(flags.lang) }));
      return 2;
    }
    lang.flag = flags.lang;
  }
  const usage = say(lang.flag ?? lang.env, "authoring.cli.usage");
  if (verb === "schema") {
    const out = join(import.meta.dirname, "../../scenarios/scenario.schema.json");
    writeFileSync(out, scenarioJsonSchemaText());
    console.log(say(lang.flag ?? lang.env, "authoring.cli.wrote", { file: out }));
    return 0;
  }
  const verbs = ["check", "playtest", "simulate", "graph"];
  if (!verb || !verbs.includes(verb) || files.length === 0) {
    console.error(usage);
    return 2;
  }
  if (verb === "check") {
    let failed = 0;
    for (const f of files) {
      const loaded = load(f, lang);
      if (loaded) console.log(say(loaded.language, "authoring.cli.ok", { file: f }));
      else failed++;
    }
    return failed === 0 ? 0 : 1;
  }
  if (files.length !== 1) {
    console.error(usage);
    return 2;
  }
  const file = files[0] as string;
  const loaded = load(file, lang);
  if (!loaded) return 1;
  const { scenario, language } = loaded;
  if (verb === "graph") {
    process.stdout.write(mermaid(scenario));
    return 0;
  }
  if (verb === "simulate") return runSimulate(scenario, language, flags);
  const level = typeof flags.outcome === "string" ? flags.outcome : null;
  if (level !== null && !(OUTCOME_LEVELS as readonly string[]).includes(level)) {
    console.error(
      say(language, "authoring.cli.outcomeFlag", { levels: { or: [...OUTCOME_LEVELS] }, value: level }),
    );
    return 2;
  }
  const report = playtest(scenario);
  const located = (issues: typeof report.errors) => locateIssues(loaded.text, file, issues, { language });
  printPlaytest(scenario, report, {
    limit: flags.all ? Number.POSITIVE_INFINITY : 30,
    level,
    language,
    errors: located(report.errors),
    warnings: located(report.warnings),
  });
  return report.errors.length === 0 ? 0 : 1;
}

// Piped into `head`, the reader may go away early; that is not an error of the scenario.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
