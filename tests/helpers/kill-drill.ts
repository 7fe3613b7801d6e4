// The SIGKILL drill (issue 12): tables of bots play while the real server process is killed at seeded random
// moments and started again on the same data folder; afterwards every acknowledged command is looked for in the
// store's log. Shared by tests/crash/kill-drill.test.ts (a few kills) and `npm run drill` (many).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { seededRandom } from "../../scenarios/engine/simulate.ts";
import { openStore } from "../../server/store/open-store.ts";
import type { StoredEvent } from "../../server/store/store.ts";
import { type Acked, type ServerLife, Table } from "./drill-table.ts";
import { freePort } from "./free-port.ts";
import { killAllServerProcesses, type ServerProcess, startServerProcess } from "./server-process.ts";

export type DrillOptions = {
  kills: number;
  seed: number;
  tables: number;
  /** Wall time between a process being up and its kill: drawn uniformly from this range. */
  gapMs: [number, number];
  log?: (line: string) => void;
};

export type DrillFigures = {
  seed: number;
  kills: number;
  acknowledged: number;
  /** Commands sent but unanswered when the process died. */
  interrupted: number;
  lost: string[];
  sessionsEnded: number;
  problems: string[];
  restartMs: number[];
  durationMs: number;
};

type Deferred = { promise: Promise<void>; resolve: () => void };
function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** The server's life: one process per epoch, each killed with SIGKILL, the next started on the same data. */
class Life implements ServerLife {
  epoch = 0;
  down = true;
  private process: ServerProcess | undefined;
  private deaths = new Map<number, Deferred>();
  private up = deferred();
  constructor(private readonly env: Record<string, string>) {}

  url() {
    return this.process?.url ?? "";
  }
  async waitUp() {
    await this.up.promise;
    return this.epoch;
  }
  killed(epoch: number) {
    const death = this.deaths.get(epoch) ?? deferred();
    this.deaths.set(epoch, death);
    if (epoch !== this.epoch || this.down) death.resolve();
    return death.promise;
  }
  async start() {
    this.process = await startServerProcess(this.env);
    this.epoch++;
    this.down = false;
    this.up.resolve();
  }
  async kill(signal: NodeJS.Signals = "SIGKILL") {
    this.down = true;
    this.up = deferred();
    this.killed(this.epoch);
    this.deaths.get(this.epoch)?.resolve();
    return this.process?.kill(signal);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const same = (sent: unknown, stored: unknown) => JSON.stringify(sent) === JSON.stringify(stored);

/** The host's end is logged as the session's end (sessions/session-game.ts finish); other commands as sent. */
const LOGGED_AS: Record<string, string> = { "host.end": "session.end" };

/**
 * Acknowledged commands with no entry in the log: same type, same actor, the payload's fields as sent (a host
 * command's `teamId` is the entry's team).
 */
export function missingFromLog(acked: Acked[], logs: Map<string, StoredEvent[]>): string[] {
  const lost: string[] = [];
  const used = new Set<StoredEvent>();
  for (const a of acked) {
    const match = (logs.get(a.code) ?? []).find((e) => {
      if (used.has(e) || e.type !== (LOGGED_AS[a.type] ?? a.type)) return false;
      const actor = e.actor as { kind: string; playerId?: string };
      if ((a.actor === "host" ? "host" : a.actor) !== (actor.kind === "host" ? "host" : actor.playerId))
        return false;
      const payload = (e.payload ?? {}) as Record<string, unknown>;
      return Object.entries(a.payload).every(([k, v]) =>
        k === "teamId" && a.actor === "host" ? v === e.team : same(v, payload[k]),
      );
    });
    if (match) used.add(match);
    else lost.push(`${a.code} ${a.type} by ${a.actor} ${JSON.stringify(a.payload)}`);
  }
  return lost;
}

export async function runDrill(options: DrillOptions): Promise<DrillFigures> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-drill-"));
  const scenarioFile = new URL("../../scenarios/tutorial-nl.yaml", import.meta.url);
  const parsed = parseScenario(readFileSync(scenarioFile, "utf8"), "tutorial-nl.yaml");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const env = { PORT: String(await freePort()), DATA_DIR: dataDir, TIME_SCALE: "1", RECONNECT_SECONDS: "5" };
  const life = new Life(env);
  const next = seededRandom(options.seed);
  const restartMs: number[] = [];
  let kills = 0;
  try {
    await life.start();
    const tables = Array.from(
      { length: options.tables },
      (_, i) => new Table(`T${i}k`, life, parsed.scenario),
    );
    const killer = (async () => {
      for (; kills < options.kills; ) {
        const [min, max] = options.gapMs;
        await sleep(min + next() * (max - min));
        await life.kill("SIGKILL");
        kills++;
        const t = Date.now();
        await life.start();
        restartMs.push(Date.now() - t);
        log(`kill ${kills}/${options.kills}: back up in ${Date.now() - t} ms`);
      }
    })();
    await Promise.all([killer, ...tables.map((t) => t.run(() => kills < options.kills))]);
    await life.kill("SIGINT");
    const store = await openStore({ databaseUrl: undefined, dataDir });
    const logs = new Map<string, StoredEvent[]>();
    const acked = tables.flatMap((t) => t.acked);
    try {
      for (const code of new Set(acked.map((a) => a.code))) {
        const [record] = await store.sessionsByCode(code);
        logs.set(code, record ? await store.readLog(record.id) : []);
      }
    } finally {
      await store.close();
    }
    return {
      seed: options.seed,
      kills,
      acknowledged: acked.length,
      interrupted: tables.reduce((n, t) => n + t.interrupted, 0),
      lost: missingFromLog(acked, logs),
      sessionsEnded: tables.reduce((n, t) => n + t.ended.length, 0),
      problems: tables.flatMap((t) => t.problems),
      restartMs,
      durationMs: Date.now() - started,
    };
  } finally {
    killAllServerProcesses();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The one line both the test and the script print. */
export function drillLine(f: DrillFigures): string {
  const restart = f.restartMs.length
    ? Math.round(f.restartMs.reduce((a, b) => a + b) / f.restartMs.length)
    : 0;
  return (
    `kill drill: seed ${f.seed}, ${f.kills} kills, ${f.acknowledged} acknowledged commands, ${f.lost.length} lost, ` +
    `${f.interrupted} in flight at a kill, ` +
    `${f.sessionsEnded} sessions played to the end, restart ${restart} ms on average, ` +
    `${f.problems.length} unexplained errors, ${Math.round(f.durationMs / 1000)} s`
  );
}
