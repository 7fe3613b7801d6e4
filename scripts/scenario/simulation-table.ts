// Prints a simulated class: outcome levels per share probability, and how much was pooled per outcome level.
import type { Simulation } from "../../scenarios/engine/simulate.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { OUTCOME_LEVELS } from "../../shared/scenario/primitives.ts";

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

export function printSimulation(s: Scenario, sim: Simulation): void {
  console.log(`${s.title} — simulated bot teams of ${sim.setup}`);
  console.log(["share P", "teams", ...OUTCOME_LEVELS, "critical pooled"].join("\t"));
  for (const r of sim.rows)
    console.log([r.share, r.teams, ...OUTCOME_LEVELS.map((l) => r.levels[l]), pct(r.meanPooled)].join("\t"));
  console.log("");
  console.log(["outcome", "teams", "mean critical pooled"].join("\t"));
  for (const r of sim.byLevel) console.log([r.level, r.teams, pct(r.meanPooled)].join("\t"));
  console.log(
    "Each card is shared with probability P; a team picks the best option only when its needed cards are on the table, otherwise a member's solo option.",
  );
}
