// Random and malformed messages for the session room, and a rig that sends them one at a time over real
// WebSockets and checks each answer: one reply, naming the type as sent; a refusal changes nothing; a frame the
// server cannot read is answered with message_unreadable and then closed. Used by the fuzz test and fuzz:long.
import { matchMaker } from "@colyseus/core";
import { Protocol } from "@colyseus/sdk";
import fc from "fast-check";
import { unpack } from "msgpackr";
import { INVALID_COMMAND } from "../../shared/protocol/errors.ts";
import { HOST_COMMANDS } from "../../shared/protocol/game.ts";
import { LEAD_COMMANDS } from "../../shared/protocol/lead.ts";
import { SEAT_HANDOVER } from "../../shared/protocol/session.ts";
import { COMMAND_TYPES } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { BASES } from "../../shared/scenario/primitives.ts";
import { bytesFrame, dataFrame, nestedArrays, packPayload, rawString } from "./raw-frames.ts";
import type { Scripted } from "./scripted.ts";
import type { TestServer } from "./server.ts";

export type Sender = "host" | "student" | "spare";
export type FuzzMessage = {
  sender: Sender;
  frame: Uint8Array;
  /** The `command` the reply must carry; undefined when the frame's header itself is random. */
  command: string | undefined;
  /** The codec cannot read the body, or the header is random: may close, so sent from a spare connection. */
  mayClose: boolean;
};

/** What a scenario offers to aim at: valid ids make some messages get past the schemas to the engine's rules. */
export type Targets = {
  cards: string[];
  decisions: { id: string; options: string[] }[];
  contacts: string[];
  injects: string[];
  roles: string[];
  playerIds: () => string[];
  teams: string[];
};

export function targetsOf(s: Scenario, playerIds: () => string[]): Targets {
  return {
    cards: s.cards.map((c) => c.id),
    decisions: s.decisions.map((d) => ({ id: d.id, options: d.options.map((o) => o.id) })),
    contacts: s.contacts.map((c) => c.id),
    injects: s.injects.map((i) => i.id),
    roles: s.roles.map((r) => r.id),
    playerIds,
    teams: ["T1", "T2", "T9"],
  };
}

const TYPES = [
  ...COMMAND_TYPES,
  ...Object.keys(HOST_COMMANDS),
  ...Object.keys(LEAD_COMMANDS),
  SEAT_HANDOVER,
  "*",
  "",
  "ack",
  "error",
  "lead.show",
  "__proto__",
  "constructor",
  "host.",
  "chat.say ",
];

/** Host commands a valid payload would let end the lobby or the game, which the rest of a run needs. */
const NO_VALID: Record<"lobby" | "playing", ReadonlySet<string>> = {
  lobby: new Set(["host.start", "host.end"]),
  playing: new Set(["host.end", "host.advance"]),
};

const text = (max: number) => fc.string({ minLength: 1, maxLength: max });
const oneOf = <T>(xs: readonly T[]) => fc.constantFrom(...(xs.length > 0 ? xs : ([undefined] as T[])));

/** A payload that passes (or nearly passes) the schema of `type`: gets the message to the engine's own checks. */
function validPayload(type: string, t: Targets): fc.Arbitrary<unknown> {
  const decision = oneOf(t.decisions).chain((d) =>
    fc.record({ decisionId: fc.constant(d?.id ?? "B1"), optionId: oneOf(d?.options ?? ["A"]) }),
  );
  const team = oneOf(t.teams);
  const player = fc.constant(null).map(() => t.playerIds()[0] ?? "p1");
  switch (type) {
    case "chat.say":
      return fc.record({ text: text(500) });
    case "kennismaken.submit":
      return fc.record({ whoIAm: text(400), whatICanDo: text(400), howToReachMe: text(200) });
    case "card.share":
      return fc.record(
        { cardId: oneOf(t.cards), basis: oneOf(BASES), note: text(300) },
        { requiredKeys: ["cardId"] },
      );
    case "preference.record":
    case "decision.confirm":
      return decision;
    case "proposal.make":
      return fc.tuple(decision, text(600)).map(([d, rationale]) => ({ ...d, rationale }));
    case "proposal.vote":
      return fc.record({ proposalId: fc.constantFrom("P1", "P2", "P9"), agree: fc.boolean() });
    case "contact.request":
      return fc.record(
        { contactId: oneOf(t.contacts), question: text(300) },
        { requiredKeys: ["contactId"] },
      );
    case "host.move":
      return fc.record({ playerId: player, teamId: team, role: oneOf(t.roles) });
    case "host.start":
    case "host.pause":
    case "host.resume":
      return fc.record({ teamId: team }, { requiredKeys: [] });
    case "host.extend":
      return fc.record(
        { teamId: team, ms: fc.integer({ min: 1000, max: 1_800_000 }) },
        { requiredKeys: ["ms"] },
      );
    case "host.advance":
      return fc.record({ teamId: team });
    case "host.inject":
      return fc.record({ teamId: team, injectId: oneOf(t.injects) }, { requiredKeys: ["injectId"] });
    case "host.message":
      return fc.record({ teamId: team, text: text(800), as: oneOf(t.contacts) }, { requiredKeys: ["text"] });
    case "host.bookmark":
      return fc.record({ teamId: team, note: fc.string({ maxLength: 140 }) }, { requiredKeys: ["teamId"] });
    case "host.lead":
      return fc.record({ teamId: team, seq: fc.integer({ min: -1, max: 50 }) });
    case SEAT_HANDOVER:
      return fc.record({ playerId: player });
    default:
      return fc.constant({});
  }
}

/** Values msgpack carries and JSON does not, or that break a schema in a way worth trying. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }),
  fc.date({ noInvalidDate: true }),
  fc.uint8Array({ maxLength: 16 }),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, null, 2 ** 53 + 1, -1e308),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("\uD800", "a\uDFFFb", "x".repeat(5_000), " ", "\u0000"),
  fc.anything({
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withMap: true,
    withSet: true,
    maxDepth: 3,
  }),
);

/** A valid payload with one field replaced, one unknown field added, or wrapped in something odd. */
function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, oddValue, fc.nat(), fc.constantFrom("replace", "add", "wrap", "proto"))
    .map(([value, odd, pick, how]) => {
      const obj = value && typeof value === "object" ? { ...(value as Record<string, unknown>) } : {};
      const keys = Object.keys(obj);
      if (how === "replace" && keys.length > 0) obj[keys[pick % keys.length] as string] = odd;
      else if (how === "add") obj[`extra${pick % 3}`] = odd;
      else if (how === "wrap") return [obj];
      else return Object.assign(Object.create(null), obj, { ["__proto__"]: odd });
      return obj;
    });
}

/**
 * Whether the codec itself fails on `bytes` (so the server must answer message_unreadable and close). Nesting too
 * deep for its recursion does not count: the server refuses that as payload_too_deep and keeps the connection.
 */
export function breaksCodec(bytes: Uint8Array | undefined): boolean {
  if (!bytes || bytes.length === 0) return false;
  try {
    unpack(bytes);
    return false;
  } catch (error) {
    return !(error instanceof RangeError && /call stack/i.test(error.message));
  }
}

/**
 * The body of a data frame as bytes: mostly packed values, sometimes nothing, deep nesting, or broken bytes.
 * `random: false` leaves out random bytes, which could happen to spell a valid payload (0x80 is `{}`).
 */
function body(value: fc.Arbitrary<unknown>, random: boolean): fc.Arbitrary<Uint8Array | undefined> {
  const packed = value.map((v) => {
    try {
      return packPayload(v);
    } catch {
      return Uint8Array.of(0x90); // a value the codec refuses to write: send []
    }
  });
  if (!random) return packed;
  return fc.oneof(
    { weight: 40, arbitrary: packed },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 9, max: 30_000 })
        .map((d) => Uint8Array.of(0x81, 0xa1, 0x78, ...nestedArrays(d))),
    },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.tuple(packed, fc.nat()).map(([p, cut]) => p.subarray(0, cut % Math.max(1, p.length))),
    },
  );
}

/** A type as sent and the command its reply must name. */
const typeArb: fc.Arbitrary<{ header: string | number | Uint8Array; command: string }> = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...TYPES).map((t) => ({ header: t, command: t })) },
  { weight: 2, arbitrary: fc.string({ maxLength: 64 }).map((t) => ({ header: t, command: t })) },
  {
    weight: 1,
    arbitrary: fc
      .string({ minLength: 65, maxLength: 300 })
      .map((t) => ({ header: t, command: INVALID_COMMAND })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.nat(), fc.integer(), fc.double())
      .map((n) => ({ header: n, command: INVALID_COMMAND })),
  },
  {
    weight: 1,
    // Lone surrogates as the SDK's encoder would write them (ED A0 80 ...), or bytes that are no UTF-8 at all.
    arbitrary: fc
      .tuple(
        fc.constantFrom(Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xff), Uint8Array.of(0xc3)),
        fc.string({ maxLength: 8 }),
      )
      .map(([bad, s]) => ({
        header: rawString(Uint8Array.from([...new TextEncoder().encode(s), ...bad])),
        command: INVALID_COMMAND,
      })),
  },
);

/** Opcodes Colyseus answers itself (join, leave, ping, request): not the gate's to answer. */
const COLYSEUS_CODES: readonly number[] = [
  Protocol.JOIN_ROOM,
  Protocol.LEAVE_ROOM,
  Protocol.PING,
  Protocol.ROOM_REQUEST,
];

/** One message from one of the rig's senders. */
export function fuzzMessage(t: Targets, phase: "lobby" | "playing"): fc.Arbitrary<FuzzMessage> {
  const data = typeArb.chain(({ header, command }) => {
    const name = typeof header === "string" ? header : "";
    // A command that would end the phase under test gets only payloads its strict schema refuses (an extra key).
    const ender = NO_VALID[phase].has(name);
    const valid = validPayload(name, t);
    const value = ender
      ? fc.tuple(oddValue, fc.nat(2)).map(([odd, i]) => ({ [`extra${i}`]: odd }))
      : fc.oneof({ weight: 6, arbitrary: valid }, { weight: 3, arbitrary: mutated(valid) }, oddValue);
    return fc
      .tuple(body(value, !ender), fc.constantFrom<Sender>("host", "student", "student"))
      .map(([b, who]) => {
        const mayClose = breaksCodec(b);
        return {
          sender: mayClose ? ("spare" as const) : who,
          frame: dataFrame(header, b),
          command,
          mayClose,
        };
      });
  });
  const bytes = fc
    .tuple(
      fc.constantFrom(...TYPES),
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom<Sender>("host", "student"),
    )
    .map(([type, raw, sender]) => ({ sender, frame: bytesFrame(type, raw), command: type, mayClose: false }));
  const noise = fc
    .uint8Array({ minLength: 0, maxLength: 60 })
    .filter((b) => !COLYSEUS_CODES.includes((b[0] ?? 0) & 0x1f))
    .map((frame) => ({ sender: "spare" as const, frame, command: undefined, mayClose: true }));
  return fc.oneof(
    { weight: 50, arbitrary: data },
    { weight: 2, arbitrary: bytes },
    { weight: 1, arbitrary: noise },
  );
}

export type FuzzStats = {
  sent: number;
  missing: number;
  extra: number;
  wrongCommand: number;
  changedByRefusal: number;
  /** Refusals whose state comparison was skipped because a timer fired meanwhile. */
  skipped: number;
  closed: number;
  closedWithoutUnreadable: number;
  byCode: Record<string, number>;
  failures: string[];
};

type Connections = { host: Scripted; students: Scripted[]; spare: () => Promise<Scripted> };

/** Counts before the first message. */
export function emptyStats(): FuzzStats {
  return {
    sent: 0,
    missing: 0,
    extra: 0,
    wrongCommand: 0,
    changedByRefusal: 0,
    skipped: 0,
    closed: 0,
    closedWithoutUnreadable: 0,
    byCode: {},
    failures: [],
  };
}

/**
 * Sends fuzz messages one at a time and checks each answer against the room's state on the server. Refusals are
 * compared on the room's synced state (without the clock) and the stored log; accepted messages may change both.
 */
export class FuzzRig {
  readonly stats: FuzzStats = emptyStats();
  private spare: Scripted | undefined;
  private studentTurn = 0;
  /** Every connection the rig used: replies it had before, and messages sent on it since. */
  private readonly used = new Map<Scripted, { before: number; sent: number }>();

  constructor(
    private readonly server: TestServer,
    private readonly roomId: string,
    private readonly connections: Connections,
    private readonly replyTimeoutMs = 3_000,
  ) {}

  private snapshot(): string {
    const room = matchMaker.getLocalRoomById(this.roomId);
    const state = (room.state as unknown as { toJSON(): Record<string, unknown> }).toJSON();
    const { time: _time, hostConnected: _h, players, ...rest } = state;
    // Connection flags change when the spare connection is closed and rejoins; everything else must not.
    const seats = Object.fromEntries(
      Object.entries((players ?? {}) as Record<string, Record<string, unknown>>).map(([id, p]) => {
        const { connected: _c, sessionId: _s, ...seat } = p;
        return [id, seat];
      }),
    );
    return JSON.stringify({ ...rest, seats });
  }

  private async log(): Promise<Array<{ type: string; actor: unknown }>> {
    const room = matchMaker.getLocalRoomById(this.roomId);
    const { sessionId } = room.metadata as { sessionId: string };
    return (await this.server.store.readLog(sessionId)).map((e) => ({ type: e.type, actor: e.actor }));
  }

  private async sender(who: Sender): Promise<Scripted> {
    let client: Scripted;
    if (who === "host") client = this.connections.host;
    else if (who === "student") {
      const list = this.connections.students;
      client = list[this.studentTurn++ % list.length] as Scripted;
    } else {
      const open = this.spare?.room.connection.isOpen ? this.spare : undefined;
      this.spare = open ?? (await this.connections.spare());
      client = this.spare;
    }
    // lead.sync is answered with a lead.show besides its ack; the SDK warns about types nobody listens to.
    if (!this.used.has(client)) {
      client.room.onMessage("lead.show", () => {});
      client.room.onLeave((code: number) => {
        if (process.env.GATE_DEBUG)
          console.log("RIG closed", who, client.room.sessionId, code, this.stats.sent);
      });
    }
    const entry = this.used.get(client) ?? { before: client.errors.length + client.acks.length, sent: 0 };
    entry.sent++;
    this.used.set(client, entry);
    return client;
  }

  private fail(what: string, m: FuzzMessage) {
    if (this.stats.failures.length < 20)
      this.stats.failures.push(`${what}: ${Buffer.from(m.frame).toString("hex").slice(0, 120)}`);
  }

  /** Sends one message and checks its answer; returns false if a rule was broken. */
  async send(m: FuzzMessage): Promise<boolean> {
    const client = await this.sender(m.sender);
    const errors = client.errors.length;
    const acks = client.acks.length;
    const before = this.snapshot();
    const logBefore = await this.log();
    let closedCode: number | undefined;
    const onLeave = (code: number) => {
      closedCode = code;
    };
    client.room.onLeave(onLeave);
    const replies = () => client.errors.length - errors + (client.acks.length - acks);
    this.stats.sent++;
    client.room.connection.send(m.frame);
    const started = Date.now();
    while (replies() === 0 && Date.now() - started < this.replyTimeoutMs)
      await new Promise((r) => setTimeout(r, 1));
    let ok = true;
    if (replies() === 0) {
      this.stats.missing++;
      this.fail(`no reply (${client.room.sessionId} open: ${client.room.connection.isOpen})`, m);
      ok = false;
    }
    const error = client.errors[errors];
    const command = error?.command ?? client.acks[acks];
    if (error) this.stats.byCode[error.code] = (this.stats.byCode[error.code] ?? 0) + 1;
    else if (command !== undefined) this.stats.byCode.ack = (this.stats.byCode.ack ?? 0) + 1;
    if (command !== undefined && m.command !== undefined && command !== m.command) {
      this.stats.wrongCommand++;
      this.fail(`reply names ${JSON.stringify(command)}, expected ${JSON.stringify(m.command)}`, m);
      ok = false;
    }
    if (error?.code === "message_unreadable") {
      while (closedCode === undefined && Date.now() - started < this.replyTimeoutMs)
        await new Promise((r) => setTimeout(r, 1));
    }
    client.room.onLeave.remove(onLeave);
    if (closedCode !== undefined && !m.mayClose) {
      this.fail(`closed (${closedCode}) although the codec reads the body`, m);
      ok = false;
    }
    if (closedCode !== undefined) {
      this.stats.closed++;
      if (error?.code !== "message_unreadable") {
        this.stats.closedWithoutUnreadable++;
        this.fail(`closed (${closedCode}) without message_unreadable`, m);
        ok = false;
      }
    } else if (error?.code === "message_unreadable") {
      this.fail("message_unreadable without a close", m);
      ok = false;
    }
    if (error) {
      const logAfter = await this.log();
      const added = logAfter.slice(logBefore.length);
      const timerOnly =
        added.length > 0 && added.every((e) => (e.actor as { kind?: string })?.kind === "system");
      if (timerOnly) this.stats.skipped++;
      else if (added.length > 0 || logAfter.length < logBefore.length || this.snapshot() !== before) {
        this.stats.changedByRefusal++;
        this.fail(`refusal ${error.code} changed the room`, m);
        ok = false;
      }
    }
    return ok;
  }

  /** After a run: waits a moment, then counts replies beyond one per message over every connection used. */
  async settle(): Promise<FuzzStats> {
    await new Promise((r) => setTimeout(r, 200));
    let replies = 0;
    let sent = 0;
    for (const [client, { before, sent: n }] of this.used) {
      replies += client.errors.length + client.acks.length - before;
      sent += n;
    }
    this.stats.extra = Math.max(0, replies - (sent - this.stats.missing));
    return this.stats;
  }
}
