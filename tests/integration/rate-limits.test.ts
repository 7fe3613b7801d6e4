// Limits per client address (server/http/address-limits.ts) with their shipped numbers: a guesser, a flood of
// sessions, of seats and of wrong host keys from one address are refused with `too_many_attempts`, while a class of
// 60 behind one school address (here: all on 127.0.0.1) looks up, joins, reloads and starts without one refusal.
import type { Client } from "@colyseus/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_ADDRESS_LIMITS } from "../../server/http/address-limits.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

const DUTCH = "Te veel pogingen, wacht even en probeer het opnieuw.";
const ENGLISH = "Too many attempts, wait a moment and try again.";
/** Valid join codes that no session has. */
const UNKNOWN = ["CCCCC", "DDDDD", "EEEEE", "FFFFF"];
const ROLES = ["AIOS", "SW", "WV"];
const token = (name: string) => `${name}-token-0123456789abcdef`;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function limitedServer(overrides: Parameters<typeof startTestServer>[0] = {}) {
  server = await startTestServer({ addressLimits: {}, maxPlayersPerSession: 200, ...overrides });
  return server;
}

const lookup = (s: TestServer, code: string, headers: Record<string, string> = {}) =>
  fetch(`${s.url}/api/sessions/${code}`, { headers });

/** A join's outcome: "ok" (and the connection is left again) or the code it was refused with. */
async function tryJoin(sdk: Client, roomId: string, options: Record<string, unknown>): Promise<string> {
  try {
    const room = await sdk.joinById(roomId, options);
    await room.leave();
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const count = (values: readonly (string | number)[], value: string | number) =>
  values.filter((v) => v === value).length;

describe("limits per address", () => {
  it("refuses a code guesser with 429 and the Dutch sentence; look-ups that find their session do not count", async () => {
    const s = await limitedServer();
    const session = await s.createSession();
    // A class finding its session, many times over: never refused, and none of it counts as guessing.
    const hits = await Promise.all(Array.from({ length: 200 }, () => lookup(s, session.code)));
    expect(hits.map((r) => r.status)).toEqual(Array(200).fill(200));

    // A guesser, all at once: the misses a class could make pass, then every further try is refused.
    const burst = DEFAULT_ADDRESS_LIMITS.lookupMisses.burst;
    const guesses = await Promise.all(
      Array.from({ length: 300 }, (_, i) => lookup(s, UNKNOWN[i % UNKNOWN.length] ?? "CCCCC")),
    );
    const statuses = guesses.map((r) => r.status);
    expect(count(statuses, 404)).toBeGreaterThanOrEqual(burst);
    expect(count(statuses, 404)).toBeLessThanOrEqual(burst + 2);
    expect(count(statuses, 429)).toBe(300 - count(statuses, 404));
    const refused = guesses.find((r) => r.status === 429);
    expect(await refused?.json()).toEqual({ error: "too_many_attempts", detail: DUTCH });
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);

    // Now the real code is refused too (a 404 beside a 200 would tell the guesser which is which), in English for
    // an English browser; a forged X-Forwarded-For changes nothing without TRUST_PROXY.
    const english = await lookup(s, session.code, { "Accept-Language": "en-GB,en;q=0.9" });
    expect(english.status).toBe(429);
    expect(await english.json()).toEqual({ error: "too_many_attempts", detail: ENGLISH });
    const forged = await lookup(s, "CCCCC", { "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.9" });
    expect(forged.status).toBe(429);
  });

  it("refuses a flood of look-ups of a real code: hundreds a second are not a class", async () => {
    const s = await limitedServer();
    const session = await s.createSession();
    const flood = await Promise.all(Array.from({ length: 800 }, () => lookup(s, session.code)));
    const statuses = flood.map((r) => r.status);
    expect(count(statuses, 200)).toBeGreaterThanOrEqual(DEFAULT_ADDRESS_LIMITS.lookups.burst);
    expect(count(statuses, 200)).toBeLessThan(800);
    expect(count(statuses, 429)).toBe(800 - count(statuses, 200));
  });

  it("lets 60 students of one class look up, join, reload and start without one refusal", async () => {
    const s = await limitedServer({ maxPlayersPerSession: 60 });
    const session = await s.createSession({ scenarioId: "tutorial-nl", language: "nl", teamSize: 3 });
    const sdk = s.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const refusals: string[] = [];
    const students: Scripted[] = [];
    // Ten at a time, as a class arriving: each page looks the code up while it is typed, mistypes it once, and
    // again when joining.
    for (let batch = 0; batch < 6; batch++) {
      const joined = await Promise.all(
        Array.from({ length: 10 }, async (_, k) => {
          const i = batch * 10 + k;
          for (const code of [session.code, UNKNOWN[i % UNKNOWN.length] ?? "CCCCC", session.code]) {
            const answer = await lookup(s, code);
            if (answer.status === 429) refusals.push(`lookup ${i}`);
          }
          return Scripted.player(sdk, session.roomId, `Student ${i + 1}`, ROLES[i % 3], token(`s${i}`)).catch(
            (error: unknown) => {
              refusals.push(`join ${i}: ${String(error)}`);
              return undefined;
            },
          );
        }),
      );
      for (const student of joined) if (student) students.push(student);
    }
    // One student reloads five times: the page looks the code up again and rejoins with its token.
    for (let reload = 0; reload < 5; reload++) {
      await students[0]?.room.leave();
      if ((await lookup(s, session.code)).status !== 200) refusals.push(`reload lookup ${reload}`);
      const back = await Scripted.player(sdk, session.roomId, "Student 1", "AIOS", token("s0")).catch(
        (error: unknown) => void refusals.push(`reload ${reload}: ${String(error)}`),
      );
      if (back) students[0] = back;
    }
    // The teacher's page reloads too.
    await host.room.leave();
    const teacher = await Scripted.host(sdk, session.roomId, session.hostKey);
    expect(refusals).toEqual([]);
    expect(students).toHaveLength(60);
    expect(await teacher.send("host.start")).toBe("ok");
    expect(students.flatMap((p) => p.errors)).toEqual([]);

    // The limits were on all along: the same address guessing codes is refused within the burst.
    const guesses = await Promise.all(Array.from({ length: 150 }, () => lookup(s, "CCCCC")));
    expect(
      count(
        guesses.map((r) => r.status),
        429,
      ),
    ).toBeGreaterThan(0);
  });

  it("refuses a flood of session creation after the burst", async () => {
    const s = await limitedServer();
    const burst = DEFAULT_ADDRESS_LIMITS.creates.burst;
    const statuses: number[] = [];
    for (let i = 0; i < burst + 5; i++) {
      const response = await fetch(`${s.url}/api/sessions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ scenarioId: "tutorial-nl", language: "nl", teamSize: 3 }),
      });
      statuses.push(response.status);
      if (response.status === 429)
        expect(await response.json()).toEqual({ error: "too_many_attempts", detail: DUTCH });
    }
    expect(statuses).toEqual([...Array(burst).fill(201), ...Array(5).fill(429)]);
  });

  it("refuses a flood of seats from one address with too_many_attempts", async () => {
    const s = await limitedServer();
    const session = await s.createSession();
    const sdk = s.colyseus.sdk;
    const burst = DEFAULT_ADDRESS_LIMITS.joins.burst;
    const outcomes: string[] = [];
    const started = Date.now();
    for (let batch = 0; batch < 9; batch++) {
      const tries = Array.from({ length: 20 }, (_, k) => {
        const i = batch * 20 + k;
        return tryJoin(sdk, session.roomId, {
          nickname: `Seat ${i}`,
          role: "SW",
          playerToken: token(`f${i}`),
        });
      });
      outcomes.push(...(await Promise.all(tries)));
    }
    const refill = Math.ceil(((Date.now() - started) / 1000) * DEFAULT_ADDRESS_LIMITS.joins.perSecond);
    expect(count(outcomes, "ok")).toBeGreaterThanOrEqual(burst);
    expect(count(outcomes, "ok")).toBeLessThanOrEqual(burst + refill);
    expect(count(outcomes, "too_many_attempts")).toBe(180 - count(outcomes, "ok"));
  });

  it("refuses wrong host keys after a few, while the right key still gets the teacher in", async () => {
    const s = await limitedServer();
    const session = await s.createSession();
    const sdk = s.colyseus.sdk;
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++)
      outcomes.push(await tryJoin(sdk, session.roomId, { hostKey: `wrong-key-${i}-0123456789abcdef` }));
    const burst = DEFAULT_ADDRESS_LIMITS.wrongHostKeys.burst;
    expect(outcomes.slice(0, burst)).toEqual(Array(burst).fill("host_key_invalid"));
    expect(count(outcomes, "too_many_attempts")).toBeGreaterThanOrEqual(40 - burst - 1);
    expect(outcomes.at(-1)).toBe("too_many_attempts");
    // The refusal is a join error with HTTP-like code 429, as a page sees it.
    const refusal = await sdk
      .joinById(session.roomId, { hostKey: "wrong-key-last-0123456789abcdef" })
      .catch((e) => e);
    expect(refusal).toMatchObject({ code: 429, message: "too_many_attempts" });
    expect(await tryJoin(sdk, session.roomId, { hostKey: session.hostKey })).toBe("ok");
    // Students from the same address are a separate count.
    expect(await tryJoin(sdk, session.roomId, { nickname: "Anna", playerToken: token("anna") })).toBe("ok");
  });
});
