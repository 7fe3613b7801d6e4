// What the one port serves a class: compressed text, no source maps, a favicon, and per-page chunks so a student's
// laptop never downloads the teacher's QR code library. Built with the real Vite config, served by the real server.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.ts";

type Chunk = {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
};
type Output = { output: ({ type: "asset"; fileName: string } | Chunk)[] };

let server: TestServer;
let clientDir: string;
let chunks: Chunk[];

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), "wijkcrisis-serving-"));
  // The project's own build settings (SOURCEMAP unset, as `npm run build` runs them), only into a temporary folder.
  delete process.env.SOURCEMAP;
  const result = (await build({
    configFile: resolve(import.meta.dirname, "../../vite.config.ts"),
    logLevel: "warn",
    build: { outDir: clientDir, emptyOutDir: true },
  })) as Output | Output[];
  const outputs = Array.isArray(result) ? result : [result];
  chunks = outputs.flatMap((o) => o.output.filter((x): x is Chunk => x.type === "chunk"));
  server = await startTestServer({ clientDir });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

/** A chunk and every chunk it imports statically: what the browser loads before the page can draw. */
function loadedWith(chunk: Chunk): Chunk[] {
  const seen = new Map<string, Chunk>();
  const visit = (c: Chunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const name of c.imports) {
      const next = chunks.find((x) => x.fileName === name);
      if (next) visit(next);
    }
  };
  visit(chunk);
  return [...seen.values()];
}

const pageChunk = (page: string) => {
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/client/pages/${page}`));
  if (!chunk) throw new Error(`no chunk for ${page}`);
  return chunk;
};
const hasQrCode = (list: Chunk[]) =>
  list.some((c) => c.moduleIds.some((id) => /node_modules\/qrcode\//.test(id)));

describe("serving the built client to a class", () => {
  it("compresses scripts, styles and the JSON API", async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(1);
    for (const path of [...assets, "/api/scenarios"]) {
      const response = await fetch(`${server.url}${path}`, { headers: { "Accept-Encoding": "gzip" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-encoding"), path).toBe("gzip");
      expect((await response.text()).length, path).toBeGreaterThan(0);
    }
  });

  it("still creates sessions and joins rooms over the WebSocket with compression on", async () => {
    const session = await server.createSession();
    const room = await server.join(session.roomId, { hostKey: session.hostKey });
    expect(room.sessionId).not.toBe("");
    await room.leave();
  });

  it("builds no source maps, and refuses to serve one that is in the folder anyway", async () => {
    const files = readdirSync(join(clientDir, "assets"));
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    const script = files.find((f) => f.endsWith(".js")) ?? "";
    writeFileSync(join(clientDir, "assets", `${script}.map`), '{"version":3,"sources":["secret.ts"]}');
    expect((await fetch(`${server.url}/assets/${script}.map`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/${script}`)).status).toBe(200);
  });

  it("serves a favicon that the page links", async () => {
    const html = await (await fetch(`${server.url}/join/K7QM3`)).text();
    const href = html.match(/<link rel="icon"[^>]*href="([^"]+)"/)?.[1];
    expect(href).toBeTruthy();
    const icon = await fetch(`${server.url}${href}`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toContain("image/svg+xml");
    expect(await icon.text()).toContain("<svg");
  });

  it("gives the join page no QR code library: only the teacher's page loads it", async () => {
    const entry = chunks.find((c) => c.isEntry);
    if (!entry) throw new Error("no entry chunk");
    const student = [...loadedWith(entry), ...loadedWith(pageChunk("join.ts"))];
    expect(hasQrCode(student)).toBe(false);
    expect(hasQrCode(loadedWith(pageChunk("host.ts")))).toBe(true);
    // The page itself names only the entry and what it imports statically.
    const html = await (await fetch(`${server.url}/join/K7QM3`)).text();
    const named = [...html.matchAll(/\/assets\/([^"]+\.js)/g)].map((m) => m[1]);
    const qrFiles = chunks.filter((c) => hasQrCode([c])).map((c) => c.fileName.replace(/^assets\//, ""));
    expect(named.filter((file) => qrFiles.includes(file ?? ""))).toEqual([]);
  });
});
