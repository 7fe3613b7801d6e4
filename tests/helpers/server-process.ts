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

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repo,
    env: { ...process.env, HOST: "127.0.0.1", CLIENT_DIR: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
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
