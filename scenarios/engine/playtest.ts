// Bot playtest: three strategies take every decision path (bounded) and prove that only pooling wins.
import type { Scenario } from "../../shared/scenario/format.ts";
import { OUTCOME_LEVELS, type OutcomeLevel } from "../../shared/scenario/primitives.ts";
import type { Knowledge } from "../../shared/scenario/state.ts";
import { nextDeadline } from "./apply.ts";
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
  teamSetups,
  unsharedHeld,
} from "./bots.ts";
import { checkHiddenProfile } from "./hidden-profile.ts";
import { type LogWriter, SYSTEM } from "./writer.ts";

/**
 * pool: share every card (and call the contacts whose cards an option needs) before each decision;
 * silent: share nothing; guess: share nothing and always take the longest option label.
 * pool and silent try every option and the timeout at every decision; guess plays one path.
 */
export const STRATEGIES = ["pool", "silent", "guess"] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface PathResult {
  setup: string;
  teamSize: number;
  strategy: Strategy;
  choices: string[];
  /** Per decision taken, in order: how the choice played out. */
  knowledge: Knowledge[];
  outcome: string | null;
  level: OutcomeLevel | null;
  endT: number;
  meters: Record<string, number>;
  fired: string[];
  problem: string | null;
}

export interface StrategySummary {
  setup: string;
  strategy: Strategy;
  paths: number;
  levels: Record<OutcomeLevel, number>;
  truncated: boolean;
}

export interface PlaytestReport {
  /** The highest outcome level the scenario has: what silent and guessing teams must never reach. */
  bestLevel: OutcomeLevel;
  summary: StrategySummary[];
  paths: PathResult[];
  truncated: boolean;
  errors: string[];
  warnings: string[];
}

interface Branch {
  w: LogWriter;
  choices: string[];
  expire: Set<string>;
}

const emptyLevels = (): Record<OutcomeLevel, number> => ({ good: 0, mixed: 0, bad: 0 });

function pathOf(
  s: Scenario,
  setup: TeamSetup,
  strategy: Strategy,
  b: Branch,
  problem: string | null,
): PathResult {
  const st = b.w.state;
  return {
    setup: setup.label,
    teamSize: setup.roles.length,
    strategy,
    choices: b.choices,
    knowledge: s.decisions.flatMap((d) => {
      const k = st.decisions[d.id]?.knowledge;
      return k ? [k] : [];
    }),
    outcome: st.outcome?.id ?? null,
    level: st.outcome?.level ?? null,
    endT: b.w.t,
    meters: { ...st.meters },
    fired: Object.keys(st.fired),
    problem,
  };
}

/** Pooling bots put everything they have on the table, and call the contacts that hold needed cards. */
function pool(b: Branch, actors: ReturnType<typeof startBots>["actors"]): boolean {
  let acted = false;
  for (const a of actors) {
    for (const card of unsharedHeld(b.w, a)) acted = share(b.w, a, card) || acted;
  }
  const [first] = actors;
  if (first && callNeededContacts(b.w, first)) acted = true;
  return acted;
}

function explore(
  s: Scenario,
  setup: TeamSetup,
  strategy: Strategy,
  limit: number,
): { paths: PathResult[]; truncated: boolean } {
  const total = s.phases.reduce((sum, p) => sum + p.duration, 0);
  const { w, actors } = startBots(s, setup);
  const paths: PathResult[] = [];
  const stack: Branch[] = [{ w, choices: [], expire: new Set() }];
  while (stack.length > 0) {
    if (paths.length >= limit) return { paths, truncated: true };
    const b = stack.pop() as Branch;
    const finish = (problem: string | null) => paths.push(pathOf(s, setup, strategy, b, problem));
    for (let guard = 0; ; guard++) {
      const st = b.w.state;
      if (st.status === "ended") {
        finish(b.w.t > total ? `ends at ${b.w.t} ms, after the time limit of ${total} ms` : null);
        break;
      }
      if (guard > 1000) {
        finish("no progress after 1000 steps");
        break;
      }
      const open = openDecision(b.w, b.expire);
      if (open && strategy === "pool" && inPlayPhase(b.w) && pool(b, actors)) continue;
      if (open && strategy === "guess") {
        const choice = longestLabel(b.w, open);
        const problem = choice ? decideAs(b.w, actors, open, choice) : `no option of ${open} is available`;
        b.choices.push(`${open}-${choice}`);
        if (problem) {
          finish(problem);
          break;
        }
        continue;
      }
      if (open) {
        for (const choice of [...availableOptions(b.w, open), "timeout"].reverse()) {
          const fork: Branch = { w: b.w.fork(), choices: [...b.choices], expire: new Set(b.expire) };
          if (choice === "timeout") {
            fork.expire.add(open);
            fork.choices.push(`${open}:⏱`);
            stack.push(fork);
            continue;
          }
          const problem = decideAs(fork.w, actors, open, choice);
          fork.choices.push(`${open}-${choice}`);
          if (problem) paths.push(pathOf(s, setup, strategy, fork, problem));
          else stack.push(fork);
        }
        break;
      }
      const next = nextDeadline(s, st);
      if (next === null) {
        finish("dead end: the game has not ended and nothing is due");
        break;
      }
      b.w.t = Math.max(b.w.t, next);
      const fired = b.w.send(SYSTEM, "timer.fire", {});
      if (!fired.ok) {
        finish(`timer.fire refused: ${fired.reason}`);
        break;
      }
    }
  }
  return { paths, truncated: false };
}

function staticWarnings(s: Scenario): string[] {
  const out: string[] = [];
  for (const d of s.decisions)
    for (const o of d.options)
      if (Object.keys(o.effects).length === 0 && !o.consequence)
        out.push(
          `option ${d.id}-${o.id} has neither effects nor a consequence: choosing it changes nothing and says nothing`,
        );
  const minutes = s.phases.reduce((sum, p) => sum + p.duration, 0) / 60_000;
  if (minutes !== s.durationMinutes)
    out.push(`the phases last ${minutes} minutes in all, but durationMinutes says ${s.durationMinutes}`);
  return out;
}

export function playtest(s: Scenario, maxPathsPerRun = 3000): PlaytestReport {
  const profile = checkHiddenProfile(s);
  const errors = profile.filter((f) => f.teamSize === 3).map((f) => f.message);
  const warnings = [...profile.filter((f) => f.teamSize === 2).map((f) => f.message), ...staticWarnings(s)];
  const bestLevel = OUTCOME_LEVELS.find((l) => s.outcomes.some((o) => o.level === l)) ?? "good";
  const paths: PathResult[] = [];
  const summary: StrategySummary[] = [];
  for (const setup of teamSetups(s)) {
    for (const strategy of STRATEGIES) {
      const run = explore(s, setup, strategy, maxPathsPerRun);
      paths.push(...run.paths);
      const levels = emptyLevels();
      for (const p of run.paths) if (p.level) levels[p.level] += 1;
      summary.push({
        setup: setup.label,
        strategy,
        paths: run.paths.length,
        levels,
        truncated: run.truncated,
      });
      const wins = run.paths.filter((p) => p.level === bestLevel);
      const bounded = run.truncated
        ? ` (of the first ${run.paths.length} paths; the rest were not played)`
        : "";
      if (strategy !== "pool" && wins.length > 0)
        errors.push(
          `${setup.label}, ${strategy}: ${wins.length} path(s) reach the best outcome level "${bestLevel}" without pooling, e.g. ${wins[0]?.choices.join(" ")} → ${wins[0]?.outcome}`,
        );
      if (strategy === "pool" && wins.length === 0)
        errors.push(
          `${setup.label}, pool: no path reaches "${bestLevel}" even when the team shares everything${bounded}`,
        );
      if (run.truncated) warnings.push(`${setup.label}, ${strategy}: stopped at ${maxPathsPerRun} paths`);
    }
  }
  for (const p of paths)
    if (p.problem) errors.push(`${p.setup}, ${p.strategy}: ${p.choices.join(" ")}: ${p.problem}`);
  const reached = new Set(paths.map((p) => p.outcome));
  for (const o of s.outcomes) if (!reached.has(o.id)) warnings.push(`no bot path reaches outcome ${o.id}`);
  const fired = new Set(paths.flatMap((p) => p.fired));
  for (const i of s.injects)
    if (!i.manual && !fired.has(i.id)) warnings.push(`inject ${i.id} fires in no bot path`);
  return { bestLevel, summary, paths, truncated: summary.some((x) => x.truncated), errors, warnings };
}
