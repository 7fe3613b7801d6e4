// The outcome screen's "why": per decision, what the team chose, whether it knew enough, and what was missing.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import type { DecisionReview, MissedCard } from "../../shared/scenario/views.ts";
import { holds } from "./conditions.ts";
import { lookup } from "./lookup.ts";

/** Names a card by its title and holder only: even after the game, no text of an unshared card is sent. */
export function missedCard(s: Scenario, team: TeamState, cardId: string): MissedCard {
  const l = lookup(s);
  const info = l.cards.get(cardId);
  const contact = info?.contact ? (l.contacts.get(info.contact)?.name ?? null) : null;
  return { title: info?.title ?? "", holder: contact ? null : (team.cardOwner[cardId] ?? null), contact };
}

export function reviewDecisions(s: Scenario, team: TeamState): DecisionReview[] {
  if (team.status !== "ended") return [];
  return s.decisions.map((d) => {
    const state = team.decisions[d.id];
    const chosen = d.options.find((o) => o.id === state?.chosen);
    const onTable = new Set(state?.tableAt ?? []);
    // Of several best options (one per situation), the one whose situation came about.
    const best = d.options.find((o) => o.best && holds(team, o.available)) ?? d.options.find((o) => o.best);
    const isBest = chosen?.best ?? false;
    return {
      decision: d.id,
      question: d.question,
      chosen: chosen?.text ?? null,
      decidedBy: state?.decidedBy ?? null,
      knowledge: state?.knowledge ?? null,
      best: isBest,
      // Only when the author marked the chosen option: a review without marks stays as it was.
      ...(chosen?.marks?.length ? { marks: chosen.marks } : {}),
      missing: (state?.missing ?? []).map((c) => missedCard(s, team, c)),
      better:
        best && !isBest
          ? {
              option: best.text,
              missing: best.needs.filter((c) => !onTable.has(c)).map((c) => missedCard(s, team, c)),
            }
          : null,
    };
  });
}
