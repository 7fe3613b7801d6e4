import { describe, expect, it } from "vitest";
import { GameClock } from "../../server/sessions/game-clock.ts";
import { RateLimiter } from "../../server/sessions/rate-limit.ts";
import { SerialQueue } from "../../server/sessions/serial-queue.ts";

function manualWall(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("the game clock", () => {
  it("stands still until it runs, and while stopped", () => {
    const wall = manualWall();
    const clock = new GameClock(wall.now);
    wall.advance(5_000);
    expect(clock.now()).toBe(0);
    clock.run();
    wall.advance(2_000);
    expect(clock.now()).toBe(2_000);
    clock.stop();
    wall.advance(60_000);
    expect(clock.now()).toBe(2_000);
    clock.run();
    wall.advance(500);
    expect(clock.now()).toBe(2_500);
  });

  it("runs a 36-minute scenario in seconds at a high time scale", () => {
    const wall = manualWall();
    const clock = new GameClock(wall.now, 600);
    clock.run();
    wall.advance(3_600);
    expect(clock.now()).toBe(36 * 60_000 - 0);
    expect(clock.wallDelayUntil(37 * 60_000)).toBe(100);
  });

  it("continues from restored game time and reports no delay while stopped", () => {
    const wall = manualWall();
    const clock = new GameClock(wall.now, 1, 90_000);
    expect(clock.wallDelayUntil(100_000)).toBeUndefined();
    clock.run();
    expect(clock.wallDelayUntil(100_000)).toBe(10_000);
    expect(clock.wallDelayUntil(80_000)).toBe(0);
  });

  it("refuses a time scale that is not positive", () => {
    expect(() => new GameClock(Date.now, 0)).toThrow(/time scale/);
  });
});

describe("the serial queue", () => {
  it("runs tasks one after another even when they await", async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const slow = queue.run(async () => {
      order.push("a:start");
      await new Promise((r) => setTimeout(r, 20));
      order.push("a:end");
    });
    const fast = queue.run(() => order.push("b"));
    await Promise.all([slow, fast]);
    expect(order).toEqual(["a:start", "a:end", "b"]);
  });

  it("keeps going after a task fails, and hands the failure to its caller", async () => {
    const queue = new SerialQueue();
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run(() => 42)).resolves.toBe(42);
  });
});

describe("the rate limiter", () => {
  it("allows a burst, refuses a flood, and refills over time", () => {
    const wall = manualWall();
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, wall.now);
    expect([1, 2, 3, 4].map(() => limiter.allow("c1"))).toEqual([true, true, true, false]);
    expect(limiter.allow("c2")).toBe(true);
    wall.advance(500);
    expect(limiter.allow("c1")).toBe(true);
    expect(limiter.allow("c1")).toBe(false);
  });
});
