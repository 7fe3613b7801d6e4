// Prints a playtest report: outcome levels per team set-up and strategy, sample paths, and the located errors and
// warnings (file:line:column, as `check` prints them), in the author's language.
import { authorText } from "../../scenarios/engine/author-text.ts";
import { formatIssue, type ScenarioIssue } from "../../scenarios/engine/issues.ts";
import type { PathResult, PlaytestReport } from "../../scenarios/engine/playtest.ts";
import { mmss, setupText } from "../../scenarios/engine/playtest-findings.ts";
import type { Language } from "../../shared/i18n/languages.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { OUTCOME_LEVELS } from "../../shared/scenario/primitives.ts";

const KNOWLEDGE_MARK = { informed: "✓", partial: "½", uninformed: "✗" } as const;

export interface PrintOptions {
  /** How many paths to list; Infinity lists every one. */
  limit: number;
  /** Only paths that end at this outcome level. */
  level: string | null;
  language: Language;
  /** The report's errors and warnings, located in the scenario file. */
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
}

function pathRow(language: Language, p: PathResult): string {
  const meters = Object.entries(p.meters)
    .map(([k, v]) => `${k}${v}`)
    .join(" ");
  const knew = p.knowledge.map((k) => KNOWLEDGE_MARK[k]).join("");
  return [
    authorText(language, setupText(p.teamSize, p.missing)),
    p.strategy,
    mmss(p.endT),
    p.level ?? "—",
    p.outcome ?? "—",
    knew,
    meters,
    p.choices.join(" "),
  ].join("\t");
}

export function printPlaytest(s: Scenario, report: PlaytestReport, opts: PrintOptions): void {
  const { language } = opts;
  const say = (key: Parameters<typeof authorText>[1]["key"], params?: Record<string, string | number>) =>
    authorText(language, params ? { key, params } : { key });
  console.log(say("authoring.cli.title", { title: s.title, level: report.bestLevel }));
  console.log([say("authoring.cli.head.summary"), ...OUTCOME_LEVELS].join("\t"));
  for (const r of report.summary) {
    console.log(
      [
        authorText(language, setupText(r.teamSize, r.missing)),
        r.strategy,
        `${r.paths}${r.truncated ? "+" : ""}`,
        ...OUTCOME_LEVELS.map((l) => r.levels[l]),
      ].join("\t"),
    );
  }
  const chosen = report.paths.filter((p) => opts.level === null || p.level === opts.level);
  const shown = chosen.slice(0, opts.limit);
  console.log("");
  console.log(say("authoring.cli.head.paths"));
  for (const p of shown) console.log(pathRow(language, p));
  if (chosen.length > shown.length)
    console.log(say("authoring.cli.more", { count: chosen.length - shown.length }));
  console.log(say("authoring.cli.knew"));
  for (const w of opts.warnings)
    console.log(formatIssue({ ...w, message: say("authoring.cli.warning", { message: w.message }) }));
  for (const e of opts.errors)
    console.error(formatIssue({ ...e, message: say("authoring.cli.error", { message: e.message }) }));
  console.log(
    opts.errors.length === 0
      ? say("authoring.cli.passed")
      : say("authoring.cli.failed", { count: opts.errors.length }),
  );
}
