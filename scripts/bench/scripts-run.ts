// Runs the existing single benchmarks (fold, replay, bundle size) as they run on their own, and picks their figures
// from what they print, so each keeps its CLI and the suite shows the same numbers.
import { spawn } from "node:child_process";
import { join } from "node:path";

/** `below`: the figure's own target (an upper bound), where the single benchmark prints one. */
export type ScriptFigure = { name: string; value: number; unit: string; below?: number };
export type ScriptResult = {
  script: string;
  seconds: number;
  lines: string[];
  figures: ScriptFigure[];
  error?: string;
};

function run(file: string, timeoutMs: number): Promise<{ out: string; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, file)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? { out } : { out, error: `exit ${code}: ${err.trim().split("\n").at(-1) ?? ""}` });
    });
  });
}

const num = (text: string, re: RegExp) => {
  const m = re.exec(text);
  return m ? Number(m[1]) : Number.NaN;
};

const PICKS: Record<string, (out: string) => ScriptFigure[]> = {
  "fold-log.ts": (out) => [
    {
      name: "fold 25,000 entries (median)",
      value: num(out, /fold \d+ entries: median ([\d.]+) ms/),
      unit: "ms",
      below: 100,
    },
    {
      name: "foldSession 10 teams (median)",
      value: num(out, /foldSession .*?median ([\d.]+) ms/),
      unit: "ms",
    },
  ],
  "replay-jump.ts": (out) => [
    {
      name: "replay open, class of 10 teams",
      value: num(out, /class of 10 teams[\s\S]*?open[^:]*: ([\d.]+) ms/),
      unit: "ms",
    },
    {
      name: "replay jump p95, class of 10 teams",
      value: num(out, /class of 10 teams[\s\S]*?p95 ([\d.]+) ms/),
      unit: "ms",
      below: 100,
    },
  ],
  "build-size.ts": (out) =>
    out
      .split("\n")
      .map((line) => /^(.+?): ([\d.]+) KB/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ name: `gzip ${m[1]}`, value: Number(m[2]), unit: "KB" })),
};

export async function runScript(file: keyof typeof PICKS, timeoutMs = 300_000): Promise<ScriptResult> {
  const t0 = performance.now();
  const { out, error } = await run(file, timeoutMs);
  const lines = out.trim().split("\n").filter(Boolean);
  return {
    script: file,
    seconds: (performance.now() - t0) / 1000,
    lines,
    figures: (PICKS[file] ?? (() => []))(out),
    error,
  };
}
