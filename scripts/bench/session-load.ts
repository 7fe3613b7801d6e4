// `npm run bench:load` (STUDENTS, LOAD_SECONDS, COMPRESS=0 to change): a full class on loopback — 60 students in 20 teams and a host — chatting and sharing for a
// fixed time. Prints command-to-view latency, bytes each client receives and server memory. Bounded in count and
// time; it targets 127.0.0.1 only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import { createGameServer } from "../../server/app.ts";
import { loadScenarioCatalog } from "../../server/scenarios/load-catalog.ts";
import { openStore } from "../../server/store/open-store.ts";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import { readSynced } from "../../shared/protocol/view-parts.ts";
import type { TeamView } from "../../shared/scenario/views.ts";

const STUDENTS = Number(process.env.STUDENTS ?? 60);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const PORT = Number(process.env.PORT ?? 2599);
const COMPRESS = process.env.COMPRESS !== "0";
const ROLES = ["AIOS", "SW", "WV"] as const;

type Student = { room: Room; bytes: number; key: () => string | undefined };

function view(student: Student): TeamView | undefined {
  const key = student.key();
  const state = student.room.state as unknown as {
    views?: { get(k: string): { toJSON(): unknown } | undefined };
  };
  return key ? readSynced(state?.views?.get(key)) : undefined;
}

async function connect(sdk: Client, roomId: string, options: Record<string, unknown>): Promise<Student> {
  const room = await sdk.joinById(roomId, options);
  const student: Student = { room, bytes: 0, key: () => undefined };
  const events = room.connection.events as { onmessage?: (event: { data: unknown }) => void };
  const deliver = events.onmessage;
  events.onmessage = (event) => {
    const data = event.data;
    student.bytes +=
      data instanceof ArrayBuffer ? data.byteLength : ArrayBuffer.isView(data) ? data.byteLength : 0;
    deliver?.(event);
  };
  student.key = () => {
    const players = (
      room.state as unknown as { players?: Map<string, { sessionId: string; teamId: string; role: string }> }
    ).players;
    for (const p of players?.values() ?? [])
      if (p.sessionId === room.sessionId && p.teamId) return `${p.teamId}/${p.role}`;
    return undefined;
  };
  return student;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const until = async (test: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-load-"));
  const store = await openStore({ databaseUrl: undefined, dataDir });
  const catalog = await loadScenarioCatalog("scenarios");
  const { server } = createGameServer({
    catalog,
    store,
    clientDir: undefined,
    publicUrl: undefined,
    maxPlayersPerSession: STUDENTS,
    sessionIdleMs: 60 * 60_000,
    reconnectSeconds: 60,
    timeScale: 1,
    handleSignals: false,
    compress: COMPRESS,
  });
  // What actually crosses the wire, after any compression: bytes written on the server's sockets.
  const sockets = new Set<{ bytesWritten: number }>();
  const onConnection = (socket: { bytesWritten: number }) => sockets.add(socket);
  await server.listen(PORT, "127.0.0.1");
  (
    server.transport as unknown as { server: { on(event: "connection", f: typeof onConnection): void } }
  ).server.on("connection", onConnection);
  const url = `http://127.0.0.1:${PORT}`;
  try {
    const response = await fetch(`${url}/api/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenarioId: "elke-week-een-andere-klacht", language: "nl", teamSize: 3 }),
    });
    const session = (await response.json()) as CreateSessionResponse;
    const sdk = new Client(url);
    const host = await connect(sdk, session.roomId, { hostKey: session.hostKey });

    const joinStart = performance.now();
    const students: Student[] = [];
    for (let i = 0; i < STUDENTS; i++) {
      const role = ROLES[i % ROLES.length];
      students.push(
        await connect(sdk, session.roomId, {
          nickname: `Student ${i + 1}`,
          role,
          playerToken: `load-token-${i}-0123456789abcdef`,
        }),
      );
    }
    const joinMs = performance.now() - joinStart;

    const startAt = performance.now();
    host.room.send("host.start", {});
    await until(() => students.every((s) => view(s)?.status === "playing"), 30_000);
    const startMs = performance.now() - startAt;
    const bytesBefore = students.reduce((sum, s) => sum + s.bytes, 0);
    const hostBefore = host.bytes;
    const wireBefore = [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0);

    const latencies: number[] = [];
    let sent = 0;
    const deadline = Date.now() + SECONDS * 1000;
    await Promise.all(
      students.map(async (s, i) => {
        for (let n = 0; Date.now() < deadline; n++) {
          const text = `bericht ${i}-${n}`;
          const t0 = performance.now();
          s.room.send("chat.say", { text });
          sent++;
          await until(() => view(s)?.chat.some((c) => c.text === text) ?? false, 10_000);
          latencies.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 1_500 + ((i * 37) % 500)));
        }
      }),
    );
    const bytesDuring = students.reduce((sum, s) => sum + s.bytes, 0) - bytesBefore;
    const wireDuring = [...sockets].reduce((sum, s) => sum + s.bytesWritten, 0) - wireBefore;
    const decodedDuring = bytesDuring + host.bytes - hostBefore;
    latencies.sort((a, b) => a - b);
    const memory = process.memoryUsage();
    const f = (n: number) => n.toFixed(1);
    console.log(
      `students ${STUDENTS} in ${Math.ceil(STUDENTS / 3)} teams, ${SECONDS} s of chat, scenario elke-week-een-andere-klacht`,
    );
    console.log(
      `join all: ${f(joinMs)} ms (${f(joinMs / STUDENTS)} ms each, sequential); start all teams: ${f(startMs)} ms`,
    );
    console.log(`commands: ${sent} (${f(sent / SECONDS)}/s)`);
    console.log(
      `command -> own view latency ms: p50 ${f(percentile(latencies, 0.5))}  p95 ${f(percentile(latencies, 0.95))}  p99 ${f(percentile(latencies, 0.99))}  max ${f(latencies.at(-1) ?? 0)}`,
    );
    console.log(
      `received per student: ${f(bytesDuring / STUDENTS / SECONDS / 1024)} KiB/s during play; host total ${f(host.bytes / 1024)} KiB`,
    );
    console.log(
      `on the wire, compression ${COMPRESS ? "on" : "off"}: ${f(wireDuring / SECONDS / 1024)} KiB/s for the whole class (decoded: ${f(decodedDuring / SECONDS / 1024)} KiB/s)`,
    );
    console.log(
      `server process (this process, incl. clients): rss ${f(memory.rss / 2 ** 20)} MiB, heap ${f(memory.heapUsed / 2 ** 20)} MiB`,
    );
    for (const s of [...students, host]) await s.room.leave(true);
  } finally {
    await server.gracefullyShutdown(false);
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
