// Test helper: random command sequences played through applyEvent as the server would, for property tests.
import fc from "fast-check";
import { applyEvent, createTeam, nextDeadline } from "../../scenarios/engine/apply.ts";
import { HOST, player, SYSTEM } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor, LogEntry } from "../../shared/scenario/log.ts";
import { BASES } from "../../shared/scenario/primitives.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { loadScenario } from "./fixtures.ts";

export const SCENARIOS = [
  "elke-week-een-andere-klacht.yaml",
  "een-brandwond-die-niet-klopt.yaml",
  "tutorial-en.yaml",
].map(loadScenario);
const TYPES = [
  "card.share",
  "card.share",
  "preference.record",
  "preference.record",
  "preference.record",
  "proposal.make",
  "proposal.make",
  "proposal.vote",
  "proposal.vote",
  "decision.confirm",
  "chat.say",
  "kennismaken.submit",
  "contact.request",
  "timer.fire",
  "timer.fire",
  "host.pause",
  "host.resume",
  "host.extend",
  "host.inject",
  "host.advance",
  "host.message",
  "player.connection",
] as const;

const Step = fc.record({
  who: fc.nat(4),
  type: fc.constantFrom(...TYPES),
  pick: fc.nat(40),
  option: fc.constantFrom("A", "B", "C", "D", "Z"),
  basis: fc.option(fc.constantFrom(...BASES), { nil: undefined }),
  flag: fc.boolean(),
  dt: fc.oneof(fc.constant(0), fc.nat(90_000), fc.constant(-1)),
});
type Step = typeof Step extends fc.Arbitrary<infer T> ? T : never;

export const Game = fc.record({
  scenario: fc.nat(SCENARIOS.length - 1),
  players: fc.constantFrom(2, 3),
  seed: fc.nat(),
  steps: fc.array(Step, { minLength: 10, maxLength: 80 }),
});

function entryFor(
  s: Scenario,
  state: TeamState,
  players: Actor[],
  step: Step,
  seq: number,
  t: number,
): LogEntry {
  const at = <T>(list: readonly T[]) => list[step.pick % Math.max(1, list.length)];
  const actor = step.type.startsWith("host.")
    ? HOST
    : step.type === "timer.fire" || step.type === "player.connection"
      ? SYSTEM
      : (players[step.who % players.length] as Actor);
  // Mostly aim at what is possible now (own cards, the open decision), sometimes at anything at all.
  const open = Object.entries(state.decisions).find(([, d]) => d.status === "open")?.[0];
  const decision = (step.pick % 4 !== 0 && open) || at(s.decisions)?.id || "B1";
  const options = s.decisions.find((d) => d.id === decision)?.options.map((o) => o.id) ?? [];
  const option =
    step.pick % 4 !== 0 ? (options[step.who % Math.max(1, options.length)] ?? step.option) : step.option;
  const role = actor.kind === "player" ? actor.role : "";
  const own = Object.keys(state.cardOwner).filter((id) => state.cardOwner[id] === role);
  const card =
    step.pick % 3 !== 0 && own.length > 0
      ? own[step.pick % own.length]
      : at([...s.cards.map((c) => c.id), "ZZ"]);
  const payloads: Record<(typeof TYPES)[number], unknown> = {
    "card.share": { cardId: card, ...(step.basis ? { basis: step.basis } : {}) },
    "preference.record": { decisionId: decision, optionId: option },
    "proposal.make": { decisionId: decision, optionId: option, rationale: "r" },
    "proposal.vote": {
      proposalId:
        (step.flag && state.proposals.find((p) => p.status === "open")?.id) ||
        at(state.proposals)?.id ||
        "P0",
      agree: step.pick % 5 !== 0,
    },
    "decision.confirm": { decisionId: decision, optionId: option },
    "chat.say": { text: `bericht ${step.pick}` },
    "kennismaken.submit": { whoIAm: "a", whatICanDo: "b", howToReachMe: "c" },
    "contact.request": { contactId: at(s.contacts)?.id ?? "x" },
    "timer.fire": {},
    "host.pause": {},
    "host.resume": {},
    "host.extend": { ms: 60_000 },
    "host.inject": { injectId: at(s.injects)?.id ?? "I1" },
    "host.advance": {},
    "host.message": { text: "facilitator" },
    "player.connection": { playerId: `p${step.who % players.length}`, connected: step.flag },
  };
  return { seq, t, actor, type: step.type, payload: payloads[step.type] };
}

/** Plays a random game through applyEvent, as the server would; returns the accepted log and every state. */
export function play(g: typeof Game extends fc.Arbitrary<infer T> ? T : never) {
  const s = SCENARIOS[g.scenario] as Scenario;
  let state = createTeam(s, { seed: g.seed, teamId: "" });
  const log: LogEntry[] = [];
  const states: TeamState[] = [];
  const roles = s.roles.slice(0, g.players).map((r) => r.id);
  const players = roles.map((role, i) => player(`p${i}`, role));
  const accept = (entry: LogEntry) => {
    const r = applyEvent(s, state, entry);
    if (!r.ok) return;
    state = r.state;
    log.push(entry);
    states.push(state);
  };
  let seq = 0;
  let t = 0;
  for (const [i, role] of roles.entries()) {
    accept({
      seq: seq++,
      t,
      actor: SYSTEM,
      type: "team.join",
      payload: { playerId: `p${i}`, nickname: `n${i}`, role },
    });
  }
  accept({ seq: seq++, t, actor: HOST, type: "host.start", payload: {} });
  for (const step of g.steps) {
    // -1 jumps to the next deadline, as the server's timer would.
    t = step.dt === -1 ? Math.max(t, nextDeadline(s, state) ?? t) : t + step.dt;
    accept(entryFor(s, state, players, step, seq++, t));
  }
  return { s, log, states, seed: g.seed };
}
