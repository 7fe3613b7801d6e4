// Benchmark: frame times of the play page's scene in Chromium, at normal speed and with the CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate), while cards keep flying to the table, events pulse on the map and the
// clock beats under pressure. Builds the client, serves it from a tiny static server, and drives the scene's own
// chunk from a bare page with a made-up team (no game server). Modes: "empty" (the page's bare frame rate),
// "still" (the scene only ticks), "busy" (cards and events keep coming). It measures the canvas renderer the play
// page uses; RENDERER=webgl measures WebGL instead, which headless Chromium runs in software (SwiftShader).
// Prints, asserts nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";
import type { SceneModel } from "../../client/scene/scene-model.ts";
import { findBrowser } from "../../tests/helpers/browser.ts";

const SECONDS = Number(process.env.SECONDS_PER_RUN ?? 10);
const RATES = [1, 4];
const MODES = (process.env.MODES ?? "empty,still,busy").split(",");
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

const dir = mkdtempSync(join(tmpdir(), "wijkcrisis-fps-"));
await build({
  configFile: resolve(import.meta.dirname, "../../vite.config.ts"),
  logLevel: "warn",
  build: { outDir: dir, emptyOutDir: true, sourcemap: false, manifest: "manifest.json" },
});
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Record<
  string,
  { file: string }
>;
const sceneChunk = manifest["scene/scene-game.ts"]?.file;
if (!sceneChunk) throw new Error("no scene chunk in the build");
writeFileSync(
  join(dir, "bench.html"),
  `<!doctype html><meta charset="utf-8"><div id="app" hidden></div>
<div id="stage" style="width:1334px;height:184px"></div>
<script type="module">
  import { startScene } from "/${sceneChunk}";
  const renderer = location.search.includes("webgl") ? "auto" : "canvas";
  // A new card every 0.6 s (two or three in flight at once) and an event every 2 s, while frames are timed.
  // mode "busy": cards and events keep coming; "still": the scene only ticks (clock, beat); "empty": no scene,
  // the page's bare frame rate, the ceiling on this machine.
  window.runBench = async (model, seconds, mode) => {
    const handle = mode === "empty" ? null : startScene(document.getElementById("stage"), { calm: false, report() {}, renderer });
    handle?.show(model);
    await new Promise((r) => setTimeout(r, 1000));
    const m = structuredClone(model);
    let seq = 1;
    const busy = mode === "busy";
    const cards = setInterval(() => {
      if (!busy) return;
      const n = m.table.length;
      const role = ["AIOS", "SW", "WV"][n % 3];
      m.table.push({ ...m.table[n % 3], cardId: "N" + n + "-" + seq, seat: role });
      if (m.table.length > 30) m.table.splice(6);
      handle?.show(structuredClone(m));
    }, 600);
    const events = setInterval(() => {
      if (!busy) return;
      seq++;
      m.events.push({ seq, kind: "inject", place: m.places[seq % m.places.length].id, label: "Assistente" });
      handle?.show(structuredClone(m));
    }, 2000);
    const frames = [];
    let last = performance.now();
    const end = last + seconds * 1000;
    await new Promise((done) => {
      const step = (now) => {
        frames.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    clearInterval(cards);
    clearInterval(events);
    const canvas = handle?.canvas();
    const drawnWith = !canvas ? "no scene" : canvas.getContext("2d") === null ? "WebGL" : "Canvas";
    handle?.destroy();
    return { frames, renderer: drawnWith };
  };
</script>`,
);

const server = createServer((req, res) => {
  const path = join(dir, decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"));
  try {
    const body = readFileSync(path.startsWith(dir) ? path : join(dir, "bench.html"));
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench.html${process.env.RENDERER === "webgl" ? "?webgl" : ""}`;

const ROLES = ["AIOS", "SW", "WV"];
const COLOURS: Record<string, number> = { AIOS: 0x1f5fbf, SW: 0x1d7a3a, WV: 0xb35c00 };
/** A team late in a phase, with weak meters: the pressure tint and the clock's beat are on. */
const model: SceneModel = {
  status: "playing",
  paused: false,
  phase: "Wat is er aan de hand?",
  clock: { startedAt: 0, deadline: 180_000, now: 170_000 },
  places: [
    { id: "home", kind: "home", label: "Thuis" },
    { id: "practice", kind: "practice", label: "Praktijk" },
    { id: "office", kind: "office", label: "Wijkteam" },
    { id: "contact:school", kind: "contact", label: "School" },
    { id: "contact:ggd", kind: "contact", label: "GGD" },
    { id: "contact:vrijwilligers", kind: "contact", label: "Vrijwilligerscentrale" },
  ],
  seats: ROLES.map((role) => ({ role, initial: role[0] ?? "?", colour: COLOURS[role] ?? 0, present: true })),
  table: Array.from({ length: 6 }, (_, i) => {
    const role = ROLES[i % 3] ?? "SW";
    return { cardId: `C${i}`, initial: role[0] ?? "?", colour: COLOURS[role] ?? 0, seat: role };
  }),
  missing: 3,
  meters: [
    { id: "GEZ", name: "Gezondheid", value: 1, max: 5 },
    { id: "VEI", name: "Veiligheid", value: 2, max: 5 },
    { id: "SAM", name: "Samenwerking", value: 3, max: 5 },
  ],
  events: [],
  outcome: null,
  labels: { table: "Teamtafel", missing: "Er ontbreekt nog iets", paused: "Gepauzeerd" },
};

const executablePath = findBrowser();
if (!executablePath) throw new Error("no Chromium found (set BROWSER_PATH)");
const browser = await chromium.launch({ executablePath, headless: true });
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

for (const rate of RATES)
  for (const mode of MODES) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.goto(url);
    await page.waitForFunction(() => "runBench" in window);
    // The run itself is in the page (bench.html): tsx would wrap a function passed from here in helpers it lacks.
    const result = (await page.evaluate(
      `window.runBench(${JSON.stringify(model)}, ${SECONDS}, ${JSON.stringify(mode)})`,
    )) as {
      frames: number[];
      renderer: string;
    };
    const sorted = [...result.frames].sort((a, b) => a - b);
    const mean = result.frames.reduce((a, b) => a + b, 0) / Math.max(1, result.frames.length);
    const slow = result.frames.filter((f) => f > 1000 / 50).length;
    console.log(
      `CPU ×${rate} ${mode} (${result.renderer}): ${result.frames.length} frames in ${SECONDS} s, ${(1000 / mean).toFixed(1)} fps; ` +
        `frame time p50 ${pct(sorted, 0.5).toFixed(1)} ms, p95 ${pct(sorted, 0.95).toFixed(1)} ms, ` +
        `p99 ${pct(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms; ` +
        `${slow} frames over 20 ms`,
    );
    await page.close();
  }
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });
