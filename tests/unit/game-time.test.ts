import { describe, expect, it } from "vitest";
import { gameNow, noteGameTime } from "../../client/net/game-time.ts";

describe("the page's game clock", () => {
  it("counts on from the published time at the session's scale while running", () => {
    noteGameTime({ now: 90_000, running: true, scale: 2 }, 1_000);
    expect(gameNow(1_000)).toBe(90_000);
    expect(gameNow(4_000)).toBe(96_000);
  });

  it("stands still when the published clock is stopped", () => {
    noteGameTime({ now: 120_000, running: false, scale: 1 }, 5_000);
    expect(gameNow(60_000)).toBe(120_000);
  });

  it("keeps counting from the first receipt when the same time is published again", () => {
    noteGameTime({ now: 10_000, running: true, scale: 1 }, 0);
    noteGameTime({ now: 10_000, running: true, scale: 1 }, 500);
    expect(gameNow(1_000)).toBe(11_000);
  });
});
