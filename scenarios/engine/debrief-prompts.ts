// The guided debrief of one team: facts from its own log, ordered as a short debrief (reactions, what happened,
// analysis, take-away), that the client words as advocacy–inquiry prompts. Ids only here: the words are the client's.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { OutcomeLevel } from "../../shared/scenario/primitives.ts";
import type { Knowledge, Member, TeamState } from "../../shared/scenario/state.ts";
import { holds } from "./conditions.ts";
import { lookup } from "./lookup.ts";
import type { Timeline } from "./timeline.ts";

export const DEBRIEF_STAGES = ["reactions", "happened", "analysis", "takeaway"] as const;
export type DebriefStage = (typeof DEBRIEF_STAGES)[number];

/** Who had a card: a role of the team, or the outside contact that would have given it. */
export type Holder = { kind: "role"; role: string } | { kind: "contact"; contactId: string };

export type PromptFact =
  | { kind: "outcome"; outcomeId: string; level: OutcomeLevel }
  | { kind: "noOutcome" }
  /** A card the decision's options rest on reached the table only after the team had decided. */
  | { kind: "lateCard"; cardId: string; holder: Holder; decisionId: string }
  /** A critical card in play that never reached the table. */
  | { kind: "neverShared"; cardId: string; holder: Holder }
  /** The time ran out (or the facilitator moved the team on) before the team chose. */
  | { kind: "timeout"; decisionId: string; optionId: string }
  /**
   * The team chose without cards: those its own choice needed (`for: "chosen"`), or, for a choice that needed
   * nothing, those the best option needed (`for: "best"`, with that option for the facilitator's eyes).
   */
  | {
      kind: "chosenWithout";
      decisionId: string;
      optionId: string;
      knowledge: Knowledge | null;
      missing: { cardId: string; holder: Holder | null }[];
      for: "chosen" | "best";
      bestOptionId: string | null;
    }
  /** The team chose the best option with everything it needed on the table. */
  | { kind: "informed"; decisionId: string; optionId: string; cardIds: string[] }
  /** A player's private preference before the discussion differed from what the team decided. */
  | {
      kind: "shift";
      decisionId: string;
      playerId: string;
      role: string;
      before: string;
      after: string;
      /** Their vote on the accepted proposal: agreed, disagreed, or did not vote (null). */
      agreed: boolean | null;
    }
  | { kind: "question"; questionId: string }
  | { kind: "goal"; goalId: string };

export interface DebriefPrompt {
  stage: DebriefStage;
  fact: PromptFact;
  /** The moment the prompt is about, to jump the replay to; null when it is about no one moment. */
  seq: number | null;
}

const STAGE_OF: Record<PromptFact["kind"], DebriefStage> = {
  outcome: "reactions",
  noOutcome: "reactions",
  lateCard: "happened",
  neverShared: "happened",
  timeout: "happened",
  chosenWithout: "analysis",
  informed: "analysis",
  shift: "analysis",
  question: "analysis",
  goal: "takeaway",
};

function holderOf(s: Scenario, team: TeamState, cardId: string): Holder | null {
  const card = lookup(s).cards.get(cardId);
  if (card?.contact) return { kind: "contact", contactId: card.contact };
  const role = team.cardOwner[cardId];
  return role ? { kind: "role", role } : null;
}

/** Players in the scenario's role order (the order the roles are introduced in), then by when they joined. */
const byRole = (s: Scenario) => {
  const rank = (m: Member) => s.roles.findIndex((r) => r.id === m.role);
  return (a: Member, b: Member) =>
    rank(a) - rank(b) ||
    a.joinedAt - b.joinedAt ||
    (a.playerId < b.playerId ? -1 : a.playerId > b.playerId ? 1 : 0);
};

/**
 * The prompts for one team, in debrief order; within a stage, in the order things happened. Each kind of
 * log-based prompt is capped at `perKind` (the earliest kept), so the guide stays a short conversation.
 */
export function debriefPrompts(
  s: Scenario,
  timeline: Timeline,
  opts: { perKind?: number } = {},
): DebriefPrompt[] {
  const perKind = opts.perKind ?? 3;
  const team = timeline.index.final;
  const decidedSeq = new Map<string, number>();
  for (const m of timeline.moments)
    if (m.kind === "decision" && !decidedSeq.has(m.decisionId)) decidedSeq.set(m.decisionId, m.seq);
  const decided = s.decisions
    .map((d) => ({ d, ds: team.decisions[d.id] }))
    .filter((x) => x.ds?.status === "decided" && x.ds.chosen !== null)
    .sort((a, b) => (decidedSeq.get(a.d.id) ?? 0) - (decidedSeq.get(b.d.id) ?? 0));
  const out: DebriefPrompt[] = [];
  const push = (fact: PromptFact, seq: number | null) => out.push({ stage: STAGE_OF[fact.kind], fact, seq });

  // Reactions: how it ended for them.
  if (team.outcome) {
    const ended = timeline.moments.find((m) => m.kind === "outcome");
    push({ kind: "outcome", outcomeId: team.outcome.id, level: team.outcome.level }, ended?.seq ?? null);
  } else push({ kind: "noOutcome" }, null);

  // What happened: cards that came too late for a decision that rested on them, cards never shared, timeouts.
  const late: DebriefPrompt[] = [];
  for (const card of team.table) {
    const missed = decided.find(
      ({ d, ds }) =>
        !ds?.tableAt.includes(card.cardId) &&
        (ds?.decidedAt ?? Number.POSITIVE_INFINITY) <= card.t &&
        d.options.some((o) => o.needs.includes(card.cardId)),
    );
    const holder = holderOf(s, team, card.cardId);
    if (!missed || !holder) continue;
    late.push({
      stage: "happened",
      fact: { kind: "lateCard", cardId: card.cardId, holder, decisionId: missed.d.id },
      seq: card.seq,
    });
  }
  out.push(...late.slice(0, perKind));
  const onTable = new Set(team.table.map((x) => x.cardId));
  const never = timeline.critical
    .filter((id) => !onTable.has(id))
    .flatMap((cardId) => {
      const holder = holderOf(s, team, cardId);
      return holder ? [{ kind: "neverShared" as const, cardId, holder }] : [];
    });
  for (const fact of never.slice(0, perKind)) push(fact, null);
  const timeouts = decided.filter(({ ds }) => ds?.decidedBy === "timeout" || ds?.decidedBy === "host");
  for (const { d, ds } of timeouts.slice(0, perKind))
    push({ kind: "timeout", decisionId: d.id, optionId: ds?.chosen ?? "" }, decidedSeq.get(d.id) ?? null);

  // Analysis: what they chose with what on the table, and whose mind moved; then the scenario's own questions.
  const chosenByTeam = decided.filter(({ ds }) => ds?.decidedBy === "team" || ds?.decidedBy === "regisseur");
  const without: DebriefPrompt[] = [];
  const informed: DebriefPrompt[] = [];
  for (const { d, ds } of chosenByTeam) {
    if (!ds?.chosen) continue;
    const chosen = d.options.find((o) => o.id === ds.chosen);
    const seq = decidedSeq.get(d.id) ?? null;
    const best = d.options.find((o) => o.best && holds(team, o.available)) ?? d.options.find((o) => o.best);
    const atTable = new Set(ds.tableAt);
    // What was not on the table: for the chosen option itself, or else for the best option the team passed over.
    const gap: { cards: readonly string[]; for: "chosen" | "best" } | null =
      ds.missing.length > 0
        ? { cards: ds.missing, for: "chosen" }
        : best && !chosen?.best && best.needs.some((c) => !atTable.has(c))
          ? { cards: best.needs.filter((c) => !atTable.has(c)), for: "best" }
          : null;
    if (gap)
      without.push({
        stage: "analysis",
        fact: {
          kind: "chosenWithout",
          decisionId: d.id,
          optionId: ds.chosen,
          knowledge: ds.knowledge,
          missing: gap.cards.map((cardId) => ({ cardId, holder: holderOf(s, team, cardId) })),
          for: gap.for,
          bestOptionId: best && best.id !== ds.chosen ? best.id : null,
        },
        seq,
      });
    else if (chosen?.best && ds.knowledge === "informed" && chosen.needs.length > 0)
      informed.push({
        stage: "analysis",
        fact: { kind: "informed", decisionId: d.id, optionId: ds.chosen, cardIds: [...chosen.needs] },
        seq,
      });
  }
  out.push(...without.slice(0, perKind), ...informed.slice(0, perKind));
  const shifts: DebriefPrompt[] = [];
  for (const { d, ds } of chosenByTeam) {
    if (!ds?.chosen) continue;
    const accepted = team.proposals.find((p) => p.decisionId === d.id && p.status === "accepted");
    for (const m of Object.values(team.members).sort(byRole(s))) {
      const before = ds.preferences[m.playerId];
      if (!before || before === ds.chosen) continue;
      const vote = accepted?.votes[m.playerId];
      shifts.push({
        stage: "analysis",
        fact: {
          kind: "shift",
          decisionId: d.id,
          playerId: m.playerId,
          role: m.role,
          before,
          after: ds.chosen,
          agreed: vote === undefined ? null : vote,
        },
        seq: decidedSeq.get(d.id) ?? null,
      });
    }
  }
  out.push(...shifts.slice(0, perKind));
  for (const q of s.debriefQuestions) push({ kind: "question", questionId: q.id }, null);

  // Take-away: the scenario's learning goals.
  for (const g of s.learningGoals) push({ kind: "goal", goalId: g.id }, null);

  // Stage order first; inside a stage, the moment (prompts about no one moment after those about one), then as built.
  const rank = (p: DebriefPrompt) => DEBRIEF_STAGES.indexOf(p.stage);
  const fixed = (p: DebriefPrompt) => p.fact.kind === "question" || p.fact.kind === "goal";
  return out
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        rank(a.p) - rank(b.p) ||
        Number(fixed(a.p)) - Number(fixed(b.p)) ||
        (fixed(a.p) ? 0 : (a.p.seq ?? Number.MAX_SAFE_INTEGER) - (b.p.seq ?? Number.MAX_SAFE_INTEGER)) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}
