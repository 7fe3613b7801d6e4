// The one setup() catalogue: every guard and action a compiled scenario may name, and nothing else.
import { assign, setup } from "xstate";
import type { CommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import type { EngineEvent } from "./events.ts";
import { enterPhase, finishGame, isUnsettled, leavePhase, phaseDone, settle } from "./flow.ts";
import { HANDLERS } from "./handlers.ts";

/** The scenario rides along in the context by reference; only `team` is state. */
export interface EngineContext {
  scenario: Scenario;
  team: TeamState;
}

type AnyHandler = (s: Scenario, team: TeamState, e: EngineEvent) => void;

/** Handlers mutate the step's private draft; assign then publishes it as the new context. */
function handle({ context, event }: { context: EngineContext; event: EngineEvent }) {
  (HANDLERS[event.type] as AnyHandler)(context.scenario, context.team, event);
  return { team: context.team };
}

export const catalogue = setup({
  types: {
    context: {} as EngineContext,
    events: {} as EngineEvent,
    input: {} as EngineContext,
  },
  guards: {
    deadlineReached: ({ context: { team } }) => team.deadline !== null && team.now >= team.deadline,
    phaseDone: ({ context }) => phaseDone(context.scenario, context.team),
    unsettled: ({ context }) => isUnsettled(context.scenario, context.team),
  },
  actions: {
    join: assign(handle),
    leave: assign(handle),
    connection: assign(handle),
    introduce: assign(handle),
    shareCard: assign(handle),
    recordPreference: assign(handle),
    makeProposal: assign(handle),
    castVote: assign(handle),
    confirmDecision: assign(handle),
    say: assign(handle),
    requestContact: assign(handle),
    fireDueInjects: assign(handle),
    startGame: assign(handle),
    pause: assign(handle),
    resume: assign(handle),
    extend: assign(handle),
    advance: assign(handle),
    injectByHost: assign(handle),
    message: assign(handle),
    end: assign(handle),
    enterPhase: assign(({ context }, params: { phase: string }) => {
      enterPhase(context.scenario, context.team, params.phase);
      return { team: context.team };
    }),
    leavePhase: assign(({ context }) => {
      leavePhase(context.scenario, context.team);
      return { team: context.team };
    }),
    finishGame: assign(({ context }) => {
      finishGame(context.scenario, context.team);
      return { team: context.team };
    }),
    settle: assign(({ context }) => {
      settle(context.scenario, context.team);
      return { team: context.team };
    }),
  },
});

export type CatalogueAction =
  | "join"
  | "leave"
  | "connection"
  | "introduce"
  | "shareCard"
  | "recordPreference"
  | "makeProposal"
  | "castVote"
  | "confirmDecision"
  | "say"
  | "requestContact"
  | "fireDueInjects"
  | "startGame"
  | "pause"
  | "resume"
  | "extend"
  | "advance"
  | "injectByHost"
  | "message"
  | "end"
  | "enterPhase"
  | "leavePhase"
  | "finishGame"
  | "settle";

/** Which named action carries out each command: exhaustive, so no command lacks one. */
export const COMMAND_ACTIONS = {
  "team.join": "join",
  "team.leave": "leave",
  "team.start": "startGame",
  "player.connection": "connection",
  "kennismaken.submit": "introduce",
  "card.share": "shareCard",
  "preference.record": "recordPreference",
  "proposal.make": "makeProposal",
  "proposal.vote": "castVote",
  "decision.confirm": "confirmDecision",
  "chat.say": "say",
  "contact.request": "requestContact",
  "timer.fire": "fireDueInjects",
  "host.start": "startGame",
  "host.pause": "pause",
  "host.resume": "resume",
  "host.extend": "extend",
  "host.advance": "advance",
  "host.inject": "injectByHost",
  "host.message": "message",
  "host.end": "end",
} as const satisfies Record<CommandType, CatalogueAction>;
