// Test helper: a three-player (or two-player) game of a shipped scenario, started and introduced.

import { share, unsharedHeld } from "../../scenarios/engine/bots.ts";
import { HOST, LogWriter } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import { loadScenario } from "./fixtures.ts";

export interface Game {
  s: Scenario;
  w: LogWriter;
  aios: Actor;
  sw: Actor;
  wv: Actor | null;
}

export function startGame(file = "elke-week-een-andere-klacht.yaml", players: 2 | 3 = 3, seed = 1): Game {
  const s = loadScenario(file);
  const w = new LogWriter(s, seed, "team-1");
  const aios = w.join("p-aios", "AIOS");
  const sw = w.join("p-sw", "SW");
  const wv = players === 3 ? w.join("p-wv", "WV") : null;
  w.must(HOST, "host.start", {});
  return { s, w, aios, sw, wv };
}

export function introduce(g: Game): void {
  for (const a of [g.aios, g.sw, g.wv]) {
    if (a) g.w.must(a, "kennismaken.submit", { whoIAm: "ik", whatICanDo: "dit", howToReachMe: "06" });
  }
}

/** Everyone records a preference, the first proposes, the others agree. */
export function agree(g: Game, decisionId: string, optionId: string): void {
  const players = [g.aios, g.sw, g.wv].filter((a): a is Actor => a !== null);
  for (const a of players) g.w.must(a, "preference.record", { decisionId, optionId });
  const [first, ...rest] = players as [Actor, ...Actor[]];
  g.w.must(first, "proposal.make", { decisionId, optionId, rationale: "samen besloten" });
  const id = g.w.state.proposals.at(-1)?.id ?? "";
  for (const a of rest) g.w.must(a, "proposal.vote", { proposalId: id, agree: true });
}

/** Every player puts every card they hold on the table, sensitive ones on their best-scoring basis. */
export function shareAll(g: Game): void {
  for (const a of [g.aios, g.sw, g.wv]) {
    if (!a) continue;
    for (const card of unsharedHeld(g.w, a))
      if (!share(g.w, a, card)) throw new Error(`could not share ${card}`);
  }
}
