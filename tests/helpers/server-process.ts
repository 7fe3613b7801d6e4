// Runs the real server as its own process (as `npm start` does, minus the build), so a test can kill it for real.
import { type ChildProcess, spawn } from "node:child_process";
import { createConnection } from "node:net";
import { fileURLToPath } from "node:url";
import { waitFor } from "./wait.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));

export type ServerProcess = {
  url: string;
  output: () => string;
  kill: (signal: NodeJS.Signals) => Promise<number | null>;
};

/** Every process started here, so a failing test cannot leave a server running behind it. */
const running = new Set<ChildProcess>();

export function killAllServerProcesses() {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repo,
    env: { ...process.env, HOST: "127.0.0.1", CLIENT_DIR: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  await waitFor(
    () => output.includes("Stop with Ctrl-C") || child.exitCode !== null,
    "the server to start",
    30_000,
  );
  if (child.exitCode !== null) throw new Error(`server exited at start:\n${output}`);
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    output: () => output,
    kill: async (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Sends raw Redis commands (no client library needed) and resolves with the whole reply once it has `replies` lines. */
function redisCommand(url: string, commands: string[][], replies: number): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    let answer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer within 2 s"));
    }, 2_000);
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on("data", (chunk) => {
      answer += String(chunk);
      if (answer.split("\r\n").length > replies) {
        clearTimeout(timer);
        socket.end();
        resolve(answer);
      }
    });
    socket.write(commands.map((c) => `${c.join(" ")}\r\n`).join(""));
  });
}

/** The Redis the cluster tests use; like PostgreSQL, required under CI and optional elsewhere. */
export async function redisOrSkip(): Promise<string | undefined> {
  try {
    const answer = await redisCommand(TEST_REDIS_URL, [["PING"]], 1);
    if (!answer.startsWith("+PONG")) throw new Error(answer.trim());
    return TEST_REDIS_URL;
  } catch (error) {
    const why = `Redis tests: cannot reach ${TEST_REDIS_URL} (${error instanceof Error ? error.message : error}). Set TEST_REDIS_URL.`;
    if (process.env.CI === "true") throw new Error(why);
    console.warn(`${why} Skipped.`);
    return undefined;
  }
}

/** Empties one numbered Redis database, so each cluster test starts and ends with nothing of another's. */
export async function flushRedisDb(url: string, db: number) {
  await redisCommand(url, [["SELECT", String(db)], ["FLUSHDB"]], 2);
}
