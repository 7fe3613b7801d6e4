// Compiles a validated scenario into an XState machine whose states are the scenario's phases.
import { type ActorScope, createActor } from "xstate";
import type { Scenario } from "../../shared/scenario/format.ts";
import { type CatalogueAction, COMMAND_ACTIONS, catalogue } from "./catalogue.ts";
import { initialTeam } from "./team.ts";

type Transition = { target?: string; guard?: string; actions?: Ref | Ref[] };
type Ref = CatalogueAction | { type: CatalogueAction; params: { phase: string } };

export const ENDED_ID = "wijkcrisis-ended";

/** The machine config as plain data, so the author tools can draw it and the compiler can check every name. */
export function machineConfig(s: Scenario) {
  const phaseStates: Record<
    string,
    { entry: Ref; always: Transition; on: Record<string, Transition | Transition[]> }
  > = {};
  s.phases.forEach((p, i) => {
    const next = s.phases[i + 1]?.id ?? `#${ENDED_ID}`;
    phaseStates[p.id] = {
      entry: { type: "enterPhase", params: { phase: p.id } },
      always: { guard: "phaseDone", target: next, actions: "leavePhase" },
      on: {
        "timer.fire": [
          { guard: "deadlineReached", target: next, actions: [COMMAND_ACTIONS["timer.fire"], "leavePhase"] },
          { actions: COMMAND_ACTIONS["timer.fire"] },
        ],
        "host.advance": { target: next, actions: [COMMAND_ACTIONS["host.advance"], "leavePhase"] },
      },
    };
  });
  const anywhere = [
    "team.join",
    "team.leave",
    "player.connection",
    "chat.say",
    "kennismaken.submit",
    "host.message",
  ] as const;
  const inPlay = [
    "card.share",
    "preference.record",
    "proposal.make",
    "proposal.vote",
    "decision.confirm",
    "contact.request",
    "host.pause",
    "host.resume",
    "host.extend",
    "host.inject",
  ] as const;
  return {
    id: "team",
    context: ({ input }: { input: unknown }) => input,
    initial: "lobby",
    always: { guard: "unsettled", actions: "settle" },
    on: Object.fromEntries(anywhere.map((c) => [c, { actions: COMMAND_ACTIONS[c] }])),
    states: {
      lobby: {
        on: {
          "host.start": { target: "play", actions: COMMAND_ACTIONS["host.start"] },
          "team.start": { target: "play", actions: COMMAND_ACTIONS["team.start"] },
          "host.end": { target: "ended", actions: COMMAND_ACTIONS["host.end"] },
        },
      },
      play: {
        initial: s.phases[0]?.id ?? "",
        states: phaseStates,
        on: {
          ...Object.fromEntries(inPlay.map((c) => [c, { actions: COMMAND_ACTIONS[c] }])),
          "host.end": { target: "ended", actions: [COMMAND_ACTIONS["host.end"], "leavePhase"] },
        },
      },
      ended: { id: ENDED_ID, entry: "finishGame" },
    },
  };
}

/** Every guard and action the config names must exist in the catalogue; a typo is a compile error, not a no-op. */
export function unknownReferences(config: unknown): string[] {
  const known = catalogue.createMachine({ context: ({ input }) => input }).implementations;
  const problems: string[] = [];
  const visit = (node: unknown, key: string): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, key);
      return;
    }
    if (typeof node === "string") {
      if (key === "guard" && !Object.hasOwn(known.guards, node)) problems.push(`unknown guard "${node}"`);
      if ((key === "actions" || key === "entry") && !Object.hasOwn(known.actions, node))
        problems.push(`unknown action "${node}"`);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const rec = node as Record<string, unknown>;
    if ((key === "actions" || key === "entry") && typeof rec.type === "string") {
      visit(rec.type, key);
      return;
    }
    for (const [k, v] of Object.entries(rec)) visit(v, k);
  };
  visit(config, "");
  return problems;
}

export class CompileError extends Error {}

function build(s: Scenario) {
  const config = machineConfig(s);
  const problems = unknownReferences(config);
  if (problems.length > 0) throw new CompileError(problems.join("; "));
  // The config is checked above by name; its literal type is wider than setup() can infer from data.
  return catalogue.createMachine(config as Parameters<typeof catalogue.createMachine>[0]);
}

export type TeamMachine = ReturnType<typeof build>;
export interface Compiled {
  machine: TeamMachine;
  /** An inert scope reused for every step of a fold: same semantics as transition(), without its per-call actor. */
  scope: ActorScope<ReturnType<TeamMachine["getInitialSnapshot"]>, Parameters<TeamMachine["transition"]>[1]>;
}

const cache = new WeakMap<Scenario, Compiled>();

export function compile(s: Scenario): Compiled {
  const hit = cache.get(s);
  if (hit) return hit;
  const machine = build(s);
  const self = createActor(machine, {
    input: { scenario: s, team: initialTeam(s, { seed: 0, teamId: "" }) },
  });
  const scope: Compiled["scope"] = {
    self,
    id: "",
    sessionId: "",
    logger: () => {},
    defer: () => {},
    emit: () => {},
    system: self.system,
    stopChild: () => {},
    actionExecutor: () => {},
  };
  const compiled = { machine, scope };
  cache.set(s, compiled);
  return compiled;
}
