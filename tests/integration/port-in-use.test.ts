// `npm start` on a port another program holds: one clear sentence in Dutch and English, and a non-zero exit.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../helpers/free-port.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
let holder: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()));
  holder = undefined;
});

/** Runs the server as `npm start` does (minus the build) and resolves with its exit code and everything it printed. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: repo,
    env: { ...process.env, CLIENT_DIR: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("a port already in use", () => {
  it("makes the server say so in Dutch and English and exit with a non-zero code, without a stack trace", async () => {
    const port = await freePort();
    holder = createServer();
    await new Promise<void>((resolve) => holder?.listen(port, "127.0.0.1", resolve));

    const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-port-"));
    const { code, output } = await runServer({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir });

    rmSync(dataDir, { recursive: true, force: true });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toContain(`Poort ${port} is al in gebruik`);
    expect(output).toContain(`Port ${port} is already in use`);
    expect(output).not.toContain("EADDRINUSE");
    expect(output).not.toMatch(/\n\s+at /);
  }, 30_000);
});
