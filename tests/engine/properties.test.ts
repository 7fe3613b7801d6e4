// Property tests over random command sequences: replay equals live play, and secrets stay secret.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyEvent, createTeam, nextDeadline } from "../../scenarios/engine/apply.ts";
import { hashState } from "../../scenarios/engine/hash.ts";
import { fold, replay } from "../../scenarios/engine/replay.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import { HOST, player, SYSTEM } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor, LogEntry } from "../../shared/scenario/log.ts";
import { BASES } from "../../shared/scenario/primitives.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { loadScenario } from "./fixtures.ts";

const SCENARIOS = [
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

const Game = fc.record({
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
function play(g: typeof Game extends fc.Arbitrary<infer T> ? T : never) {
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

describe("determinism", () => {
  test("replaying the log gives the live state's hash at every step", () => {
    fc.assert(
      fc.property(Game, (g) => {
        const { s, log, states, seed } = play(g);
        const replayed: string[] = [];
        fold(s, seed, log, {}, (_entry, state, accepted) => {
          expect(accepted).toBe(true);
          replayed.push(hashState(state));
        });
        expect(replayed).toEqual(states.map(hashState));
        const mid = log[Math.floor(log.length / 2)];
        if (mid) {
          const index = log.indexOf(mid);
          expect(hashState(replay(s, seed, log, { untilSeq: mid.seq }))).toBe(hashState(states[index]));
          expect(hashState(replay(s, seed, log, { untilT: mid.t }))).toBe(
            hashState(states[log.findLastIndex((e) => e.t <= mid.t)]),
          );
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe("secrecy", () => {
  test("no unshared card's text appears in another role's view or in the team view", () => {
    fc.assert(
      fc.property(Game, (g) => {
        const { s, states } = play(g);
        for (const state of states) {
          const onTable = new Set(state.table.map((x) => x.cardId));
          const viewers = [
            ...s.roles.map((r) => ({ kind: "role" as const, role: r.id })),
            { kind: "team" as const },
          ];
          for (const viewer of viewers) {
            const text = JSON.stringify(viewFor(s, state, viewer));
            for (const card of s.cards) {
              if (onTable.has(card.id)) continue;
              if (viewer.kind === "role" && state.cardOwner[card.id] === viewer.role) continue;
              expect(text).not.toContain(card.text);
              const framed = state.cardText[card.id];
              if (framed) expect(text).not.toContain(framed);
            }
            const prefs = Object.values(state.decisions).flatMap((d) => Object.keys(d.preferences));
            if (viewer.kind === "team")
              expect(prefs.every((p) => !text.includes(`"preferences":{"${p}"`))).toBe(true);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  test("the host sees every card", () => {
    const s = SCENARIOS[0] as Scenario;
    const view = viewFor(s, createTeam(s, { seed: 1, teamId: "" }), { kind: "host" });
    expect(view.hand.map((c) => c.id).sort()).toEqual(s.cards.map((c) => c.id).sort());
  });
});

test("the random games reach real play (so the properties above are not vacuous)", () => {
  const games = fc.sample(Game, { numRuns: 200, seed: 42 }).map(play);
  const last = games.map((g) => g.states.at(-1)).filter((x): x is TeamState => x !== undefined);
  expect(last.filter((st) => st.table.length > 0).length).toBeGreaterThan(50);
  expect(
    last.filter((st) => Object.values(st.decisions).some((d) => d.status === "decided")).length,
  ).toBeGreaterThan(30);
  expect(last.filter((st) => st.proposals.length > 0).length).toBeGreaterThan(5);
  expect(last.filter((st) => st.status === "ended").length).toBeGreaterThan(5);
});
