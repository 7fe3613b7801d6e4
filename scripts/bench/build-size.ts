// Benchmark: the gzip size of each page's JavaScript (the entry, the page's chunk and every chunk they import
// statically, plus the Dutch words once they are a chunk of their own), of what the join form loads once the student
// joins (the session and play page), and of what the play page loads later for its scene (the Phaser chunk and the
// scene's own), against the targets of issue 10. Builds the client into a temporary folder (or reads a folder built
// with a manifest: `tsx scripts/bench/build-size.ts <dir>`). Prints, asserts nothing.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

type Chunk = { file: string; name?: string; src?: string; isEntry?: boolean; imports?: string[] };
type Manifest = Record<string, Chunk>;

const KB = 1024;
/** The pages client/main.ts imports on demand, by their source file. */
const PAGES: { page: string; src: string; target?: number }[] = [
  {
    page: "join form (before it is usable and the code is looked up)",
    src: "pages/join.ts",
    target: 60 * KB,
  },
  { page: "home", src: "pages/home.ts" },
  { page: "host", src: "pages/host.ts" },
  { page: "debrief", src: "pages/debrief/page.ts" },
];
/** What the join form imports when the student joins (or on idle once the form is up): the lobby and play page. */
const SESSION_SRC = "pages/student-session.ts";
const PLAY_TARGET = 150 * KB;
const PHASER_TARGET = 240 * KB;

async function builtDir(): Promise<{ dir: string; temporary: boolean }> {
  const given = process.argv[2];
  if (given) return { dir: resolve(given), temporary: false };
  const dir = mkdtempSync(join(tmpdir(), "wijkcrisis-size-"));
  await build({
    configFile: resolve(import.meta.dirname, "../../vite.config.ts"),
    logLevel: "warn",
    build: { outDir: dir, emptyOutDir: true, sourcemap: false, manifest: "manifest.json" },
  });
  return { dir, temporary: true };
}

const { dir, temporary } = await builtDir();
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
const gzipped = new Map<string, number>();
const gz = (file: string) => {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
};

/** A chunk's key and every chunk it imports statically, transitively. */
function closure(key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  into.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(next, into);
  return into;
}
const sum = (keys: Iterable<string>) => [...keys].reduce((n, k) => n + gz(manifest[k]?.file ?? ""), 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const verdict = (bytes: number, target?: number) =>
  target === undefined ? "" : bytes <= target ? `  ≤ ${kb(target)} ok` : `  > ${kb(target)} OVER`;

const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
if (!entry) throw new Error("the manifest has no entry");
// Every page waits for its language's words (client/ui/i18n.ts imports them); a Dutch page is measured, the default.
const inEntry = closure(entry);
const words = Object.keys(manifest).find(
  (k) =>
    !inEntry.has(k) &&
    (manifest[k]?.src?.endsWith("shared/i18n/nl.ts") || (!manifest[k]?.src && manifest[k]?.name === "nl")),
);
const base = words ? closure(words, new Set(inEntry)) : inEntry;
console.log(`gzip sizes (level 9) of ${dir}`);
const wordsNote = words
  ? ` (with the Dutch words, a chunk of their own: ${kb(sum(closure(words)))})`
  : " (with every language's words)";
console.log(`entry (every page): ${kb(sum(base))}${wordsNote}`);

const keyOf = (src: string) => Object.keys(manifest).find((k) => manifest[k]?.src === src || k === src);
const hasPhaser = (keys: Iterable<string>) => [...keys].some((k) => manifest[k]?.name === "phaser");
const phaserNote = (keys: Iterable<string>) => (hasPhaser(keys) ? "  (loads Phaser: WRONG)" : "");

let joinKeys = new Set<string>();
for (const p of PAGES) {
  const key = keyOf(p.src);
  if (!key) {
    console.log(`${p.page}: not found in the manifest`);
    continue;
  }
  const keys = closure(key, new Set(base));
  if (p.src === "pages/join.ts") joinKeys = keys;
  console.log(`${p.page}: ${kb(sum(keys))}${verdict(sum(keys), p.target)}${phaserNote(keys)}`);
}

const session = keyOf(SESSION_SRC);
const playKeys = session ? closure(session, new Set(joinKeys)) : joinKeys;
if (session) {
  const later = [...playKeys].filter((k) => !joinKeys.has(k));
  console.log(`session chunk the join form loads on join: ${kb(sum(later))} (${later.length} files)`);
} else
  console.log(`session chunk: ${SESSION_SRC} is not a chunk of its own (the join form loads it at once)`);
console.log(
  `play page without Phaser (join form + session): ${kb(sum(playKeys))}${verdict(sum(playKeys), PLAY_TARGET)}${phaserNote(playKeys)}`,
);

const phaser = Object.keys(manifest).find((k) => manifest[k]?.name === "phaser");
const scene = Object.keys(manifest).find((k) => manifest[k]?.src === "scene/scene-game.ts");
if (phaser) console.log(`Phaser chunk: ${kb(sum([phaser]))}${verdict(sum([phaser]), PHASER_TARGET)}`);
else console.log("Phaser chunk: not found (no chunk named phaser)");
if (scene) {
  const later = [...closure(scene)].filter((k) => !playKeys.has(k) && k !== phaser);
  console.log(
    `scene code loaded with it: ${kb(sum(later))} (${later.map((k) => manifest[k]?.file).join(", ")})`,
  );
}
if (temporary) rmSync(dir, { recursive: true, force: true });
