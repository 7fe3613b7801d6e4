// Prints a playtest report: outcome levels per team set-up and strategy, sample paths, errors and warnings.
import type { PathResult, PlaytestReport } from "../../scenarios/engine/playtest.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { OUTCOME_LEVELS } from "../../shared/scenario/primitives.ts";

const mmss = (ms: number) =>
  `${String(Math.floor(ms / 60000)).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

const KNOWLEDGE_MARK = { informed: "✓", partial: "½", uninformed: "✗" } as const;

export interface PrintOptions {
  /** How many paths to list; Infinity lists every one. */
  limit: number;
  /** Only paths that end at this outcome level. */
  level: string | null;
}

function pathRow(p: PathResult): string {
  const meters = Object.entries(p.meters)
    .map(([k, v]) => `${k}${v}`)
    .join(" ");
  const knew = p.knowledge.map((k) => KNOWLEDGE_MARK[k]).join("");
  return [
    p.setup,
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
  console.log(`${s.title} — bot playtest; the best outcome level is "${report.bestLevel}"`);
  console.log(["team", "strategy", "paths", ...OUTCOME_LEVELS].join("\t"));
  for (const r of report.summary)
    console.log(
      [
        r.setup,
        r.strategy,
        `${r.paths}${r.truncated ? "+" : ""}`,
        ...OUTCOME_LEVELS.map((l) => r.levels[l]),
      ].join("\t"),
    );
  const chosen = report.paths.filter((p) => opts.level === null || p.level === opts.level);
  const shown = chosen.slice(0, opts.limit);
  console.log("");
  console.log(["team", "strategy", "end", "level", "outcome", "knew", "meters", "path"].join("\t"));
  for (const p of shown) console.log(pathRow(p));
  if (chosen.length > shown.length)
    console.log(
      `… ${chosen.length - shown.length} more paths (--all lists every path, --outcome good|mixed|bad filters)`,
    );
  console.log("knew: per decision, ✓ chosen with its needed cards on the table, ½ with some, ✗ without");
  for (const w of report.warnings) console.log(`warning: ${w}`);
  for (const e of report.errors) console.error(`error: ${e}`);
  console.log(
    report.errors.length === 0 ? "playtest passed" : `playtest failed: ${report.errors.length} errors`,
  );
}
