// What sharing a sensitive card on a basis scores in the team's situation at that moment: a card's own score for
// the basis, if its `when` holds (or it has none); else its `otherwise`; else the scenario's `basisScores`.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Basis } from "../../shared/scenario/primitives.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { holds } from "./conditions.ts";

export type BasisOutcome = {
  score: number;
  effects?: Record<string, number> | undefined;
  feedback?: string | undefined;
};

export function basisScore(s: Scenario, team: TeamState, cardId: string, basis: Basis): BasisOutcome {
  const own = s.cards.find((c) => c.id === cardId)?.bases?.[basis];
  const fallback = { score: s.basisScores[basis] ?? 0 };
  if (!own) return fallback;
  if (own.when && !holds(team, own.when)) return own.otherwise ?? fallback;
  return own;
}
