// Runs the real server as its own process (as `npm start` does, minus the build), so a test can kill it for real.
import { type ChildProcess, spawn } from "node:child_process";
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
