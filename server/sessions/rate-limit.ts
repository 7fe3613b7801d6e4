// Token buckets per client: a burst is fine, a flood is refused with an error instead of reaching the engine.
export type RateLimit = { perSecond: number; burst: number };
export type Bucket = { tokens: number; at: number };

/** A bucket (a new one starts full) topped up for the time since it was last seen, at most to its burst. */
export function refill(bucket: Bucket | undefined, limit: RateLimit, now: number): Bucket {
  const b = bucket ?? { tokens: limit.burst, at: now };
  b.tokens = Math.min(limit.burst, b.tokens + ((now - b.at) / 1000) * limit.perSecond);
  b.at = now;
  return b;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly wall: () => number = Date.now,
  ) {}

  /** True if `key` may act now (and spends a token), false if it must wait. */
  allow(key: string): boolean {
    const bucket = refill(this.buckets.get(key), this.limit, this.wall());
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return allowed;
  }

  forget(key: string) {
    this.buckets.delete(key);
  }
}
