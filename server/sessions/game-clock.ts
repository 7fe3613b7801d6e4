// A session's own game time: stands still before start and while paused, runs `scale` times faster than the wall.
export class GameClock {
  private base: number;
  private runningSince: number | null = null;

  /** `wall` is injectable so tests step time by hand; `startAt` restores game time after a restart. */
  constructor(
    private readonly wall: () => number,
    private readonly scale = 1,
    startAt = 0,
  ) {
    if (!(scale > 0)) throw new Error(`time scale must be positive, got ${scale}`);
    this.base = startAt;
  }

  /** Whole game milliseconds, so log entries and deadlines compare exactly. */
  now(): number {
    if (this.runningSince === null) return this.base;
    return Math.floor(this.base + (this.wall() - this.runningSince) * this.scale);
  }

  get running(): boolean {
    return this.runningSince !== null;
  }

  run() {
    if (this.runningSince === null) this.runningSince = this.wall();
  }

  stop() {
    if (this.runningSince === null) return;
    this.base = this.now();
    this.runningSince = null;
  }

  /** Wall-clock milliseconds until game time reaches `gameMs`; undefined while stopped (it never would). */
  wallDelayUntil(gameMs: number): number | undefined {
    if (this.runningSince === null) return undefined;
    return Math.max(0, Math.ceil((gameMs - this.now()) / this.scale));
  }
}
