// Prints a playtest report as a table of paths and outcomes, then the errors and warnings.

import type { PlaytestReport } from "../../scenarios/engine/playtest.ts";
import type { Scenario } from "../../shared/scenario/format.ts";

const mmss = (ms: number) =>
  `${String(Math.floor(ms / 60000)).padStart(2, "0")}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

export function printPlaytest(s: Scenario, report: PlaytestReport, limit = 40): void {
  console.log(
    `${s.title} — ${report.paths.length} paths${report.truncated ? " (bounded: stopped at the path limit)" : ""}`,
  );
  console.log(["players", "sharing", "end", "outcome", "meters", "path"].join("\t"));
  const shown = report.paths.slice(0, limit);
  for (const p of shown) {
    const meters = Object.entries(p.meters)
      .map(([k, v]) => `${k}${v}`)
      .join(" ");
    console.log(
      [p.teamSize, p.strategy, mmss(p.endT), p.outcome ?? "—", meters, p.choices.join(" ")].join("\t"),
    );
  }
  if (report.paths.length > shown.length) console.log(`… ${report.paths.length - shown.length} more paths`);
  const byOutcome = new Map<string, number>();
  for (const p of report.paths)
    byOutcome.set(p.outcome ?? "none", (byOutcome.get(p.outcome ?? "none") ?? 0) + 1);
  console.log(`outcomes: ${[...byOutcome].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  for (const w of report.warnings) console.log(`warning: ${w}`);
  for (const e of report.errors) console.error(`error: ${e}`);
  console.log(
    report.errors.length === 0 ? "playtest passed" : `playtest failed: ${report.errors.length} errors`,
  );
}
