// Simulated classes: seeded bot teams that share each card with a probability, to show the hidden-profile curve.
import type { Scenario } from "../../shared/scenario/format.ts";
import { OUTCOME_LEVELS, type OutcomeLevel } from "../../shared/scenario/primitives.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { nextDeadline } from "./apply.ts";
import {
  availableOptions,
  callNeededContacts,
  decideAs,
  inPlayPhase,
  openDecision,
  share,
  startBots,
  type TeamSetup,
  unsharedHeld,
} from "./bots.ts";
import { playOut, tableCards } from "./knowledge.ts";
import { lookup, optionKey } from "./lookup.ts";
import { SYSTEM } from "./writer.ts";

export const MAX_SIMULATED_TEAMS = 10_000;

/** A small, fast, seeded generator (mulberry32): the same seed gives the same class. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SimulatedTeam {
  share: number;
  level: OutcomeLevel | null;
  outcome: string | null;
  /** Share of the critical cards in play that were on the table at the end (0–1). */
  pooled: number;
}

export interface LevelRow {
  level: OutcomeLevel;
  teams: number;
  meanPooled: number | null;
}

export interface SimulationRow {
  share: number;
  teams: number;
  levels: Record<OutcomeLevel, number>;
  meanPooled: number;
}

export interface Simulation {
  setup: string;
  rows: SimulationRow[];
  byLevel: LevelRow[];
  teams: SimulatedTeam[];
}

export function criticalPooled(s: Scenario, team: TeamState): number {
  const members = new Set(Object.values(team.members).map((m) => m.role));
  const inPlay = [...lookup(s).cards.values()].filter(
    (c) => c.marks.includes("critical") && !c.contact && members.has(team.cardOwner[c.id] ?? ""),
  );
  const onTable = tableCards(team);
  return inPlay.length === 0 ? 0 : inPlay.filter((c) => onTable.has(c.id)).length / inPlay.length;
}

/**
 * The team's choice: the best available option when the table holds everything it needs; otherwise the
 * solo option of a randomly chosen proposer's role, or (when that role has none) any available option.
 */
function choose(
  s: Scenario,
  w: ReturnType<typeof startBots>["w"],
  roles: string[],
  decisionId: string,
  rnd: () => number,
): string | null {
  const d = lookup(s).decisions.get(decisionId);
  const open = availableOptions(w, decisionId);
  if (!d || open.length === 0) return null;
  const onTable = tableCards(w.state);
  const informedBest = d.options.find(
    (o) => o.best && open.includes(o.id) && playOut(o, onTable).knowledge === "informed",
  );
  if (informedBest) return informedBest.id;
  const proposer = roles[Math.floor(rnd() * roles.length)] ?? "";
  const solo = d.solo[proposer];
  if (solo && open.includes(solo) && lookup(s).options.has(optionKey(decisionId, solo))) return solo;
  return open[Math.floor(rnd() * open.length)] ?? null;
}

function playTeam(s: Scenario, setup: TeamSetup, p: number, rnd: () => number, seed: number): SimulatedTeam {
  const { w, actors } = startBots(s, setup, seed);
  const rolled = new Set<string>();
  let contactsRolled = false;
  for (let guard = 0; guard < 2000 && w.state.status !== "ended"; guard++) {
    const open = openDecision(w);
    if (open && inPlayPhase(w)) {
      for (const a of actors)
        for (const card of unsharedHeld(w, a)) {
          if (rolled.has(card)) continue;
          rolled.add(card);
          if (rnd() < p) share(w, a, card);
        }
      if (!contactsRolled && actors[0]) {
        contactsRolled = true;
        if (rnd() < p) callNeededContacts(w, actors[0]);
      }
      const choice = choose(s, w, setup.roles, open, rnd);
      if (choice && decideAs(w, actors, open, choice) === null) continue;
    }
    const next = nextDeadline(s, w.state);
    if (next === null) break;
    w.t = Math.max(w.t, next);
    if (!w.send(SYSTEM, "timer.fire", {}).ok) break;
  }
  return {
    share: p,
    level: w.state.outcome?.level ?? null,
    outcome: w.state.outcome?.id ?? null,
    pooled: criticalPooled(s, w.state),
  };
}

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Plays `teams` bot teams at every share probability; bounded by MAX_SIMULATED_TEAMS in all. */
export function simulate(
  s: Scenario,
  setup: TeamSetup,
  shares: number[],
  teams: number,
  seed = 1,
): Simulation {
  const perShare = Math.max(1, Math.min(teams, Math.floor(MAX_SIMULATED_TEAMS / Math.max(1, shares.length))));
  const rnd = seededRandom(seed);
  const all: SimulatedTeam[] = [];
  const rows: SimulationRow[] = shares.map((p) => {
    const played = Array.from({ length: perShare }, (_, i) => playTeam(s, setup, p, rnd, seed + i));
    all.push(...played);
    const levels: Record<OutcomeLevel, number> = { good: 0, mixed: 0, bad: 0 };
    for (const t of played) if (t.level) levels[t.level] += 1;
    return { share: p, teams: played.length, levels, meanPooled: mean(played.map((t) => t.pooled)) ?? 0 };
  });
  const byLevel = OUTCOME_LEVELS.map((level) => {
    const at = all.filter((t) => t.level === level);
    return { level, teams: at.length, meanPooled: mean(at.map((t) => t.pooled)) };
  });
  return { setup: setup.label, rows, byLevel, teams: all };
}
