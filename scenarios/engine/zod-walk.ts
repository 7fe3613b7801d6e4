// Finds the part of the scenario schema at a document path, so a message can say what belongs there (the fields a
// block may have, a number's range, whether a text is a duration). Reads zod 4's own schema definitions.
import type { z } from "zod";
import type { PathSegment } from "./issues.ts";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

export const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** Strips optional/default/lazy wrappers, and a transform down to what the author writes. */
export function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = defOf(cur);
    if (WRAPPERS.has(d.type) && d.innerType) cur = d.innerType;
    else if (d.type === "lazy" && d.getter) cur = d.getter();
    else if (d.type === "pipe" && d.in && defOf(d.in).type !== "transform") cur = d.in;
    else return cur;
  }
  return cur;
}

/** The options of a union, unwrapped; [] when `s` is no union. */
export function unionOptions(s: z.ZodType): z.ZodType[] {
  const d = defOf(unwrap(s));
  return d.type === "union" ? (d.options ?? []).map(unwrap) : [];
}

/** The fields a block may have; for a union of blocks, the fields of any of them. */
export function keysOf(s: z.ZodType | undefined): string[] {
  if (!s) return [];
  const u = unwrap(s);
  const d = defOf(u);
  if (d.type === "object") return Object.keys(d.shape ?? {});
  return [...new Set(unionOptions(u).flatMap((o) => (defOf(o).type === "object" ? keysOf(o) : [])))];
}

function child(s: z.ZodType, seg: PathSegment): z.ZodType | undefined {
  const u = unwrap(s);
  const d = defOf(u);
  if (d.type === "object") return d.shape?.[String(seg)];
  if (d.type === "array") return typeof seg === "number" ? d.element : undefined;
  if (d.type === "record") return d.valueType;
  if (d.type === "union") {
    for (const o of unionOptions(u)) {
      const od = defOf(o);
      if (typeof seg === "string" && od.type === "object" && od.shape && seg in od.shape)
        return od.shape[seg];
      if (typeof seg === "number" && od.type === "array") return od.element;
    }
  }
  return undefined;
}

export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    cur = child(cur, seg);
  }
  return cur;
}

/** The regular expressions a text schema must match, as written ("/^\\d{1,3}:[0-5]\\d$/"). */
export function patternsOf(s: z.ZodType | undefined): string[] {
  if (!s) return [];
  const checks = (defOf(unwrap(s)) as { checks?: { _zod: { def: { pattern?: RegExp } } }[] }).checks ?? [];
  return checks.flatMap((c) => (c._zod.def.pattern ? [String(c._zod.def.pattern)] : []));
}

/** The bounds of a number schema ({ min, max }), as zod 4 exposes them. */
export function numberBounds(s: z.ZodType | undefined): { min: number; max: number } | null {
  if (!s) return null;
  const u = unwrap(s) as unknown as { minValue?: number | null; maxValue?: number | null };
  if (typeof u.minValue !== "number" || typeof u.maxValue !== "number") return null;
  return { min: u.minValue, max: u.maxValue };
}

/** "questoin" → "question": the closest name at most two edits away (one for short words), or null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = word.length <= 4 ? 2 : 3;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit ("questoin"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  return at(a.length, b.length);
}
