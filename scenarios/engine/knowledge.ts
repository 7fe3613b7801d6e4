// Pooling decides: how a chosen option plays out depends on which of its needed cards were on the table.
import type { DecisionOption } from "../../shared/scenario/format.ts";
import type { Effects } from "../../shared/scenario/primitives.ts";
import type { Knowledge, TeamState } from "../../shared/scenario/state.ts";

export interface PlayOut {
  knowledge: Knowledge;
  /** Needed cards that were not on the table. */
  missing: string[];
  effects: Effects;
  /** What the team reads after deciding; null means the option's own label. */
  text: string | null;
}

export function tableCards(team: TeamState): Set<string> {
  return new Set(team.table.map((x) => x.cardId));
}

/**
 * An option with all its needed cards on the table plays as written. Without them it plays as its
 * `uninformed` consequence, or as the first `partial` entry whose cards were all on the table.
 * An option that lists no `uninformed` plays as written whatever the team knew (knowledge still says what it knew).
 */
export function playOut(option: DecisionOption, onTable: ReadonlySet<string>): PlayOut {
  const missing = option.needs.filter((c) => !onTable.has(c));
  const written = { effects: option.effects, text: option.consequence ?? null };
  if (missing.length === 0) return { knowledge: "informed", missing, ...written };
  const u = option.uninformed;
  const partial = u?.partial.find((p) => p.knew.every((c) => onTable.has(c)));
  const knowledge: Knowledge = partial || missing.length < option.needs.length ? "partial" : "uninformed";
  if (!u) return { knowledge, missing, ...written };
  if (partial) return { knowledge: "partial", missing, effects: partial.effects, text: partial.text };
  return { knowledge: "uninformed", missing, effects: u.effects, text: u.text };
}
