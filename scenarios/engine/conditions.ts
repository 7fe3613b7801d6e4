// Evaluates scenario conditions against a team's state; one predicate per condition kind, no gaps allowed.
import { type Condition, type ConditionKind, conditionKind } from "../../shared/scenario/conditions.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { contactedAs, sharedAs } from "./when-shared.ts";

type Pick<K extends ConditionKind> = Extract<Condition, Record<K, unknown>>;
type Predicate<K extends ConditionKind> = (team: TeamState, c: Pick<K>) => boolean;

/** Exhaustive: adding a condition kind to the format without a predicate fails to compile. */
export const PREDICATES: { [K in ConditionKind]: Predicate<K> } = {
  shared: (team, c) =>
    typeof c.shared === "string" ? team.table.some((x) => x.cardId === c.shared) : sharedAs(team, c.shared),
  decided: (team, c) => team.decisions[c.decided]?.status === "decided",
  knew: (team, c) => team.decisions[c.knew]?.knowledge === "informed",
  chose: (team, c) => {
    const chosen = team.decisions[c.chose.decision]?.chosen;
    return chosen != null && c.chose.options.includes(chosen);
  },
  meter: (team, c) => {
    const v = team.meters[c.meter.id] ?? 0;
    return (
      (c.meter.atLeast === undefined || v >= c.meter.atLeast) &&
      (c.meter.atMost === undefined || v <= c.meter.atMost)
    );
  },
  injected: (team, c) => Object.hasOwn(team.fired, c.injected),
  contacted: (team, c) =>
    typeof c.contacted === "string"
      ? (team.contacts[c.contacted]?.uses ?? 0) > 0
      : contactedAs(team, c.contacted),
  phase: (team, c) => team.phase === c.phase,
  all: (team, c) => c.all.every((x) => holds(team, x)),
  any: (team, c) => c.any.some((x) => holds(team, x)),
  not: (team, c) => !holds(team, c.not),
};

export function holds(team: TeamState, c: Condition | undefined): boolean {
  if (c === undefined) return true;
  const kind = conditionKind(c);
  return (PREDICATES[kind] as (t: TeamState, c: Condition) => boolean)(team, c);
}

/** Whether a condition waits on a card reaching the table: players are then told information is missing. */
export function asksForInformation(c: Condition | undefined): boolean {
  if (c === undefined) return false;
  if ("shared" in c) return true;
  if ("not" in c) return asksForInformation(c.not);
  if ("all" in c) return c.all.some(asksForInformation);
  if ("any" in c) return c.any.some(asksForInformation);
  return false;
}
