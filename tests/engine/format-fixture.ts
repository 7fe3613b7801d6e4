// Test helper: the fixture scenario that uses every optional field of the richer format, as a started game.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { HOST, LogWriter } from "../../scenarios/engine/writer.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import { agree, type Game } from "./game.ts";

export const FORMAT_FIXTURE = join(import.meta.dirname, "../fixtures/scenarios/tutorial-format-nl.yaml");

export function fixtureText(): string {
  return readFileSync(FORMAT_FIXTURE, "utf8");
}

export function loadFixture(text = fixtureText()): Scenario {
  const r = parseScenario(text, "tutorial-format-nl.yaml");
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join("\n"));
  return r.scenario;
}

/** Three players, started and introduced: the team is in F1. */
export function fixtureGame(s = loadFixture()): Game {
  const w = new LogWriter(s, 1, "team-1");
  const aios = w.join("p-aios", "AIOS");
  const sw = w.join("p-sw", "SW");
  const wv = w.join("p-wv", "WV");
  w.must(HOST, "host.start", {});
  for (const a of [aios, sw, wv])
    w.must(a, "kennismaken.submit", { whoIAm: "ik", whatICanDo: "dit", howToReachMe: "06" });
  return { s, w, aios, sw, wv };
}

/** Decides B1 (option A), which ends F1 early: the team moves to F2. */
export function toF2(g: Game): void {
  agree(g, "B1", "A");
}

export const actors = (g: Game): Actor[] => [g.aios, g.sw, g.wv].filter((a): a is Actor => a !== null);
