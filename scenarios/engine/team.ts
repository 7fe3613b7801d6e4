// A new team's state before anyone joins: every card with its owner, meters at their start values.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { DecisionState, TeamState } from "../../shared/scenario/state.ts";

export interface TeamOptions {
  seed: number;
  teamId: string;
}

export function initialTeam(s: Scenario, opts: TeamOptions): TeamState {
  const decisions: Record<string, DecisionState> = {};
  for (const d of s.decisions) {
    decisions[d.id] = {
      status: "waiting",
      openedAt: null,
      preferences: {},
      chosen: null,
      decidedAt: null,
      decidedBy: null,
      knowledge: null,
      tableAt: [],
      missing: [],
      absent: [],
    };
  }
  return {
    teamId: opts.teamId,
    scenarioId: s.id,
    seed: opts.seed >>> 0,
    machine: "lobby",
    status: "lobby",
    now: 0,
    lastSeq: -1,
    startedAt: null,
    phase: null,
    phaseStartedAt: null,
    deadline: null,
    paused: null,
    members: {},
    away: {},
    cardOwner: Object.fromEntries(s.cards.map((c) => [c.id, c.owner])),
    cardText: {},
    table: [],
    meters: Object.fromEntries(s.meters.map((m) => [m.id, m.start])),
    pressure: 0,
    kennismaken: {},
    decisions,
    proposals: [],
    due: [],
    fired: {},
    contacts: {},
    feed: [],
    chat: [],
    outcome: null,
  };
}
