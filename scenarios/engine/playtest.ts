// Bot playtest: three strategies take every decision path (bounded) and prove that only pooling wins.
import type { Scenario } from "../../shared/scenario/format.ts";
import { OUTCOME_LEVELS, type OutcomeLevel } from "../../shared/scenario/primitives.ts";
import type { Knowledge } from "../../shared/scenario/state.ts";
import { nextDeadline } from "./apply.ts";
import { type AuthorText, msg } from "./author-text.ts";
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
import type { PathIssue } from "./issues.ts";
import {
  coverageWarnings,
  mmss,
  pathProblems,
  profileFindings,
  runFindings,
  staticWarnings,
} from "./playtest-findings.ts";
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
  /** The optional role left out of this set-up, or null for a full team. */
  missing: string | null;
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
  problem: AuthorText | null;
}

export interface StrategySummary {
  setup: string;
  teamSize: number;
  missing: string | null;
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
  /** Each with the place in the file it is about; parse.ts's locateIssues gives it a line and column. */
  errors: PathIssue[];
  warnings: PathIssue[];
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
  problem: AuthorText | null,
): PathResult {
  const st = b.w.state;
  return {
    setup: setup.label,
    missing: setup.missing,
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
    const finish = (problem: AuthorText | null) => paths.push(pathOf(s, setup, strategy, b, problem));
    for (let guard = 0; ; guard++) {
      const st = b.w.state;
      if (st.status === "ended") {
        finish(
          b.w.t > total ? msg("authoring.play.tooLong", { end: mmss(b.w.t), limit: mmss(total) }) : null,
        );
        break;
      }
      if (guard > 1000) {
        finish(msg("authoring.play.stuck"));
        break;
      }
      const open = openDecision(b.w, b.expire);
      if (open && strategy === "pool" && inPlayPhase(b.w) && pool(b, actors)) continue;
      if (open && strategy === "guess") {
        const choice = longestLabel(b.w, open);
        const refused = choice ? decideAs(b.w, actors, open, choice) : null;
        const problem = !choice
          ? msg("authoring.play.noOption", { decision: open })
          : refused
            ? msg("authoring.play.refused", { reason: refused })
            : null;
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
          if (problem)
            paths.push(pathOf(s, setup, strategy, fork, msg("authoring.play.refused", { reason: problem })));
          else stack.push(fork);
        }
        break;
      }
      const next = nextDeadline(s, st);
      if (next === null) {
        finish(msg("authoring.play.deadEnd"));
        break;
      }
      b.w.t = Math.max(b.w.t, next);
      const fired = b.w.send(SYSTEM, "timer.fire", {});
      if (!fired.ok) {
        finish(msg("authoring.play.refused", { reason: `timer.fire ${fired.reason}` }));
        break;
      }
    }
  }
  return { paths, truncated: false };
}

export function playtest(s: Scenario, maxPathsPerRun = 3000): PlaytestReport {
  const profile = profileFindings(s);
  const errors = [...profile.errors];
  const warnings = [...profile.warnings, ...staticWarnings(s)];
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
        teamSize: setup.roles.length,
        missing: setup.missing,
        strategy,
        paths: run.paths.length,
        levels,
        truncated: run.truncated,
      });
      const found = runFindings(s, { setup, strategy, ...run, bestLevel, max: maxPathsPerRun });
      errors.push(...found.errors);
      warnings.push(...found.warnings);
    }
  }
  errors.push(...pathProblems(s, paths));
  warnings.push(...coverageWarnings(s, paths));
  return { bestLevel, summary, paths, truncated: summary.some((x) => x.truncated), errors, warnings };
}
