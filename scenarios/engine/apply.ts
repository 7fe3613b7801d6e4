// The engine's stepping API: a new team, one log entry applied (or refused with a reason), the next deadline.
import { initialTransition, type StateValue, transition } from "xstate";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { RejectionCode } from "../../shared/scenario/rejections.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { graceEnds } from "./absence.ts";
import { admit } from "./admit.ts";
import { compile } from "./compile.ts";
import { initialTeam, type TeamOptions } from "./team.ts";

export type ApplyResult = { ok: true; state: TeamState } | { ok: false; reason: RejectionCode };

export function valueToString(value: StateValue): string {
  if (typeof value === "string") return value;
  const [key, child] = Object.entries(value)[0] ?? ["", ""];
  return child === undefined ? key : `${key}.${valueToString(child as StateValue)}`;
}

export function stringToValue(machine: string): StateValue {
  const [head = "lobby", ...rest] = machine.split(".");
  return rest.length === 0 ? head : { [head]: stringToValue(rest.join(".")) };
}

export function createTeam(s: Scenario, opts: TeamOptions): TeamState {
  const [snapshot] = initialTransition(compile(s).machine, { scenario: s, team: initialTeam(s, opts) });
  const team = snapshot.context.team;
  team.machine = valueToString(snapshot.value);
  return team;
}

/** A deep copy the step may change freely, so the caller's state stays exactly as it was. */
export function cloneTeam(team: TeamState): TeamState {
  return structuredClone(team);
}

/** Pure: the given state is never changed; a bad entry gives a reason, never an exception. */
export function applyEvent(s: Scenario, state: TeamState, entry: LogEntry | unknown): ApplyResult {
  try {
    const admitted = admit(s, state, entry);
    if (!admitted.ok) return admitted;
    const { machine } = compile(s);
    const draft = cloneTeam(state);
    draft.now = admitted.event.t;
    draft.lastSeq = admitted.event.seq;
    const snapshot = machine.resolveState({
      value: stringToValue(state.machine),
      context: { scenario: s, team: draft },
    });
    const [next] = transition(machine, snapshot, admitted.event);
    const team = next.context.team;
    team.machine = valueToString(next.value);
    return { ok: true, state: team };
  } catch {
    // Only a broken engine invariant lands here; the entry is refused rather than crashing the room.
    return { ok: false, reason: "invalid_entry" };
  }
}

/**
 * When the server must feed the next timer.fire: a phase deadline, a timed inject, or the end of an absent
 * member's grace (so a vote that waited for them settles then), whichever is first.
 */
export function nextDeadline(s: Scenario, state: TeamState): number | null {
  if (state.status !== "playing" || state.paused) return null;
  let next = state.deadline;
  for (const d of state.due) if (next === null || d.at < next) next = d.at;
  for (const at of graceEnds(s, state)) if (next === null || at < next) next = at;
  return next;
}
