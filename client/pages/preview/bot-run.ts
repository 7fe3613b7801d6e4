// "Bots spelen": a whole game played by bots at once, with one strategy, told as the steps a facilitator would
// see: each phase, each card that reached the table, each contact called, each inject, each decision and how it
// played out, and the outcome. The strategies are the playtest's (scenarios/engine/playtest.ts), each on one path:
// pool shares everything and calls the contacts an option needs, then takes the best open option; silent shares
// nothing and takes the proposer's solo idea; guess shares nothing and takes the longest label.
import { nextDeadline } from "../../../scenarios/engine/apply.ts";
import {
  availableOptions,
  callNeededContacts,
  decideAs,
  inPlayPhase,
  longestLabel,
  openDecision,
  share,
  startBots,
  type TeamSetup,
  unsharedHeld,
} from "../../../scenarios/engine/bots.ts";
import { lookup } from "../../../scenarios/engine/lookup.ts";
import { type LogWriter, SYSTEM } from "../../../scenarios/engine/writer.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import type { Knowledge, TeamState } from "../../../shared/scenario/state.ts";

export const BOT_STRATEGIES = ["pool", "silent", "guess"] as const;
export type BotStrategy = (typeof BOT_STRATEGIES)[number];

export type BotStep =
  | { kind: "phase"; t: number; phase: string }
  | { kind: "card"; t: number; cardId: string; text: string; by: string }
  | { kind: "inject"; t: number; injectId: string; text: string }
  | {
      kind: "decision";
      t: number;
      decisionId: string;
      question: string;
      option: string;
      timeout: boolean;
      knowledge: Knowledge | null;
    }
  | { kind: "outcome"; t: number; title: string; level: string; text: string };

export type BotRun = { steps: BotStep[]; state: TeamState; problem: string | null };

/** A card's text as the team reads it (a variant may have changed it), else as the scenario writes it. */
export const cardText = (s: Scenario, team: TeamState, cardId: string) =>
  team.cardText[cardId] ?? lookup(s).cards.get(cardId)?.text ?? cardId;

/** What changed from one state to the next, as steps. */
function stepsBetween(s: Scenario, before: TeamState, after: TeamState, t: number): BotStep[] {
  const l = lookup(s);
  const steps: BotStep[] = [];
  if (after.phase && after.phase !== before.phase)
    steps.push({ kind: "phase", t, phase: l.phases.get(after.phase)?.phase.name ?? after.phase });
  for (const card of after.table.slice(before.table.length))
    steps.push({ kind: "card", t, cardId: card.cardId, text: cardText(s, after, card.cardId), by: card.by });
  for (const id of Object.keys(after.fired))
    if (!Object.hasOwn(before.fired, id))
      steps.push({ kind: "inject", t, injectId: id, text: l.injects.get(id)?.text ?? id });
  for (const d of s.decisions) {
    const now = after.decisions[d.id];
    if (now?.status !== "decided" || before.decisions[d.id]?.status === "decided") continue;
    const option = d.options.find((o) => o.id === now.chosen);
    steps.push({
      kind: "decision",
      t,
      decisionId: d.id,
      question: d.question,
      option: option?.text ?? "",
      timeout: now.decidedBy === "timeout",
      knowledge: now.knowledge ?? null,
    });
  }
  if (after.outcome && !before.outcome)
    steps.push({
      kind: "outcome",
      t,
      title: after.outcome.title,
      level: after.outcome.level,
      text: after.outcome.text,
    });
  return steps;
}

function choose(
  w: LogWriter,
  strategy: BotStrategy,
  decisionId: string,
  proposerRole: string,
): string | null {
  const open = availableOptions(w, decisionId);
  if (strategy === "guess") return longestLabel(w, decisionId);
  const d = lookup(w.scenario).decisions.get(decisionId);
  if (strategy === "pool")
    return d?.options.find((o) => o.best && open.includes(o.id))?.id ?? open[0] ?? null;
  const solo = d?.solo[proposerRole];
  return solo && open.includes(solo) ? solo : (open[0] ?? null);
}

/** Plays the game to its end (or to a dead end, said in `problem`), recording each step. */
export function runBots(s: Scenario, setup: TeamSetup, strategy: BotStrategy, seed = 1): BotRun {
  const { w, actors } = startBots(s, setup, seed);
  const steps: BotStep[] = [];
  let mark = w.state;
  /** Records what changed since the last look. */
  const flush = () => {
    steps.push(...stepsBetween(s, mark, w.state, w.t));
    mark = w.state;
  };
  const first = w.state.phase;
  if (first) steps.push({ kind: "phase", t: 0, phase: lookup(s).phases.get(first)?.phase.name ?? first });
  let problem: string | null = null;
  for (let guard = 0; w.state.status !== "ended"; guard++) {
    if (guard > 1000) {
      problem = "stuck";
      break;
    }
    const open = openDecision(w);
    if (open && inPlayPhase(w)) {
      if (strategy === "pool") {
        for (const a of actors) for (const card of unsharedHeld(w, a)) share(w, a, card);
        if (actors[0]) callNeededContacts(w, actors[0]);
        // The table first, then what the decision set off (the next phase among it).
        flush();
      }
      const proposer = actors[0];
      const choice = choose(w, strategy, open, proposer?.kind === "player" ? proposer.role : "");
      const decided = choice !== null && decideAs(w, actors, open, choice) === null;
      flush();
      if (decided) continue;
    }
    const next = nextDeadline(s, w.state);
    if (next === null) {
      problem = "deadEnd";
      break;
    }
    w.t = Math.max(w.t, next);
    if (!w.send(SYSTEM, "timer.fire", {}).ok) {
      problem = "refused";
      break;
    }
    flush();
  }
  return { steps, state: w.state, problem };
}
