// Benchmark: time to fold a 25,000-entry log into state (target under 100 ms). Prints figures, asserts nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hashState } from "../../scenarios/engine/hash.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { replay } from "../../scenarios/engine/replay.ts";
import { foldSession } from "../../scenarios/engine/session.ts";
import { HOST, LogWriter } from "../../scenarios/engine/writer.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import { buildClassLog } from "./class-log.ts";

const FILE = join(import.meta.dirname, "../../scenarios/elke-week-een-andere-klacht.yaml");
const parsed = parseScenario(readFileSync(FILE, "utf8"), FILE);
if (!parsed.ok) throw new Error("scenario does not parse");
const s = parsed.scenario;

/** A deterministic, valid 25,000-entry log: mostly chat, plus every card shared and decisions voted. */
function buildLog(size: number) {
  const w = new LogWriter(s, 1, "bench");
  const players: Actor[] = [w.join("p1", "AIOS"), w.join("p2", "SW"), w.join("p3", "WV")];
  w.must(HOST, "host.start", {});
  for (const p of players)
    w.must(p, "kennismaken.submit", { whoIAm: "ik", whatICanDo: "dit", howToReachMe: "06" });
  const cards = s.cards.map((c) => c.id);
  let i = 0;
  const entries = [...w.entries];
  let seq = w.entries.length;
  // Chat is appended directly: applying 25k entries one by one through the pure API would itself take seconds.
  while (entries.length < size) {
    const p = players[i % 3] as Actor;
    const t = 1000 + Math.floor(i / 10);
    const card = cards[i % 997];
    if (
      i % 997 < cards.length &&
      card &&
      p.kind === "player" &&
      s.cards.find((c) => c.id === card)?.owner === p.role
    ) {
      entries.push({
        seq: seq++,
        t,
        actor: p,
        type: "card.share",
        payload: { cardId: card, basis: "toestemming" },
      });
    } else {
      entries.push({
        seq: seq++,
        t,
        actor: p,
        type: "chat.say",
        payload: { text: `bericht ${i} over Erik en de zitting` },
      });
    }
    i++;
  }
  return entries;
}

const entries = buildLog(25_000);
const times: number[] = [];
let hash = "";
for (let run = 0; run < 7; run++) {
  const t0 = performance.now();
  const state = replay(s, 1, entries, { teamId: "bench" });
  times.push(performance.now() - t0);
  hash = hashState({ chat: state.chat.length, table: state.table.length });
}
times.sort((a, b) => a - b);
console.log(
  `fold ${entries.length} entries: median ${times[3]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms, max ${times[6]?.toFixed(1)} ms (7 runs; target < 100 ms) [${hash}]`,
);

// The whole session, as crash recovery, the exports and the debrief fold it: ten teams, about 25,000 entries.
const classLog = buildClassLog(s, 10, 25_000);
const sessionTimes: number[] = [];
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const { problems } = foldSession(s, { teamSize: 3 }, classLog);
  sessionTimes.push(performance.now() - t0);
  if (problems.length > 0) throw new Error(`the class log folds with problems: ${problems[0]}`);
}
sessionTimes.sort((a, b) => a - b);
console.log(
  `foldSession ${classLog.length} entries of 10 teams: median ${sessionTimes[2]?.toFixed(1)} ms, min ${sessionTimes[0]?.toFixed(1)} ms, max ${sessionTimes[4]?.toFixed(1)} ms (5 runs)`,
);
