// Property tests over random command sequences: replay equals live play, and secrets stay secret.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createTeam } from "../../scenarios/engine/apply.ts";
import { hashState } from "../../scenarios/engine/hash.ts";
import { fold, replay } from "../../scenarios/engine/replay.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { Game, play, SCENARIOS } from "./random-games.ts";

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
