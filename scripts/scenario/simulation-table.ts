// Prints a simulated class: outcome levels per share probability, and how much was pooled per outcome level, in the
// author's language.
import { authorText } from "../../scenarios/engine/author-text.ts";
import type { Simulation } from "../../scenarios/engine/simulate.ts";
import type { Language } from "../../shared/i18n/languages.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { OUTCOME_LEVELS } from "../../shared/scenario/primitives.ts";

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

/** `team` names the set-up in the author's language ("3 spelers"); without it the simulation's own label. */
export function printSimulation(
  s: Scenario,
  sim: Simulation,
  language: Language = "en",
  team = sim.setup,
): void {
  const say = (key: Parameters<typeof authorText>[1]["key"], params?: Record<string, string>) =>
    authorText(language, params ? { key, params } : { key });
  console.log(say("authoring.cli.sim.title", { title: s.title, setup: team }));
  console.log(say("authoring.cli.sim.rows", { levels: OUTCOME_LEVELS.join("\t") }));
  for (const r of sim.rows)
    console.log([r.share, r.teams, ...OUTCOME_LEVELS.map((l) => r.levels[l]), pct(r.meanPooled)].join("\t"));
  console.log("");
  console.log(say("authoring.cli.sim.levels"));
  for (const r of sim.byLevel) console.log([r.level, r.teams, pct(r.meanPooled)].join("\t"));
  console.log(say("authoring.cli.sim.legend"));
}
