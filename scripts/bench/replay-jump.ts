// Benchmark: the debrief replay of a 2-hour class log (~25,000 entries) as the browser runs it: time to open the
// replay (session fold, every team's checkpointed fold) and per jump to a random moment. Prints, asserts nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { openSessionReplay } from "../../scenarios/engine/session-replay.ts";
import { momentViews } from "../../scenarios/engine/timeline.ts";
import type { SessionLogEntry } from "../../shared/scenario/session-entries.ts";
import { buildClassLog } from "./class-log.ts";

const FILE = join(import.meta.dirname, "../../scenarios/elke-week-een-andere-klacht.yaml");
const parsed = parseScenario(readFileSync(FILE, "utf8"), FILE);
if (!parsed.ok) throw new Error("scenario does not parse");
const s = parsed.scenario;
const JUMPS = 200;

/** A small seeded generator, so every run jumps to the same moments. */
function seeded(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function run(label: string, entries: SessionLogEntry[]) {
  const t0 = performance.now();
  const replay = openSessionReplay(s, { teamSize: 3 }, entries);
  const open = performance.now() - t0;
  const rnd = seeded(42);
  const times: number[] = [];
  let decisions = 0;
  for (let i = 0; i < JUMPS; i++) {
    const teamId = replay.teamIds[Math.floor(rnd() * replay.teamIds.length)] ?? "";
    const timeline = replay.teams[teamId];
    if (!timeline) continue;
    const log = timeline.index.entries;
    const seq = log[Math.floor(rnd() * log.length)]?.seq ?? 0;
    const j0 = performance.now();
    // What the page does per jump: the state then, and a view for each role present plus the host's.
    const state = timeline.index.stateAt(seq);
    const roles = [...new Set(Object.values(state.members).map((m) => m.role))];
    const views = momentViews(s, state, roles, 40);
    decisions += views.host.decisions.filter((d) => d.status === "decided").length;
    times.push(performance.now() - j0);
  }
  times.sort((a, b) => a - b);
  const perTeam = replay.teamIds.map((id) => replay.teams[id]?.index.entries.length ?? 0);
  const checkpoints = replay.teamIds.reduce((n, id) => n + (replay.teams[id]?.index.checkpoints ?? 0), 0);
  const moments = replay.teamIds.reduce((n, id) => n + (replay.teams[id]?.moments.length ?? 0), 0);
  console.log(
    `${label}: ${entries.length} entries, ${replay.teamIds.length} team(s) (${Math.min(...perTeam)}–${Math.max(...perTeam)} entries each), ` +
      `${checkpoints} checkpoints, ${moments} moments, ${replay.problems.length} refused`,
  );
  console.log(`  open (session fold + every team's fold with checkpoints): ${ms(open)}`);
  console.log(
    `  jump (state at a random seq + the views the page draws (momentViews)), ${JUMPS} jumps: ` +
      `p50 ${ms(pct(times, 0.5))}, p95 ${ms(pct(times, 0.95))}, max ${ms(times.at(-1) ?? 0)} (target < 100 ms) [${decisions}]`,
  );
}

run("class of 10 teams", buildClassLog(s, 10, 25_000));
run("one team that chatted all class", buildClassLog(s, 1, 25_000));
