// Which injects the facilitator can still set off in a team, and why the others cannot: one rule for the
// host.inject check and for the list in mission control.
import type { Inject, Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import type { InjectBlock } from "../../shared/scenario/views.ts";
import { holds } from "./conditions.ts";

/** Null when the facilitator can fire the inject now; otherwise the reason (see InjectBlock). */
export function injectBlock(s: Scenario, team: TeamState, inj: Inject): InjectBlock | null {
  if (Object.hasOwn(team.fired, inj.id)) return "fired";
  if (team.status !== "playing") return "not_playing";
  if (team.paused) return "paused";
  if (inj.phase !== undefined && inj.phase !== team.phase) {
    const at = s.phases.findIndex((p) => p.id === inj.phase);
    const now = s.phases.findIndex((p) => p.id === team.phase);
    return at < now ? "phase_over" : "later_phase";
  }
  if (inj.after) {
    const d = team.decisions[inj.after.decision];
    if (d?.status !== "decided") return "after_decision";
    if (d.chosen === null || !inj.after.options.includes(d.chosen)) return "chose_otherwise";
  }
  return holds(team, inj.if) ? null : "condition";
}

/** Every inject of the scenario with whether it can fire now, in the scenario's order. */
export function injectAvailability(
  s: Scenario,
  team: TeamState,
): { inject: Inject; block: InjectBlock | null }[] {
  return s.injects.map((inject) => ({ inject, block: injectBlock(s, team, inject) }));
}
