// Who a team still needs before its game may start: one rule for the engine's start check, the views and the server.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";

/** The required roles nobody in `present` plays, in the scenario's order; empty when the team may start. */
export function rolesNeededToStart(s: Scenario, present: Iterable<string>): string[] {
  const held = new Set(present);
  return s.roles.filter((r) => !r.optional && !held.has(r.id)).map((r) => r.id);
}

/** For a team that has not started yet: the roles it still needs; empty once it may start, or after the start. */
export function startNeeds(s: Scenario, team: TeamState): string[] {
  if (team.status !== "lobby") return [];
  return rolesNeededToStart(
    s,
    Object.values(team.members).map((m) => m.role),
  );
}
