// The JSON Schema an author's editor reads: every field explains itself on hover (Dutch help from the zod format),
// and a Wijkcrisis server hands it out at a stable address for files kept anywhere.
import { describe, expect, test } from "vitest";
import { scenarioJsonSchema } from "../../shared/scenario/json-schema.ts";

/** Every property of every object in a JSON Schema, with where it is and its description. */
function properties(node: unknown, at = ""): { at: string; description: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => properties(x, `${at}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  const o = node as Record<string, unknown>;
  const own =
    o.properties !== null && typeof o.properties === "object"
      ? Object.entries(o.properties as Record<string, Record<string, unknown>>).flatMap(([k, v]) => [
          { at: `${at}.${k}`, description: v.description },
          ...properties(v, `${at}.${k}`),
        ])
      : [];
  const rest = Object.entries(o).flatMap(([k, v]) => (k === "properties" ? [] : properties(v, `${at}/${k}`)));
  return [...own, ...rest];
}

describe("the scenario JSON Schema", () => {
  const all = properties(scenarioJsonSchema());

  test("describes every field, the condition language's included", () => {
    expect(all.length).toBeGreaterThan(130);
    expect(all.filter((p) => typeof p.description !== "string" || p.description.trim().length < 8)).toEqual(
      [],
    );
    expect(all.map((p) => p.at)).toContain("/$defs/__schema0/anyOf[0].shared");
  });

  test("says in Dutch what a field means, from the zod format", () => {
    const duration = all.find((p) => p.at === ".phases/items.duration");
    expect(duration?.description).toBe('Duur van de fase als "mm:ss", bijvoorbeeld "10:00".');
  });
});
