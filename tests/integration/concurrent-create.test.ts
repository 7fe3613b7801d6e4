// Sessions created all at once on PostgreSQL: the room's patch timer runs while onCreate awaits the store, which
// once reached a half-built room (`TypeError … reading 'clock'`) and took the whole process down (issue 12).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@colyseus/sdk";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import { freePort } from "../helpers/free-port.ts";
import { dropSchema, postgresOrSkip } from "../helpers/postgres.ts";
import { Scripted } from "../helpers/scripted.ts";
import { killAllServerProcesses, type ServerProcess, startServerProcess } from "../helpers/server-process.ts";

const postgresUrl = await postgresOrSkip();
const schema = `concurrent_create_${process.pid}`;
const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-concurrent-"));
const WAVE = 10;
const TRIO = [
  ["Amir", "AIOS"],
  ["Sanne", "SW"],
  ["Wim", "WV"],
] as const;

afterAll(async () => {
  killAllServerProcesses();
  if (postgresUrl) await dropSchema(postgresUrl, schema);
  rmSync(dataDir, { recursive: true, force: true });
});

/** A creation that gets no answer (the process died) fails with the server's output, which names the error. */
async function create(server: ServerProcess): Promise<{ status: number; session?: CreateSessionResponse }> {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scenarioId: "tutorial-nl", language: "nl", teamSize: 3 }),
  }).catch((error: unknown) => {
    throw new Error(`no answer to the creation (${error}); server output:\n${server.output()}`);
  });
  return response.status === 201
    ? { status: 201, session: (await response.json()) as CreateSessionResponse }
    : { status: response.status };
}

/** A host and a team of three join, the game starts, and a chat line is acknowledged: the session plays. */
async function play(sdk: Client, session: CreateSessionResponse, index: number) {
  const host = await Scripted.host(sdk, session.roomId, session.hostKey);
  const players = await Promise.all(
    TRIO.map(([name, role]) =>
      Scripted.player(sdk, session.roomId, name, role, `${name}-${index}-token-0123456789abcdef`),
    ),
  );
  expect(await host.send("host.start")).toBe("ok");
  for (const p of players) await p.waitForView("the start", (v) => v.status === "playing", 10_000);
  expect(await players[0]?.send("chat.say", { text: `Sessie ${index} speelt.` })).toBe("ok");
  for (const c of [host, ...players]) await c.room.leave();
}

/** Still answering: a process that died of a room's error refuses the connection. */
async function alive(server: ServerProcess) {
  const status = await fetch(`${server.url}/api/scenarios`).then(
    (r) => r.status,
    (error: unknown) => `${error}`,
  );
  expect(status, server.output()).toBe(200);
}

describe.skipIf(!postgresUrl)("sessions created all at once on PostgreSQL", () => {
  it(`creates ${WAVE} at once, then ${WAVE} more while the first are joined: all playable, the server stays up`, async () => {
    if (!postgresUrl) throw new Error("no PostgreSQL");
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    const server = await startServerProcess({
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      DATABASE_URL: `${postgresUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    });
    const sdk = new Client(server.url);

    const started = Date.now();
    const first = await Promise.all(Array.from({ length: WAVE }, () => create(server)));
    const firstMs = Date.now() - started;
    expect(
      first.map((r) => r.status),
      server.output(),
    ).toEqual(Array(WAVE).fill(201));
    await alive(server);

    const [second] = await Promise.all([
      Promise.all(Array.from({ length: WAVE }, () => create(server))),
      Promise.all(first.map((r, i) => (r.session ? play(sdk, r.session, i) : undefined))),
    ]);
    expect(
      second.map((r) => r.status),
      server.output(),
    ).toEqual(Array(WAVE).fill(201));
    await Promise.all(second.map((r, i) => (r.session ? play(sdk, r.session, WAVE + i) : undefined)));
    const codes = new Set([...first, ...second].map((r) => r.session?.code));
    expect(codes.size).toBe(2 * WAVE);
    await alive(server);
    expect(server.output()).not.toMatch(/TypeError|uncaught/i);
    expect(await server.kill("SIGINT"), server.output()).toBe(0);
    console.log(
      `concurrent creation: ${2 * WAVE} sessions on PostgreSQL (first ${WAVE} in ${firstMs} ms), all played, server up`,
    );
  }, 90_000);
});
