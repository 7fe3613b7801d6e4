// Fast jumps in a long replay: one fold keeps a copy of the team state every N entries, a jump folds on from the nearest.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { createTeam } from "./apply.ts";
import { type StepObserver, TeamDraft } from "./replay.ts";

/** The team state after the first `count` entries. */
interface Checkpoint {
  count: number;
  state: TeamState;
}

export interface ReplayIndex {
  /** The team's entries in log order (envelope only, as the engine reads them). */
  readonly entries: readonly LogEntry[];
  /** The state after the whole log. Shared: read it, never change it. */
  readonly final: TeamState;
  readonly checkpoints: number;
  /** How many entries have a seq at or below `seq`: the position in the log of that moment. */
  countAt(seq: number): number;
  /** A fresh copy of the state after every entry with a seq at or below `seq`. */
  stateAt(seq: number): TeamState;
}

/**
 * Chat lines and feed items are only ever appended, never changed after they are pushed, so a copy may share
 * them; every other part of the state is copied deeply. This keeps a copy cheap when a long class chatted a lot.
 */
export function copyTeam(team: TeamState): TeamState {
  const { chat, feed, ...rest } = team;
  const copy = structuredClone(rest) as TeamState;
  copy.chat = chat.slice();
  copy.feed = feed.slice();
  return copy;
}

/** Steps `team` (changed in place) through entries[from, to) with the engine's team draft: the rules of applyEvent. */
function foldOn(
  s: Scenario,
  team: TeamState,
  entries: readonly LogEntry[],
  from: number,
  to: number,
  observe?: StepObserver,
): TeamState {
  const draft = new TeamDraft(s, team);
  for (let i = from; i < to; i++) {
    const entry = entries[i] as LogEntry;
    const admitted = draft.step(entry);
    observe?.(entry, draft.team, admitted.ok);
  }
  return draft.team;
}

/** Folds a team's log once, keeping a checkpoint every `every` entries; `observe` sees every step of that fold. */
export function buildReplayIndex(
  s: Scenario,
  seed: number,
  teamId: string,
  entries: readonly LogEntry[],
  opts: { every?: number; observe?: StepObserver } = {},
): ReplayIndex {
  const every = Math.max(1, opts.every ?? 500);
  const start = createTeam(s, { seed, teamId });
  const checkpoints: Checkpoint[] = [{ count: 0, state: copyTeam(start) }];
  let team = start;
  for (let from = 0; from < entries.length; from += every) {
    const to = Math.min(entries.length, from + every);
    team = foldOn(s, team, entries, from, to, opts.observe);
    if (to < entries.length) checkpoints.push({ count: to, state: copyTeam(team) });
  }
  const final = team;
  const seqs = entries.map((e) => e.seq);

  const countAt = (seq: number) => {
    // Entries are in seq order: the first index whose seq is above `seq`.
    let lo = 0;
    let hi = seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((seqs[mid] as number) <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    entries,
    final,
    checkpoints: checkpoints.length,
    countAt,
    stateAt(seq) {
      const count = countAt(seq);
      if (count === entries.length) return copyTeam(final);
      const from = checkpoints[Math.floor(count / every)] as Checkpoint;
      return foldOn(s, copyTeam(from.state), entries, from.count, count);
    },
  };
}
