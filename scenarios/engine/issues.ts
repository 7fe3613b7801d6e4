// The located problem report every author tool and the server share, in the author's language.
import type { Language } from "../../shared/i18n/languages.ts";
import { type AuthorText, authorText } from "./author-text.ts";
import { type NamedSegment, renderPlace } from "./place.ts";

export interface ScenarioIssue {
  file: string;
  line: number;
  column: number;
  /** Where in the document, as an author reads it, in `language`: "beslissing B2 › optie C › effects › WON". */
  path: string;
  /** The problem in `language`; `text` and `place` give it again in any language (formatIssue). */
  message: string;
  language: Language;
  text: AuthorText;
  place: NamedSegment[];
}

export type PathSegment = string | number;

/** An issue before it has a line and column: the document path is enough to find it later. */
export interface PathIssue extends AuthorText {
  path: PathSegment[];
  /** Point at the key itself (an unknown field) instead of its value. */
  atKey?: boolean;
}

/** The message of an issue in a language (the server's "left out" list uses this with the teacher's language). */
export function issueMessage(i: ScenarioIssue, language: Language = i.language): string {
  return language === i.language ? i.message : authorText(language, i.text);
}

/** file:line:column  place  message — in the issue's own language unless another is asked for. */
export function formatIssue(i: ScenarioIssue, language: Language = i.language): string {
  const path = language === i.language ? i.path : renderPlace(language, i.place);
  return `${i.file}:${i.line}:${i.column}  ${path}  ${issueMessage(i, language)}`;
}
