// Turns zod's issues into one plain message per mistake: a misspelt field is one "did you mean", a range says what
// the numbers mean, a duration says how to write one; never zod's bare "Invalid input".
import type { z } from "zod";
import { ScenarioSchema } from "../../shared/scenario/format.ts";
import { DurationSchema, IdSchema, RoleIdSchema } from "../../shared/scenario/primitives.ts";
import { type AuthorParam, type AuthorText, msg } from "./author-text.ts";
import type { PathIssue, PathSegment } from "./issues.ts";
import {
  closest,
  defOf,
  keysOf,
  numberBounds,
  patternsOf,
  schemaAt,
  unionOptions,
  unwrap,
} from "./zod-walk.ts";

type Issue = z.core.$ZodIssue;
type P = PathSegment[];
/** Before the typo pass: which issues are a missing or an unknown field, so a pair can become one message. */
type Raw = PathIssue & { missing?: string; unknown?: string; present?: string[] };

const PATTERN_KEYS: [string[], AuthorText["key"]][] = [
  [patternsOf(DurationSchema), "authoring.value.duration"],
  [patternsOf(IdSchema), "authoring.value.id"],
  [patternsOf(RoleIdSchema), "authoring.value.roleId"],
  [patternsOf(ScenarioSchema.shape.id), "authoring.value.scenarioId"],
];

const shown = (v: unknown): string => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
const quoted = (v: unknown) => msg("authoring.type.literal", { value: shown(v) });

function typeWord(expected: string): AuthorText {
  const known = ["string", "number", "int", "boolean", "array", "object"];
  const key = expected === "record" ? "object" : known.includes(expected) ? expected : "other";
  return msg(`authoring.type.${key}` as AuthorText["key"]);
}

function found(v: unknown): AuthorText {
  if (v === null || v === undefined) return msg("authoring.found.nothing");
  if (Array.isArray(v)) return msg("authoring.found.list");
  if (typeof v === "object") return msg("authoring.found.block");
  if (typeof v === "string") return msg("authoring.found.text", { value: v });
  if (typeof v === "number") return msg("authoring.found.number", { value: v });
  return msg("authoring.found.boolean", { value: String(v) });
}

/** A list of alternatives as one parameter: "`nl` of `en`". */
const alternatives = (items: AuthorText[]): AuthorParam => ({ or: items });

const isDuration = (s: z.ZodType | undefined) =>
  s !== undefined && patternsOf(s).some((p) => PATTERN_KEYS[0]?.[0].includes(p));
const isConditionUnion = (options: z.ZodType[]) =>
  options.length > 3 && options.every((o) => defOf(o).type === "object" && keysOf(o).length === 1);

function rangeIssue(path: P, value: unknown): PathIssue {
  const last = path.at(-1);
  const inMeters = path[0] === "meters" && last === "start";
  if (inMeters || last === "atLeast" || last === "atMost")
    return { path, key: "authoring.value.meterRange", params: { value: shown(value) } };
  if (path.includes("effects"))
    return { path, key: "authoring.value.effectRange", params: { value: shown(value) } };
  const b = numberBounds(schemaAt(ScenarioSchema, path)) ?? { min: 0, max: 0 };
  return { path, key: "authoring.value.range", params: { min: b.min, max: b.max, value: shown(value) } };
}

function unionIssue(issue: Extract<Issue, { code: "invalid_union" }>, path: P): Raw[] {
  const options = unionOptions(schemaAt(ScenarioSchema, path) ?? ScenarioSchema);
  const input = (issue as { input?: unknown }).input;
  const isBlock = input !== null && typeof input === "object" && !Array.isArray(input);
  if (isConditionUnion(options)) {
    const kinds = options.flatMap((o) => keysOf(o));
    const keys = isBlock ? Object.keys(input as object) : [];
    const condition = {
      path,
      key: "authoring.value.condition" as const,
      params: { kinds: kinds.join(", ") },
    };
    if (keys.length !== 1) return [condition];
    const [key = ""] = keys;
    const branch = kinds.indexOf(key);
    if (branch >= 0) return describeAll(issue.errors[branch] ?? [], path);
    const suggestion = closest(key, kinds);
    return suggestion
      ? [
          {
            path: [...path, key],
            atKey: true,
            key: "authoring.field.didYouMean",
            params: { key, suggestion },
          },
        ]
      : [condition];
  }
  if (isBlock) {
    const tries = options
      .map((o, i) => (defOf(o).type === "object" ? describeAll(issue.errors[i] ?? [], path) : null))
      .filter((x): x is Raw[] => x !== null)
      .sort((a, b) => a.length - b.length);
    if (tries[0]) return tries[0];
  }
  if (options.length === 0) return [{ path, key: "authoring.value.format", params: { value: shown(input) } }];
  if (options.some(isDuration))
    return [{ path, key: "authoring.value.moment", params: { value: shown(input) } }];
  const expected = options.map((o) => {
    const d = defOf(o);
    if (d.type === "literal") return quoted(d.values?.[0]);
    if (d.type === "object") return msg("authoring.type.blockWith", { key: keysOf(o).join("`, `") });
    return typeWord(d.type);
  });
  return [{ path, key: "authoring.value.union", params: { expected: alternatives(expected) } }];
}

function describe(issue: Issue, base: P): Raw[] {
  const path: P = [...base, ...issue.path.filter((p): p is string | number => typeof p !== "symbol")];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((k) => ({
        path: [...path, k],
        atKey: true,
        key: "authoring.field.unknown",
        unknown: k,
        present: input !== null && typeof input === "object" ? Object.keys(input) : [],
      }));
    case "invalid_union":
      return unionIssue(issue, path);
    case "invalid_type": {
      const key = String(path.at(-1) ?? "");
      if (input === undefined && key === "language" && path.length === 1)
        return [{ path, key: "authoring.field.missingLanguage" }];
      if (input === undefined)
        return [
          {
            path,
            key: "authoring.field.missing",
            params: { key, expected: typeWord(issue.expected) },
            missing: key,
          },
        ];
      if (issue.expected === "int")
        return [{ path, key: "authoring.value.whole", params: { value: shown(input) } }];
      if (isDuration(schemaAt(ScenarioSchema, path)) && input !== null)
        return [{ path, key: "authoring.value.duration", params: { value: shown(input) } }];
      return [
        {
          path,
          key: "authoring.value.type",
          params: { expected: typeWord(issue.expected), found: found(input) },
        },
      ];
    }
    case "invalid_value":
      if (input === undefined && path.length === 1 && path[0] === "language")
        return [{ path, key: "authoring.field.missingLanguage" }];
      if (input === undefined) {
        const key = String(path.at(-1) ?? "");
        const expected = alternatives(issue.values.map(quoted));
        return [{ path, key: "authoring.field.missing", params: { key, expected }, missing: key }];
      }
      return [
        {
          path,
          key: "authoring.value.choice",
          params: { value: quoted(input), allowed: alternatives(issue.values.map(quoted)) },
        },
      ];
    case "invalid_format": {
      const pattern = (issue as { pattern?: string }).pattern ?? "";
      const key = PATTERN_KEYS.find(([ps]) => ps.includes(pattern))?.[1] ?? "authoring.value.format";
      return [{ path, key, params: { value: shown(input) } }];
    }
    case "too_big":
    case "too_small": {
      const count = Array.isArray(input) ? input.length : 0;
      const wanted = defOf(unwrap(schemaAt(ScenarioSchema, path) ?? ScenarioSchema)).type;
      if (issue.origin !== wanted && ["string", "number", "array"].includes(wanted))
        return [
          { path, key: "authoring.value.type", params: { expected: typeWord(wanted), found: found(input) } },
        ];
      if (issue.origin === "number") return [rangeIssue(path, input)];
      if (issue.origin === "array" && issue.code === "too_small")
        return [{ path, key: "authoring.value.listShort", params: { min: Number(issue.minimum), count } }];
      if (issue.origin === "array" && issue.code === "too_big")
        return [{ path, key: "authoring.value.listLong", params: { max: Number(issue.maximum), count } }];
      if (issue.origin === "string") return [{ path, key: "authoring.value.emptyText" }];
      break;
    }
    case "custom":
      if (path.at(-1) === "meter") return [{ path, key: "authoring.value.meterTest" }];
      break;
  }
  return [{ path, key: "authoring.value.other", params: { detail: issue.message } }];
}

const same = (a: P, b: P) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A misspelt field is reported once: the unknown key, with the missing (or any known) field it resembles. */
function mergeTypos(raw: Raw[]): Raw[] {
  const dropped = new Set<Raw>();
  const out: Raw[] = [];
  for (const r of raw) {
    if (r.unknown === undefined) continue;
    const parent = r.path.slice(0, -1);
    const missing = raw.filter(
      (m) => m.missing !== undefined && !dropped.has(m) && same(m.path.slice(0, -1), parent),
    );
    const fromMissing = closest(
      r.unknown,
      missing.map((m) => m.missing as string),
    );
    const absent = keysOf(schemaAt(ScenarioSchema, parent)).filter((k) => !r.present?.includes(k));
    const suggestion = fromMissing ?? closest(r.unknown, absent);
    if (fromMissing) for (const m of missing.filter((x) => x.missing === fromMissing)) dropped.add(m);
    const known = keysOf(schemaAt(ScenarioSchema, parent)).join(", ");
    out.push(
      suggestion
        ? {
            path: r.path,
            atKey: true,
            key: "authoring.field.didYouMean",
            params: { key: r.unknown, suggestion },
          }
        : { path: r.path, atKey: true, key: "authoring.field.unknown", params: { key: r.unknown, known } },
    );
  }
  // A misspelt atLeast is the only mistake of its meter test: no second "give atLeast or atMost".
  const fixed = out.filter((o) => o.key === "authoring.field.didYouMean").map((o) => o.path.slice(0, -1));
  const alsoSaid = (r: Raw) => r.key === "authoring.value.meterTest" && fixed.some((f) => same(f, r.path));
  return [...raw.filter((r) => r.unknown === undefined && !dropped.has(r) && !alsoSaid(r)), ...out];
}

function describeAll(issues: readonly Issue[], base: P): Raw[] {
  return mergeTypos(issues.flatMap((i) => describe(i, base)));
}

/** The zod issues of a scenario file, as messages an author can act on. */
export function describeZodIssues(issues: readonly Issue[]): PathIssue[] {
  const seen = new Set<string>();
  return describeAll(issues, [])
    .map(({ missing: _m, unknown: _u, present: _p, ...rest }) => rest)
    .filter((i) => {
      const key = JSON.stringify(i);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
