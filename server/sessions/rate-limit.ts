// Token buckets per client: a burst is fine, a flood is refused with an error instead of reaching the engine.
export type RateLimit = { perSecond: number; burst: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly wall: () => number = Date.now,
  ) {}

  /** True if `key` may act now (and spends a token), false if it must wait. */
  allow(key: string): boolean {
    const now = this.wall();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond,
    );
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return allowed;
  }

  forget(key: string) {
    this.buckets.delete(key);
  }
}
