// `npm run bench` (quick, a few minutes) or `npm run bench -- --full` (the figures of issue 11): every benchmark,
// bounded in count and time, on loopback, side by side with a bare Colyseus room of the same shape (scripts/bench/
// floor). The server under test runs in a child process pinned to core 0 (taskset), this load generator on core 1.
// Prints one table with each figure's ratio to the floor and writes bench-results/<date>.json. Asserts nothing.
// `--only=e2e,ramp,storm,store,scripts` runs a part.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { canPin, pinSelfToLoadCore, type ServerKind } from "./child.ts";
import { type E2eResult, runE2e, runStorm, type StormResult } from "./load.ts";
import { runScript, type ScriptResult } from "./scripts-run.ts";
import { type AppendResult, appendPglite, appendPostgres } from "./store-append.ts";

const full = process.argv.includes("--full");
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const wants = (part: string) => !only || only.includes(part);
const MODE = full
  ? {
      name: "full",
      seconds: 20,
      e2e: [10, 40],
      rampSeconds: 10,
      ramp: [10, 20, 30, 40, 60, 80],
      storms: [1500, 3000],
      appends: 5000,
    }
  : { name: "quick", seconds: 6, e2e: [10], rampSeconds: 6, ramp: [10, 20], storms: [500], appends: 1000 };
const STUDENTS = 30;
const RATE = 30;
/** The ramp's command rate grows with the class: 30 commands/s per 300 students. */
const RAMP_RATE_PER_STUDENT = 0.1;
const P99_LIMIT = 100;

let port = 26100;
const nextPort = () => port++;
const both = async <T>(f: (kind: ServerKind) => Promise<T>) => ({
  ours: await f("ours"),
  floor: await f("floor"),
});
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

type Row = {
  figure: string;
  unit: string;
  ours: number;
  floor?: number;
  ratio?: number;
  target?: string;
  pass?: boolean;
};
const rows: Row[] = [];
/** `better`: which way is good, for the target check; `limit` is the highest ratio (or lowest, for "higher") allowed. */
function row(
  figure: string,
  unit: string,
  ours: number,
  floor: number | undefined,
  target?: { limit: number; better: "lower" | "higher"; absolute?: boolean },
) {
  const ratio = floor !== undefined && floor > 0 ? ours / floor : undefined;
  let pass: boolean | undefined;
  let text: string | undefined;
  if (target) {
    const value = target.absolute ? ours : ratio;
    if (value !== undefined && Number.isFinite(value))
      pass = target.better === "lower" ? value <= target.limit : value >= target.limit;
    const sign = target.better === "lower" ? (target.absolute ? "<" : "≤") : "≥";
    text = target.absolute ? `${sign} ${target.limit} ${unit}` : `${sign} ${target.limit}×`;
  }
  rows.push({ figure, unit, ours, floor, ratio, target: text, pass });
}

const raw: Record<string, unknown> = {};
const started = Date.now();
const pinned = pinSelfToLoadCore();
const load0 = loadavg();
log(
  `mode ${MODE.name}; server pinned to core 0: ${canPin && pinned ? "yes" : "no (taskset missing)"}; load ${load0.map((l) => l.toFixed(2)).join(" ")}`,
);

if (wants("e2e")) {
  for (const sessions of MODE.e2e) {
    log(`e2e ${sessions} x ${STUDENTS} at ${RATE} commands/s for ${MODE.seconds} s`);
    const r = await both((kind) =>
      runE2e(kind, { sessions, students: STUDENTS, rate: RATE, seconds: MODE.seconds, port: nextPort() }),
    );
    raw[`e2e_${sessions}x${STUDENTS}`] = r;
    const at = `${sessions} x ${STUDENTS}`;
    row(`e2e p50, ${at}`, "ms", r.ours.latencyMs.p50, r.floor.latencyMs.p50);
    row(`e2e p99, ${at}`, "ms", r.ours.latencyMs.p99, r.floor.latencyMs.p99, { limit: 1.1, better: "lower" });
    row(`commands lost (no echo in 10 s), ${at}`, "", r.ours.lost, r.floor.lost);
    row(`server CPU per command, ${at}`, "ms", r.ours.cpuMsPerCommand, r.floor.cpuMsPerCommand, {
      limit: 1.5,
      better: "lower",
    });
    row(`  above idle, ${at}`, "ms", r.ours.cpuMsPerCommandAboveIdle, r.floor.cpuMsPerCommandAboveIdle);
    row(`RSS per connected player, ${at}`, "KB", r.ours.rssPerPlayerKB, r.floor.rssPerPlayerKB, {
      limit: 1,
      better: "lower",
    });
    row(`RSS before anyone joins`, "MB", r.ours.rssBeforeJoinMB, r.floor.rssBeforeJoinMB);
    row(
      `decoded bytes per command, per student, ${at}`,
      "B",
      r.ours.bytesPerCommandStudent,
      r.floor.bytesPerCommandStudent,
      { limit: 2, better: "lower" },
    );
    row(
      `decoded bytes per command, host, ${at}`,
      "B",
      r.ours.bytesPerCommandHost,
      r.floor.bytesPerCommandHost,
    );
    row(
      `decoded bytes per command, all clients, ${at}`,
      "B",
      r.ours.bytesPerCommandAllClients,
      r.floor.bytesPerCommandAllClients,
    );
  }
}

if (wants("ramp")) {
  const best: Record<ServerKind, { players: number; capped: boolean; steps: unknown[] }> = {
    ours: { players: 0, capped: true, steps: [] },
    floor: { players: 0, capped: true, steps: [] },
  };
  for (const kind of ["ours", "floor"] as const) {
    for (const sessions of MODE.ramp) {
      const rate = Math.round(sessions * STUDENTS * RAMP_RATE_PER_STUDENT);
      log(`ramp ${kind}: ${sessions} x ${STUDENTS} at ${rate} commands/s`);
      let r: E2eResult | { error: string };
      // The e2e run at the same size had the same rate (30 commands/s per 300 students): reuse it.
      const same = raw[`e2e_${sessions}x${STUDENTS}`] as Record<ServerKind, E2eResult> | undefined;
      try {
        r =
          same && rate === RATE
            ? same[kind]
            : await runE2e(kind, {
                sessions,
                students: STUDENTS,
                rate,
                seconds: MODE.rampSeconds,
                port: nextPort(),
              });
      } catch (error) {
        r = { error: error instanceof Error ? error.message : String(error) };
      }
      best[kind].steps.push({ sessions, rate, ...r });
      if ("error" in r || r.lost > 0 || r.latencyMs.p99 >= P99_LIMIT) {
        best[kind].capped = false;
        break;
      }
      best[kind].players = r.players;
    }
  }
  raw.ramp = best;
  const top = MODE.ramp.at(-1) ?? 0;
  row(
    `players per server core, e2e p99 < ${P99_LIMIT} ms (ramp to ${top * (STUDENTS + 1)}${best.floor.capped ? "; floor passed every step" : ""})`,
    "",
    best.ours.players,
    best.floor.players,
    { limit: 1, better: "higher" },
  );
}

if (wants("storm")) {
  for (const joins of MODE.storms) {
    log(`join storm: ${joins} joins in 10 s`);
    const r = await both((kind) => runStorm(kind, joins, 10, nextPort()));
    raw[`storm_${joins}`] = r;
    row(`join storm ${joins} in 10 s: failures`, "", r.ours.failures, r.floor.failures);
    row(`join storm ${joins} in 10 s: p99`, "ms", r.ours.latencyMs.p99, r.floor.latencyMs.p99, {
      limit: 1.2,
      better: "lower",
    });
    for (const [kind, s] of Object.entries(r) as [ServerKind, StormResult][])
      if (s.firstError) log(`  ${kind}: first failure: ${s.firstError}`);
  }
}

if (wants("store")) {
  for (const [name, f] of [
    ["PGlite", appendPglite],
    ["PostgreSQL", appendPostgres],
  ] as const) {
    log(`store append on ${name}: ${MODE.appends} appends`);
    const r: AppendResult = await f(MODE.appends);
    raw[`append_${name}`] = r;
    if ("skipped" in r) {
      log(`  skipped: ${r.skipped}`);
      continue;
    }
    row(`store append p50, ${name}, one session`, "ms", r.one.p50, undefined);
    row(`store append p99, ${name}, one session`, "ms", r.one.p99, undefined, {
      limit: 5,
      better: "lower",
      absolute: true,
    });
    row(`store append p50, ${name}, ten sessions at once`, "ms", r.ten.p50, undefined);
    row(`store append p99, ${name}, ten sessions at once`, "ms", r.ten.p99, undefined, {
      limit: 5,
      better: "lower",
      absolute: true,
    });
  }
}

const scripts: ScriptResult[] = [];
if (wants("scripts")) {
  for (const file of ["fold-log.ts", "replay-jump.ts", "build-size.ts"] as const) {
    log(`${file}`);
    const r = await runScript(file);
    scripts.push(r);
    if (r.error) log(`  ${file} failed: ${r.error}`);
    for (const f of r.figures)
      row(
        f.name,
        f.unit,
        f.value,
        undefined,
        f.below ? { limit: f.below, better: "lower", absolute: true } : undefined,
      );
  }
  raw.scripts = scripts;
}

// The table.
const fmt = (n: number | undefined, unit = "") => {
  if (n === undefined || Number.isNaN(n)) return "—";
  const digits = Math.abs(n) >= 100 || unit === "" ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return `${n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ""}`;
};
const cells = rows.map((r) => [
  r.figure,
  fmt(r.ours, r.unit),
  fmt(r.floor, r.unit),
  r.ratio === undefined ? "—" : `${r.ratio.toFixed(2)}×`,
  r.target ? `${r.target} ${r.pass === undefined ? "?" : r.pass ? "ok" : "MISS"}` : "",
]);
const head = ["figure", "ours", "floor", "ratio", "target"];
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
const line = (c: string[]) =>
  c.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join("  ");
const load1 = loadavg();
console.log(
  `\nWijkcrisis bench (${MODE.name}), ${new Date(started).toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`,
);
console.log(
  `load average before ${load0.map((l) => l.toFixed(2)).join(" ")}, after ${load1.map((l) => l.toFixed(2)).join(" ")}; server on core 0: ${pinned ? "pinned" : "not pinned"}\n`,
);
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const c of cells) console.log(line(c));

const dir = join(import.meta.dirname, "../../bench-results");
mkdirSync(dir, { recursive: true });
const file = join(
  dir,
  `${new Date(started).toISOString().replace(/[:]/g, "-").slice(0, 19)}-${MODE.name}.json`,
);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      mode: MODE,
      startedAt: new Date(started).toISOString(),
      seconds: (Date.now() - started) / 1000,
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        node: process.version,
        pinned,
        loadBefore: load0,
        loadAfter: load1,
      },
      rows,
      raw,
    },
    null,
    2,
  )}\n`,
);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s; written to ${file}`);
process.exit(0);
