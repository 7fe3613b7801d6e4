// Pins the one direction of dependency from DESIGN.md: client → shared/scenarios ← server, never across.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
type Part = "client" | "server" | "shared" | "scenarios";

/** Which other parts each part may import from, and which npm packages the isomorphic parts may use. */
const allowedParts: Record<Part, readonly Part[]> = {
  shared: ["shared"],
  scenarios: ["scenarios", "shared"],
  client: ["client", "shared", "scenarios"],
  server: ["server", "shared", "scenarios"],
};
const isomorphic: readonly Part[] = ["shared", "scenarios", "client"];
const scenarioPackages = ["xstate", "yaml", "zod"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3] ?? "");
  return specifiers.filter(Boolean);
}

function partOf(path: string): Part | undefined {
  const top = relative(repo, path).split(sep)[0];
  return top === "client" || top === "server" || top === "shared" || top === "scenarios" ? top : undefined;
}

function violations(): string[] {
  const found: string[] = [];
  for (const part of Object.keys(allowedParts) as Part[]) {
    for (const file of sourceFiles(join(repo, part))) {
      const where = relative(repo, file);
      for (const specifier of importsOf(readFileSync(file, "utf8"))) {
        if (specifier.startsWith(".")) {
          const target = partOf(resolve(dirname(file), specifier));
          if (!target || !allowedParts[part].includes(target))
            found.push(`${where} imports ${specifier} (${target ?? "outside the four parts"})`);
        } else if (specifier.startsWith("node:") && isomorphic.includes(part)) {
          found.push(`${where} imports ${specifier}, but ${part}/ must run in the browser too`);
        } else if (part === "scenarios" && !specifier.startsWith("node:")) {
          const pkg = specifier.split("/")[0] ?? specifier;
          if (!scenarioPackages.includes(pkg))
            found.push(
              `${where} imports package ${specifier}; scenarios/ may use only ${scenarioPackages.join(", ")}`,
            );
        }
      }
    }
  }
  return found;
}

describe("import direction", () => {
  it("finds the imports of a file, including type-only, re-exports and dynamic imports", () => {
    const source = [
      'import { a } from "../server/x.ts";',
      'import type { B } from "./b.ts";',
      'export { c } from "../shared/c.ts";',
      'const p = import("phaser");',
      'import "./side-effect.css";',
    ].join("\n");
    expect(importsOf(source)).toEqual([
      "../server/x.ts",
      "./b.ts",
      "../shared/c.ts",
      "phaser",
      "./side-effect.css",
    ]);
  });

  it("holds across the repository: client and server never import each other, shared and scenarios import neither", () => {
    expect(violations()).toEqual([]);
  });
});
