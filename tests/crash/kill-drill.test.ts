// The SIGKILL drill, bounded for CI: the real server is killed at seeded random moments while bots play, restarted
// on the same data, and nothing any client saw acknowledged is missing from the store; every session ends.
// `npm run drill` runs the same with at least 20 kills (scripts/drill.ts).
import { afterAll, describe, expect, it } from "vitest";
import { drillLine, runDrill } from "../helpers/kill-drill.ts";
import { killAllServerProcesses } from "../helpers/server-process.ts";

// A drill cut off by the timeout must not leave its server process behind.
afterAll(() => killAllServerProcesses());

const SEED = Number(process.env.DRILL_SEED ?? 20_261_204);

describe("the SIGKILL drill", () => {
  it("loses no acknowledged command over 5 kills, and every session plays on to its end", async () => {
    const figures = await runDrill({ kills: 5, seed: SEED, tables: 2, gapMs: [800, 3_000] });
    console.log(drillLine(figures));
    expect(figures.kills).toBe(5);
    expect(figures.problems).toEqual([]);
    expect(figures.lost).toEqual([]);
    expect(figures.acknowledged).toBeGreaterThan(40);
    expect(figures.sessionsEnded).toBeGreaterThanOrEqual(2);
  }, 90_000);
});
