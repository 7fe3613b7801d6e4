// Reads a YAML scenario into a validated Scenario, or into every problem located by line and column.
import { isMap, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { type Scenario, ScenarioSchema } from "../../shared/scenario/format.ts";
import { formatPath, type PathIssue, type ScenarioIssue } from "./issues.ts";
import { locate } from "./locate.ts";
import { checkSemantics } from "./semantics.ts";
import { checkStyle } from "./style.ts";

/** A valid scenario may still carry warnings: things an author should look at that do not stop play. */
export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[] };

function describe(issue: z.core.$ZodIssue): PathIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => ({
      path: [...path, k],
      atKey: true,
      message: `unknown field "${k}" (check the spelling, or see scenario.schema.json)`,
    }));
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    const key = path[path.length - 1];
    return [{ path, message: `missing required field "${String(key)}" (expected ${issue.expected})` }];
  }
  if (issue.code === "invalid_type") {
    return [{ path, message: `expected ${issue.expected} here, found ${typeName(issue.input)}` }];
  }
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
    return [{ path, message: `${JSON.stringify(issue.input)} is not allowed here; use one of ${allowed}` }];
  }
  return [{ path, message: issue.message }];
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${JSON.stringify(v)}`;
}

export function parseScenario(yamlText: string, fileName: string): ParseResult {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntax = [...doc.errors];
  if (syntax.length > 0) {
    return {
      ok: false,
      errors: syntax.map((e) => {
        const pos = e.linePos?.[0] ?? counter.linePos(e.pos[0]);
        return {
          file: fileName,
          line: pos.line,
          column: pos.col,
          path: "(yaml syntax)",
          message: e.message.split("\n")[0] ?? e.message,
        };
      }),
    };
  }
  const located = (issues: PathIssue[]): ScenarioIssue[] =>
    issues.map((i) => {
      const pos = locate(doc, counter, i.path, i.atKey);
      return {
        file: fileName,
        line: pos.line,
        column: pos.column,
        path: formatPath(i.path),
        message: i.message,
      };
    });
  if (!isMap(doc.contents)) {
    return { ok: false, errors: located([{ path: [], message: "a scenario file must be a YAML mapping" }]) };
  }
  const parsed = ScenarioSchema.safeParse(doc.toJS(), { reportInput: true });
  if (!parsed.success) {
    const errors = located(parsed.error.issues.flatMap(describe));
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const semantic = checkSemantics(parsed.data);
  if (semantic.length > 0) return { ok: false, errors: located(semantic) };
  return { ok: true, scenario: parsed.data, warnings: located(checkStyle(parsed.data)) };
}
