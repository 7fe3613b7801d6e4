// Starts a benchmark server (ours or the floor) as a child process, pinned to core 0 with taskset when there is
// one, and asks it over IPC for its CPU time and memory. The suite, the load generator, runs on the other core.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import type { ProbeReply } from "./probe.ts";

export type ServerKind = "ours" | "floor";
const ENTRY: Record<ServerKind, string> = {
  ours: join(import.meta.dirname, "game-server.ts"),
  floor: join(import.meta.dirname, "floor/server.ts"),
};

export const canPin = spawnSync("taskset", ["-c", "0", "true"]).status === 0;

/** Moves this process (every thread) to core 1, so the server child has core 0 to itself. */
export function pinSelfToLoadCore(): boolean {
  return canPin && spawnSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)]).status === 0;
}

export type ServerChild = {
  kind: ServerKind;
  url: string;
  cpuMs(): Promise<number>;
  rss(): Promise<number>;
  request(type: string, args?: Record<string, unknown>): Promise<unknown>;
  stop(): Promise<void>;
};

export async function startServer(kind: ServerKind, port: number): Promise<ServerChild> {
  const args = [process.execPath, "--import", "tsx", ENTRY[kind], String(port)];
  const child: ChildProcess = canPin
    ? spawn("taskset", ["-c", "0", ...args], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
    : spawn(args[0] as string, args.slice(1), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const waiting = new Map<number, (reply: ProbeReply) => void>();
  let next = 1;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${kind} server exited (${code}) before it was ready`)));
    child.on("message", (raw) => {
      const reply = raw as ProbeReply;
      if (reply.id === 0) resolve();
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    });
  });
  const timeout = setTimeout(() => child.kill("SIGKILL"), 60_000);
  await ready.finally(() => clearTimeout(timeout));
  const ask = (type: string, args: Record<string, unknown> = {}) =>
    new Promise<ProbeReply>((resolve, reject) => {
      const id = next++;
      waiting.set(id, (reply) => (reply.error ? reject(new Error(reply.error)) : resolve(reply)));
      child.send({ id, type, ...args });
    });
  return {
    kind,
    url: `http://127.0.0.1:${port}`,
    cpuMs: async () => (await ask("cpu")).cpuMs ?? 0,
    rss: async () => (await ask("mem")).rss ?? 0,
    request: async (type, args) => (await ask(type, args)).result,
    async stop() {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
