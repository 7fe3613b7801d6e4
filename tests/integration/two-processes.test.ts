// Two real server processes on one Redis and one PostgreSQL: a session created through one is played through the
// other, and when the process that hosts its room is killed, the other rebuilds it from the shared log.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@colyseus/sdk";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import type { CreateSessionResponse, SessionLookupResponse } from "../../shared/protocol/session.ts";
import { freePort } from "../helpers/free-port.ts";
import { load, playToTheEnd } from "../helpers/play.ts";
import { dropSchema, postgresOrSkip } from "../helpers/postgres.ts";
import { Scripted } from "../helpers/scripted.ts";
import {
  flushRedisDb,
  killAllServerProcesses,
  redisOrSkip,
  type ServerProcess,
  startServerProcess,
} from "../helpers/server-process.ts";

const postgresUrl = await postgresOrSkip();
const redisUrl = await redisOrSkip();

const TRIO = [
  ["Amir", "AIOS"],
  ["Sanne", "SW"],
  ["Wim", "WV"],
] as const;
const token = (nickname: string) => `${nickname}-token-0123456789abcdef`;

type Cluster = { a: ServerProcess; b: ServerProcess; cleanup: () => Promise<void> };

/** Two processes, each test on its own Redis database and PostgreSQL schema, both emptied afterwards. */
async function startCluster(db: number): Promise<Cluster> {
  if (!postgresUrl || !redisUrl) throw new Error("services missing");
  const schema = `two_processes_${db}_${process.pid}`;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  await flushRedisDb(redisUrl, db);
  const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-two-"));
  const env = (port: number) => ({
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: `${postgresUrl}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    REDIS_URL: `${redisUrl}/${db}`,
    RECONNECT_SECONDS: "5",
  });
  const a = await startServerProcess(env(await freePort()));
  const b = await startServerProcess(env(await freePort()));
  return {
    a,
    b,
    async cleanup() {
      killAllServerProcesses();
      await flushRedisDb(redisUrl, db);
      await dropSchema(postgresUrl, schema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.cleanup();
  cluster = undefined;
});

async function createSession(url: string, scenarioId: string): Promise<CreateSessionResponse> {
  const response = await fetch(`${url}/api/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scenarioId, language: "nl", teamSize: 3 }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as CreateSessionResponse;
}

async function lookup(url: string, code: string): Promise<SessionLookupResponse> {
  const response = await fetch(`${url}/api/sessions/${code}`);
  expect(response.status).toBe(200);
  return (await response.json()) as SessionLookupResponse;
}

const portOf = (url: string) => new URL(url).port;
const connectedTo = (s: Scripted) => new URL((s.room.connection as unknown as { url: string }).url).port;

describe.skipIf(!postgresUrl || !redisUrl)("two server processes on Redis and PostgreSQL", () => {
  it("plays a full game created through one process and joined through the other; the API answers on both", async () => {
    cluster = await startCluster(11);
    const { a, b } = cluster;
    const s = load("tutorial-nl.yaml");
    const session = await createSession(a.url, s.id);
    // Found through B: the room listings are shared.
    expect((await lookup(b.url, session.code)).roomId).toBe(session.roomId);

    const host = await Scripted.host(new Client(a.url), session.roomId, session.hostKey);
    const sdkB = new Client(b.url);
    const players: Scripted[] = [];
    for (const [nickname, role] of TRIO)
      players.push(await Scripted.player(sdkB, session.roomId, nickname, role, token(nickname)));
    // B reserved the seats; the sockets went straight to A, which holds the room (publicAddress).
    expect(players.map(connectedTo)).toEqual([portOf(a.url), portOf(a.url), portOf(a.url)]);

    expect(await host.send("host.start")).toBe("ok");
    for (const p of players) await p.waitForView("the game to start", (v) => v.status === "playing");
    const end = await playToTheEnd(s, host, players, { share: () => true });
    expect(end.outcome?.level).toBe("good");

    const auth = { Authorization: `Bearer ${session.hostKey}` };
    const status = await (
      await fetch(`${b.url}/api/sessions/${session.code}/host`, { headers: auth })
    ).json();
    expect(status).toMatchObject({ code: session.code, live: true, roomId: session.roomId });
    const exported = await fetch(`${b.url}/api/sessions/${session.code}/export`, { headers: auth });
    expect(exported.status).toBe(200);
    expect((await exported.json()).teams.T1.debrief.outcome.level).toBe("good");
    const put = await fetch(`${b.url}/api/sessions/${session.code}/notes`, {
      method: "PUT",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ teamId: "T1", text: "Goed samengewerkt." }),
    });
    expect(put.status).toBe(200);
    const notes = await (
      await fetch(`${a.url}/api/sessions/${session.code}/notes`, { headers: auth })
    ).json();
    expect(notes.notes.map((n: { text: string }) => n.text)).toEqual(["Goed samengewerkt."]);
    // The lookup answers the same room through either process.
    expect((await lookup(a.url, session.code)).roomId).toBe(session.roomId);
    expect((await lookup(b.url, session.code)).roomId).toBe(session.roomId);
  }, 80_000);

  it("rebuilds the session on the survivor when the process hosting its room is killed; players get back in", async () => {
    cluster = await startCluster(12);
    const { a, b } = cluster;
    const s = load("tutorial-nl.yaml");
    const session = await createSession(a.url, s.id);
    const sdkB = new Client(b.url);
    const host = await Scripted.host(new Client(a.url), session.roomId, session.hostKey);
    const players: Scripted[] = [];
    for (const [nickname, role] of TRIO)
      players.push(await Scripted.player(sdkB, session.roomId, nickname, role, token(nickname)));
    expect(await host.send("host.start")).toBe("ok");
    for (const p of players) await p.waitForView("the game to start", (v) => v.status === "playing");
    expect(await players[1]?.send("chat.say", { text: "Voor de crash." })).toBe("ok");
    const before = players.map((p) =>
      p
        .view()
        ?.members.map((m) => m.playerId)
        .sort(),
    );
    // The test plays the client's part itself (client/net/connection.ts stayJoined): look the code up, rejoin.
    for (const c of [host, ...players]) c.room.reconnection.maxRetries = 0;

    expect(await a.kill("SIGKILL")).toBe(null);

    // The survivor notices on the lookup: the listing's process no longer holds its presence channel.
    const started = Date.now();
    const found = await lookup(b.url, session.code).catch((error: unknown) => {
      throw new Error(`${error}\n${b.output()}`);
    });
    const tookMs = Date.now() - started;
    expect(found.roomId).not.toBe(session.roomId);
    expect(tookMs).toBeLessThan(10_000);
    // A second lookup finds the same rebuilt room, not another one.
    expect((await lookup(b.url, session.code)).roomId).toBe(found.roomId);

    const host2 = await Scripted.host(sdkB, found.roomId, session.hostKey);
    const back: Scripted[] = [];
    for (const [nickname] of TRIO)
      back.push(await Scripted.player(sdkB, found.roomId, nickname, undefined, token(nickname)));
    expect(back.map(connectedTo)).toEqual([portOf(b.url), portOf(b.url), portOf(b.url)]);
    for (const [i, p] of back.entries()) {
      const view = await p.waitForView("the seat to come back", (v) => v.viewer.kind === "role");
      expect(view.viewer).toEqual({ kind: "role", role: TRIO[i]?.[1] });
      expect(view.status).toBe("playing");
      expect(view.chat.map((line) => line.text)).toContain("Voor de crash.");
      expect(view.members.map((m) => m.playerId).sort()).toEqual(before[i]);
    }
    const end = await playToTheEnd(s, host2, back, { share: () => true });
    expect(end.outcome?.level).toBe("good");
    console.log(`failover: lookup on the survivor rebuilt the room in ${tookMs} ms`);
  }, 80_000);
});
