// Folds a log back into state: the same scenario, seed and log always give the same state.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { admit } from "./admit.ts";
import { createTeam, stringToValue, valueToString } from "./apply.ts";
import { compile } from "./compile.ts";

export interface ReplayOptions {
  untilSeq?: number;
  untilT?: number;
  teamId?: string;
}

/** Called after every entry with the state it produced (the state object is reused: read, don't keep). */
export type StepObserver = (entry: LogEntry, state: TeamState, accepted: boolean) => void;

/**
 * A team's private draft, stepped with the machine's own transition and a reused inert scope: the same rules as
 * applyEvent, without cloning the state at every step. Folds (a team's, or a whole session's) use it.
 */
export class TeamDraft {
  private readonly compiled;
  private snapshot;

  /** Steps on from `start`, which it changes in place (pass a copy to keep the original). */
  constructor(
    private readonly s: Scenario,
    start: TeamState,
  ) {
    this.compiled = compile(s);
    this.snapshot = this.compiled.machine.resolveState({
      value: stringToValue(start.machine),
      context: { scenario: s, team: start },
    });
  }

  static fresh(s: Scenario, seed: number, teamId: string): TeamDraft {
    return new TeamDraft(s, createTeam(s, { seed, teamId }));
  }

  /** The draft's state; it changes with every step, so read it and do not keep it. */
  get team(): TeamState {
    return this.snapshot.context.team;
  }

  step(entry: unknown): ReturnType<typeof admit> {
    const admitted = admit(this.s, this.snapshot.context.team, entry);
    if (!admitted.ok) return admitted;
    const team = this.snapshot.context.team;
    team.now = admitted.event.t;
    team.lastSeq = admitted.event.seq;
    this.snapshot = this.compiled.machine.transition(this.snapshot, admitted.event, this.compiled.scope);
    this.snapshot.context.team.machine = valueToString(this.snapshot.value);
    return admitted;
  }
}

export function fold(
  s: Scenario,
  seed: number,
  entries: readonly LogEntry[],
  opts: ReplayOptions = {},
  observe?: StepObserver,
): TeamState {
  const draft = TeamDraft.fresh(s, seed, opts.teamId ?? "");
  for (const entry of entries) {
    if (opts.untilSeq !== undefined && entry.seq > opts.untilSeq) break;
    if (opts.untilT !== undefined && entry.t > opts.untilT) break;
    const admitted = draft.step(entry);
    observe?.(entry, draft.team, admitted.ok);
  }
  return draft.team;
}

export function replay(
  s: Scenario,
  seed: number,
  entries: readonly LogEntry[],
  opts: ReplayOptions = {},
): TeamState {
  return fold(s, seed, entries, opts);
}
