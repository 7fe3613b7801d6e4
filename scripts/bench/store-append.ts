// Store append through the store API alone: one session appending, then ten sessions appending at once, on the
// embedded store (PGlite) and on PostgreSQL (TEST_DATABASE_URL, in a schema of its own that is dropped afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPglite, openPostgres, type SqlClient } from "../../server/store/sql-client.ts";
import { SqlStore } from "../../server/store/store.ts";
import { type Spread, spread } from "./stats.ts";

export const PG_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
export type AppendResult = { one: Spread; ten: Spread } | { skipped: string };

async function measure(client: SqlClient, appends: number): Promise<{ one: Spread; ten: Spread }> {
  const store = await SqlStore.open(client);
  const session = async (id: string) => {
    await store.createSession({
      id,
      code: Math.random().toString(36).slice(2, 7).toUpperCase().padEnd(5, "X"),
      scenarioId: "bench",
      language: "nl",
      teamSize: 3,
      hostKeyHash: "x",
      createdAt: Date.now(),
    });
    return id;
  };
  const run = async (id: string, count: number, out: number[]) => {
    for (let seq = 1; seq <= count; seq++) {
      const t0 = performance.now();
      await store.append(id, {
        seq,
        t: seq * 100,
        team: "T1",
        actor: { kind: "player", playerId: "p1" },
        type: "chat.say",
        payload: { text: `bericht ${seq} over Erik en de zitting` },
        at: Date.now(),
      });
      out.push(performance.now() - t0);
    }
  };
  const stamp = Date.now().toString(36);
  const oneTimes: number[] = [];
  await run(await session(`bench-one-${stamp}`), appends, oneTimes);
  const tenTimes: number[] = [];
  const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => session(`bench-ten${i}-${stamp}`)));
  await Promise.all(ids.map((id) => run(id, Math.ceil(appends / 10), tenTimes)));
  await store.close();
  return { one: spread(oneTimes.slice(20)), ten: spread(tenTimes) };
}

export async function appendPglite(appends: number): Promise<AppendResult> {
  const dir = mkdtempSync(join(tmpdir(), "wijkcrisis-append-"));
  try {
    return await measure(await openPglite(join(dir, "pglite")), appends);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function appendPostgres(appends: number): Promise<AppendResult> {
  const probe = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2_000 });
  try {
    await probe.connect();
    await probe.query("SELECT 1");
  } catch (error) {
    await probe.end().catch(() => {});
    return { skipped: `cannot reach ${PG_URL}: ${error instanceof Error ? error.message : error}` };
  }
  const schema = `bench_${Date.now().toString(36)}`;
  try {
    return await measure(await openPostgres(PG_URL, schema), appends);
  } finally {
    await probe.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
    await probe.end().catch(() => {});
  }
}
