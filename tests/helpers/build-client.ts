// Builds the real client once into a temporary folder, so browser tests exercise what `npm start` serves.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";

export async function buildClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "wijkcrisis-client-"));
  await build({
    configFile: resolve(import.meta.dirname, "../../vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return outDir;
}
