// Folds a log back into state: the same scenario, seed and log always give the same state.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { admit } from "./admit.ts";
import { createTeam, valueToString } from "./apply.ts";
import { compile } from "./compile.ts";

export interface ReplayOptions {
  untilSeq?: number;
  untilT?: number;
  teamId?: string;
}

/** Called after every entry with the state it produced (the state object is reused: read, don't keep). */
export type StepObserver = (entry: LogEntry, state: TeamState, accepted: boolean) => void;

/**
 * One private draft is stepped through the whole log with the machine's own transition and a reused
 * inert scope: the same rules as applyEvent, without cloning the state at every step.
 */
export function fold(
  s: Scenario,
  seed: number,
  entries: readonly LogEntry[],
  opts: ReplayOptions = {},
  observe?: StepObserver,
): TeamState {
  const { machine, scope } = compile(s);
  const start = createTeam(s, { seed, teamId: opts.teamId ?? "" });
  let snapshot = machine.resolveState({ value: "lobby", context: { scenario: s, team: start } });
  for (const entry of entries) {
    if (opts.untilSeq !== undefined && entry.seq > opts.untilSeq) break;
    if (opts.untilT !== undefined && entry.t > opts.untilT) break;
    const admitted = admit(s, snapshot.context.team, entry);
    if (admitted.ok) {
      const team = snapshot.context.team;
      team.now = admitted.event.t;
      team.lastSeq = admitted.event.seq;
      snapshot = machine.transition(snapshot, admitted.event, scope);
      snapshot.context.team.machine = valueToString(snapshot.value);
    }
    observe?.(entry, snapshot.context.team, admitted.ok);
  }
  return snapshot.context.team;
}

export function replay(
  s: Scenario,
  seed: number,
  entries: readonly LogEntry[],
  opts: ReplayOptions = {},
): TeamState {
  return fold(s, seed, entries, opts);
}
