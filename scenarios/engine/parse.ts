// Reads a YAML scenario into a validated Scenario, or into every problem located by line and column, in the
// author's language: the one asked for, else the scenario's own `language`, else the fallback (Dutch).
import { type Document, isMap, LineCounter, parseDocument } from "yaml";
import { isLanguage, type Language } from "../../shared/i18n/languages.ts";
import { type Scenario, ScenarioSchema } from "../../shared/scenario/format.ts";
import { authorText } from "./author-text.ts";
import type { PathIssue, ScenarioIssue } from "./issues.ts";
import { locate } from "./locate.ts";
import { namePlace, renderPlace } from "./place.ts";
import { checkSemantics } from "./semantics.ts";
import { checkStyle } from "./style.ts";
import { yamlAdvice } from "./yaml-errors.ts";
import { describeZodIssues } from "./zod-issues.ts";

/** A valid scenario may still carry warnings: things an author should look at that do not stop play. */
export type ParseResult = (
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[] }
) & { language: Language };

export interface ParseOptions {
  /** Messages in this language, whatever the scenario says. */
  language?: Language;
  /** When the scenario names no (valid) language of its own. Default "nl". */
  fallbackLanguage?: Language;
}

function read(yamlText: string) {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    data = undefined;
  }
  return { counter, doc, data };
}

function languageOf(data: unknown, options: ParseOptions): Language {
  const own = (data as { language?: unknown } | null | undefined)?.language;
  return options.language ?? (isLanguage(own) ? own : (options.fallbackLanguage ?? "nl"));
}

function locator(doc: Document, counter: LineCounter, data: unknown, file: string, language: Language) {
  return (issues: PathIssue[]): ScenarioIssue[] =>
    issues.map((i) => {
      const pos = locate(doc, counter, i.path, i.atKey);
      const place = namePlace(data, i.path);
      const text = i.params ? { key: i.key, params: i.params } : { key: i.key };
      return {
        file,
        line: pos.line,
        column: pos.column,
        path: renderPlace(language, place),
        message: authorText(language, text),
        language,
        text,
        place,
      };
    });
}

/** Locates problems found later (the playtest's) in the same file, as `check` does. */
export function locateIssues(
  yamlText: string,
  fileName: string,
  issues: PathIssue[],
  options: ParseOptions = {},
): ScenarioIssue[] {
  const { counter, doc, data } = read(yamlText);
  return locator(doc, counter, data, fileName, languageOf(data, options))(issues);
}

export function parseScenario(yamlText: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const { counter, doc, data } = read(yamlText);
  const language = languageOf(data, options);
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e): ScenarioIssue => {
      const pos = e.linePos?.[0] ?? counter.linePos(e.pos[0]);
      const text = yamlAdvice(e);
      const place = [{ special: "syntax" as const }];
      return {
        file: fileName,
        line: pos.line,
        column: pos.col,
        path: renderPlace(language, place),
        message: authorText(language, text),
        language,
        text,
        place,
      };
    });
    return { ok: false, errors, language };
  }
  const located = locator(doc, counter, data, fileName, language);
  if (!isMap(doc.contents))
    return { ok: false, errors: located([{ path: [], key: "authoring.document.notMapping" }]), language };
  const parsed = ScenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const errors = located(describeZodIssues(parsed.error.issues));
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column), language };
  }
  const semantic = checkSemantics(parsed.data);
  if (semantic.length > 0) return { ok: false, errors: located(semantic), language };
  return { ok: true, scenario: parsed.data, warnings: located(checkStyle(parsed.data)), language };
}
