// Token buckets per client address, in a map that cannot grow without bound: an address whose bucket has filled up
// again carries nothing worth keeping and is forgotten (swept once a minute), and past `maxAddresses` the least
// recently seen goes first, so an attacker cycling through addresses costs a fixed amount of memory (and at worst
// forgives one of its own addresses early).
import { type Bucket, type RateLimit, refill } from "../sessions/rate-limit.ts";

/** Idle addresses are looked for at most this often, so the sweep costs nothing per request. */
const SWEEP_EVERY_MS = 60_000;

export class AddressBuckets {
  /** Insertion order is recency order: every touch moves the address to the end. */
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt = 0;

  constructor(
    readonly limit: RateLimit,
    private readonly maxAddresses: number,
    private readonly wall: () => number = Date.now,
  ) {}

  /** True if `address` may act now (and spends a token), false if it must wait. */
  take(address: string): boolean {
    const bucket = this.refilled(address);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.keep(address, bucket);
    return allowed;
  }

  /** Gives back a token taken for something that turned out not to count (a look-up that found its session). */
  refund(address: string) {
    const bucket = this.refilled(address);
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + 1);
    this.keep(address, bucket);
  }

  /** Seconds until `address` has a token again: for the Retry-After header. */
  waitSeconds(address: string): number {
    const bucket = this.buckets.get(address);
    if (!bucket) return 0;
    const missing = 1 - this.refilled(address).tokens;
    return missing <= 0 ? 0 : Math.ceil(missing / this.limit.perSecond);
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(address: string): Bucket {
    return refill(this.buckets.get(address), this.limit, this.wall());
  }

  private keep(address: string, bucket: Bucket) {
    this.buckets.delete(address);
    this.buckets.set(address, bucket);
    if (bucket.at - this.sweptAt >= SWEEP_EVERY_MS) this.sweep(bucket.at);
    // Over the cap: the least recently seen address goes (the first in the map), one per new address.
    while (this.buckets.size > this.maxAddresses) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
  }

  /** Forgets every address whose bucket has filled up again since it was last seen: it would start full anyway. */
  private sweep(now: number) {
    this.sweptAt = now;
    for (const [key, b] of this.buckets) {
      const fullAt = b.at + ((this.limit.burst - b.tokens) / this.limit.perSecond) * 1000;
      if (fullAt <= now) this.buckets.delete(key);
    }
  }
}
