// The load generator of the suite: a class of rooms on loopback, a fixed command rate, and what it costs the server.
// e2e latency is from sending a chat line to the sender's own synced state holding it. Bounded in count and time.
import { Client, type Room } from "@colyseus/sdk";
import { type ServerKind, startServer } from "./child.ts";
import { type Spread, sleep, spread } from "./stats.ts";
import { floor, ours, type Target } from "./targets.ts";

const TARGETS: Record<ServerKind, Target> = { ours, floor };
const LOST_AFTER_MS = 10_000;

type Seat = { room: Room; bytes: number; pending: Map<string, number> };

/** Counts the bytes each message brings after permessage-deflate is undone (what the client decodes). */
function counted(room: Room): Seat {
  noReconnect(room);
  // Both servers acknowledge each command; the load generator times the echo in the state, not the ack.
  room.onMessage("ack", () => {});
  const seat: Seat = { room, bytes: 0, pending: new Map() };
  const events = room.connection.events as { onmessage?: (event: { data: unknown }) => void };
  const deliver = events.onmessage;
  events.onmessage = (event) => {
    const data = event.data;
    seat.bytes +=
      data instanceof ArrayBuffer ? data.byteLength : ArrayBuffer.isView(data) ? data.byteLength : 0;
    deliver?.(event);
  };
  return seat;
}

/** A benchmark client that loses its server at the end must not keep trying to get back in. */
function noReconnect(room: Room): Room {
  room.reconnection.enabled = false;
  return room;
}

async function inBatches<T>(count: number, width: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await make(i);
      }
    }),
  );
  return out;
}

const until = async (test: () => boolean, ms: number, what: string) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
};

async function leaveAll(rooms: Room[]) {
  await Promise.race([Promise.allSettled(rooms.map((r) => r.leave(true))), sleep(10_000)]);
}

export type E2eResult = {
  players: number;
  commands: number;
  lost: number;
  latencyMs: Spread;
  cpuMsPerCommand: number;
  cpuMsPerCommandAboveIdle: number;
  rssBeforeJoinMB: number;
  rssPerPlayerKB: number;
  bytesPerCommandStudent: number;
  bytesPerCommandHost: number;
  bytesPerCommandAllClients: number;
  joinSeconds: number;
};

export type E2eOptions = { sessions: number; students: number; rate: number; seconds: number; port: number };

export async function runE2e(kind: ServerKind, o: E2eOptions): Promise<E2eResult> {
  const target = TARGETS[kind];
  const server = await startServer(kind, o.port);
  const all: Room[] = [];
  try {
    await sleep(500);
    const rssBefore = await server.rss();
    const handles = await target.setup(server, o.sessions, o.students);
    const sdk = new Client(server.url);
    const joinStart = performance.now();
    const hosts = await inBatches(handles.length, 4, async (i) => {
      const h = handles[i] as (typeof handles)[number];
      return counted(await sdk.joinById(h.roomId, h.hostOptions));
    });
    const students = await inBatches(o.sessions * o.students, 16, async (i) => {
      const h = handles[i % o.sessions] as (typeof handles)[number];
      return counted(await sdk.joinById(h.roomId, target.studentOptions(i)));
    });
    const joinSeconds = (performance.now() - joinStart) / 1000;
    all.push(...hosts.map((s) => s.room), ...students.map((s) => s.room));
    for (const host of hosts) target.start(host.room);
    await until(() => students.every((s) => target.ready(s.room)), 120_000, "every team in play");
    await sleep(3_000);
    const rssJoined = await server.rss();

    // Idle: everyone connected, nobody typing (the game clock still ticks).
    const idle0 = await server.cpuMs();
    await sleep(3_000);
    const idleRate = ((await server.cpuMs()) - idle0) / 3_000;

    const latencies: number[] = [];
    for (const s of students)
      s.room.onStateChange(() => {
        if (s.pending.size === 0) return;
        const now = performance.now();
        for (const [text, t0] of s.pending)
          if (target.seen(s.room, text)) {
            latencies.push(now - t0);
            s.pending.delete(text);
          }
      });
    const studentBytes0 = students.reduce((n, s) => n + s.bytes, 0);
    const hostBytes0 = hosts.reduce((n, s) => n + s.bytes, 0);
    const profileDir = process.env.BENCH_PROFILE;
    if (profileDir) await server.request("profile-start");
    const cpu0 = await server.cpuMs();
    const t0 = performance.now();
    const total = Math.round(o.rate * o.seconds);
    // Round robin over sessions, then over the students of each, so every session gets its share of the rate.
    for (let k = 0; k < total; k++) {
      const due = t0 + (k * 1000) / o.rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const session = k % o.sessions;
      const nth = Math.floor(k / o.sessions) % o.students;
      const s = students[nth * o.sessions + session] as Seat;
      const text = `q${k}z`;
      s.pending.set(text, performance.now());
      s.room.send("chat.say", { text });
    }
    await until(() => students.every((s) => s.pending.size === 0), LOST_AFTER_MS, "the last commands").catch(
      () => {},
    );
    const elapsed = performance.now() - t0;
    const cpu = (await server.cpuMs()) - cpu0;
    if (profileDir) {
      const name = `${server.kind}-${o.sessions}x${o.students}-${Date.now()}`;
      console.error(`profile: ${await server.request("profile-stop", { dir: profileDir, name })}`);
    }
    const lost = students.reduce((n, s) => n + s.pending.size, 0);
    const perSession = total / o.sessions;
    const players = o.sessions * (o.students + 1);
    return {
      players,
      commands: total,
      lost,
      latencyMs: spread(latencies),
      cpuMsPerCommand: cpu / total,
      cpuMsPerCommandAboveIdle: (cpu - idleRate * elapsed) / total,
      rssBeforeJoinMB: rssBefore / 2 ** 20,
      rssPerPlayerKB: (rssJoined - rssBefore) / players / 1024,
      bytesPerCommandStudent:
        (students.reduce((n, s) => n + s.bytes, 0) - studentBytes0) / students.length / perSession,
      bytesPerCommandHost: (hosts.reduce((n, s) => n + s.bytes, 0) - hostBytes0) / hosts.length / perSession,
      bytesPerCommandAllClients:
        (students.reduce((n, s) => n + s.bytes, 0) -
          studentBytes0 +
          hosts.reduce((n, s) => n + s.bytes, 0) -
          hostBytes0) /
        total,
      joinSeconds,
    };
  } finally {
    await leaveAll(all);
    await server.stop();
  }
}

export type StormResult = { joins: number; failures: number; latencyMs: Spread; firstError?: string };

/** `joins` joins spread evenly over `seconds`, into rooms of up to 50 students; nobody waits for anyone. */
export async function runStorm(
  kind: ServerKind,
  joins: number,
  seconds: number,
  port: number,
): Promise<StormResult> {
  const target = TARGETS[kind];
  const server = await startServer(kind, port);
  const rooms: Room[] = [];
  try {
    const perRoom = 50;
    const handles = await target.setup(server, Math.ceil(joins / perRoom), perRoom);
    const sdk = new Client(server.url);
    await sleep(500);
    const latencies: number[] = [];
    let failures = 0;
    let firstError: string | undefined;
    const t0 = performance.now();
    const tries: Promise<void>[] = [];
    for (let i = 0; i < joins; i++) {
      const wait = t0 + (i * seconds * 1000) / joins - performance.now();
      if (wait > 0) await sleep(wait);
      const h = handles[i % handles.length] as (typeof handles)[number];
      const started = performance.now();
      tries.push(
        Promise.race([
          sdk.joinById(h.roomId, target.studentOptions(i)),
          sleep(30_000).then(() => {
            throw new Error("no answer in 30 s");
          }),
        ]).then(
          (room) => {
            latencies.push(performance.now() - started);
            rooms.push(noReconnect(room as Room));
          },
          (error: unknown) => {
            failures++;
            firstError ??= error instanceof Error ? error.message : String(error);
          },
        ),
      );
    }
    await Promise.all(tries);
    return { joins, failures, latencyMs: spread(latencies), firstError };
  } finally {
    await leaveAll(rooms);
    await server.stop();
  }
}
