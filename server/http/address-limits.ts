// Limits per client address on what a guesser or a flood would repeat: looking up join codes, creating sessions,
// joining a room (taking a seat) and trying host keys. A refusal is HTTP 429 `too_many_attempts`, or the same code
// as the join's error, with "Te veel pogingen, wacht even en probeer het opnieuw." on the page.
import type { AuthContext, Client } from "@colyseus/core";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { translate } from "../../shared/i18n/index.ts";
import { refuse } from "../rooms/refuse.ts";
import type { RateLimit } from "../sessions/rate-limit.ts";
import { AddressBuckets } from "./address-buckets.ts";
import { joinAddress, requestAddress } from "./client-address.ts";
import { fail } from "./host-auth.ts";

/**
 * A class of 60 sits behind ONE school address, so every number allows a whole class at once with room to spare,
 * and refuses what only a script does (the finding: 2,817 look-ups a second, 60 seats in 0.3 s).
 */
export type AddressLimitConfig = {
  /** Every `GET /api/sessions/:code`. 60 students typing the code, and while their sockets are down each page asks
   * every 3 s (20/s for a class), a class waiting for the teacher-led debrief every 5 s (12/s): 600 at once and
   * 40/s sustained. A flood of hundreds a second is refused within a second. */
  lookups: RateLimit;
  /** Look-ups that found nothing (404, or not a code at all): what guessing produces. A class mistypes the code
   * perhaps twice per student: 120 at once, then 2/s. A guesser at 2/s needs days for one of 6.4 million codes. */
  lookupMisses: RateLimit;
  /** `POST /api/sessions`: a teacher makes one or a few; ten colleagues in one building at nine: 20 at once, then
   * one every 30 s. Each session is a room in memory, so a flood of them is refused early. */
  creates: RateLimit;
  /** Player joins (each may take a seat): 60 students joining, all of them again after a restart or a reload, and
   * some more: 150 at once, then 3/s. SDK reconnections after a drop do not count (they do not authenticate). */
  joins: RateLimit;
  /** Host joins with a wrong key: a teacher's page carries its key, so 10 at once and one per 10 s is plenty. A join
   * with the right key is never refused: keys are 192 bits, so letting it through tells a guesser nothing, and the
   * teacher gets in even while someone behind the same address floods. */
  wrongHostKeys: RateLimit;
  /** How many addresses are remembered at most; the least recently seen is forgotten first. */
  maxAddresses: number;
  /** Proxies in front of the server whose X-Forwarded-For is believed (TRUST_PROXY); 0 = use the socket's peer. */
  trustedProxies: number;
};

export const DEFAULT_ADDRESS_LIMITS: AddressLimitConfig = {
  lookups: { burst: 600, perSecond: 40 },
  lookupMisses: { burst: 120, perSecond: 2 },
  creates: { burst: 20, perSecond: 1 / 30 },
  joins: { burst: 150, perSecond: 3 },
  wrongHostKeys: { burst: 10, perSecond: 0.1 },
  maxAddresses: 10_000,
  trustedProxies: 0,
};

const MISS_STATUSES = new Set([400, 404]);

export class AddressLimits {
  readonly config: AddressLimitConfig;
  private readonly lookups: AddressBuckets;
  private readonly misses: AddressBuckets;
  private readonly creates: AddressBuckets;
  private readonly joins: AddressBuckets;
  private readonly wrongKeys: AddressBuckets;

  constructor(config: Partial<AddressLimitConfig> = {}, wall: () => number = Date.now) {
    this.config = { ...DEFAULT_ADDRESS_LIMITS, ...config };
    const buckets = (limit: RateLimit) => new AddressBuckets(limit, this.config.maxAddresses, wall);
    this.lookups = buckets(this.config.lookups);
    this.misses = buckets(this.config.lookupMisses);
    this.creates = buckets(this.config.creates);
    this.joins = buckets(this.config.joins);
    this.wrongKeys = buckets(this.config.wrongHostKeys);
  }

  /** Before `GET /sessions/:code`: refuses a flood, and a guesser once its misses are spent. */
  readonly lookupGuard: RequestHandler = (req, res, next) => {
    const address = requestAddress(req, this.config.trustedProxies);
    if (!this.lookups.take(address)) return tooMany(req, res, this.lookups.waitSeconds(address));
    // Taken before the answer, so look-ups sent all at once cannot all pass; a look-up that found a session gives
    // its token back.
    if (!this.misses.take(address)) return tooMany(req, res, this.misses.waitSeconds(address));
    res.on("finish", () => {
      if (!MISS_STATUSES.has(res.statusCode)) this.misses.refund(address);
    });
    next();
  };

  /** Before `POST /sessions`. */
  readonly createGuard: RequestHandler = (req, res, next) => {
    const address = requestAddress(req, this.config.trustedProxies);
    if (!this.creates.take(address)) return tooMany(req, res, this.creates.waitSeconds(address));
    next();
  };

  /**
   * In the room's onAuth, before anything else is checked: throws the join's refusal (`too_many_attempts`) when
   * this address has joined, or tried wrong host keys, too often. `attempt` says which: a player's join, a host key
   * that did not match, or the right host key (never refused, never counted).
   */
  admitJoin(client: Client, context: AuthContext, attempt: "player" | "wrong_host_key" | "host") {
    if (attempt === "host") return;
    const address = joinAddress(client, context, this.config.trustedProxies);
    const buckets = attempt === "player" ? this.joins : this.wrongKeys;
    if (!buckets.take(address)) throw refuse("too_many_attempts");
  }

  /** Addresses remembered now, over all limits: bounded by 5 × maxAddresses. */
  get remembered(): number {
    return this.lookups.size + this.misses.size + this.creates.size + this.joins.size + this.wrongKeys.size;
  }
}

function tooMany(req: Request, res: Response, waitSeconds: number) {
  const language = req.acceptsLanguages("nl", "en") === "en" ? "en" : "nl";
  res.setHeader("Retry-After", String(Math.max(1, waitSeconds)));
  fail(res, 429, "too_many_attempts", translate(language, "error.too_many_attempts"));
}

/** No limits: what createGameServer does when it is given none (tests and benchmarks drive many clients). */
export const passThrough = (_req: Request, _res: Response, next: NextFunction) => next();
