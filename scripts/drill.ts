// `npm run drill` (DRILL_KILLS, DRILL_TABLES, DRILL_SEED to change): the SIGKILL drill of
// tests/crash/kill-drill.test.ts, longer. Bots play tutorial sessions while the real server process is killed at
// seeded random moments (at least 20 times) and restarted on the same data folder; afterwards every command a client
// saw acknowledged is looked for in the store's log. Prints one line of figures; exits non-zero if anything
// acknowledged was lost, a session did not reach its end, or an error no kill explains occurred.
import { drillLine, runDrill } from "../tests/helpers/kill-drill.ts";

const kills = Math.max(Number(process.env.DRILL_KILLS ?? 20), 1);
const tables = Number(process.env.DRILL_TABLES ?? 3);
const seed = Number(process.env.DRILL_SEED ?? Date.now() % 2 ** 31);

const figures = await runDrill({
  kills,
  seed,
  tables,
  gapMs: [500, 4_000],
  log: (line) => console.log(line),
});
for (const line of figures.lost) console.log(`lost: ${line}`);
for (const line of figures.problems) console.log(`problem: ${line}`);
console.log(drillLine(figures));
const ok = figures.lost.length === 0 && figures.problems.length === 0 && figures.kills === kills;
process.exit(ok ? 0 : 1);
