// The author CLI end to end: a broken copy fails with file:line:column, path and message, and a non-zero exit.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readScenarioText } from "../engine/fixtures.ts";

const MAIN = join(import.meta.dirname, "../../scripts/scenario/main.ts");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, "../.."),
  });

test("check prints each error as file:line:column  path  message and exits 1", () => {
  const text = readScenarioText("een-brandwond-die-niet-klopt.yaml");
  const lines = text.split("\n");
  const index = lines.findIndex((l) => l.includes("opensAfter: I3"));
  lines[index] = lines[index]?.replace("I3", "I7") ?? "";
  const file = join(mkdtempSync(join(tmpdir(), "wijkcrisis-")), "kapot.yaml");
  writeFileSync(file, lines.join("\n"));
  const r = run("check", file);
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toBe(`${file}:${index + 1}:17  beslissing B4 › opensAfter  er is geen inject "I7"`);
});

test("check passes the shipped scenarios; a bad verb prints the usage and exits 2", () => {
  const ok = run("check", "scenarios/elke-week-een-andere-klacht.yaml", "scenarios/tutorial-en.yaml");
  expect(ok.status).toBe(0);
  const bad = run("frobnicate", "--lang", "en");
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("usage: npm run scenario");
});

test("graph prints a Mermaid statechart with every phase and decision", () => {
  const r = run("graph", "scenarios/elke-week-een-andere-klacht.yaml");
  expect(r.status).toBe(0);
  expect(r.stdout.startsWith("stateDiagram-v2")).toBe(true);
  for (const id of ["F0", "F4", "F1_B1", "F3_B4", "I6"]) expect(r.stdout).toContain(id);
});
