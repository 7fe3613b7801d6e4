// Names the place of a problem by the ids an author wrote ("beslissing B1 › optie D › effects"), not by array
// positions (decisions[0].options[3].effects); a list item without an id is counted from 1.
import type { Language } from "../../shared/i18n/languages.ts";
import { type AuthorKey, authorText, msg } from "./author-text.ts";

export const ITEM_KINDS = [
  "learningGoal",
  "sharedFact",
  "meter",
  "role",
  "card",
  "phase",
  "decision",
  "option",
  "inject",
  "contact",
  "outcome",
  "debriefQuestion",
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The lists whose items carry an id, by the key of the list. */
const KIND_OF_LIST: Record<string, ItemKind> = {
  learningGoals: "learningGoal",
  sharedFacts: "sharedFact",
  meters: "meter",
  roles: "role",
  cards: "card",
  phases: "phase",
  decisions: "decision",
  options: "option",
  injects: "inject",
  contacts: "contact",
  reveals: "card",
  outcomes: "outcome",
  debriefQuestions: "debriefQuestion",
};

export type NamedSegment =
  | { field: string }
  | { kind: ItemKind; id: string }
  | { list: string; n: number }
  | { special: "document" | "syntax" };

export const kindKey = (kind: ItemKind): AuthorKey => `authoring.kind.${kind}`;
export const kindsKey = (kind: ItemKind): AuthorKey => `authoring.kinds.${kind}`;

/** Walks the document data along the path, naming each list item by its id where it has one. */
export function namePlace(data: unknown, path: readonly (string | number)[]): NamedSegment[] {
  if (path.length === 0) return [{ special: "document" }];
  const out: NamedSegment[] = [];
  let node: unknown = data;
  let listKey = "";
  for (const seg of path) {
    const here = node;
    node = here !== null && typeof here === "object" ? (here as Record<string, unknown>)[seg] : undefined;
    if (typeof seg === "number") {
      const kind = KIND_OF_LIST[listKey];
      const id = (node as { id?: unknown } | undefined)?.id;
      if (kind && typeof id === "string" && id !== "") {
        if ("field" in (out.at(-1) ?? {})) out.pop();
        out.push({ kind, id });
      } else {
        if ("field" in (out.at(-1) ?? {})) out.pop();
        out.push({ list: listKey, n: seg + 1 });
      }
      listKey = "";
      continue;
    }
    out.push({ field: seg });
    listKey = seg;
  }
  return out;
}

export function renderPlace(language: Language, place: readonly NamedSegment[]): string {
  return place
    .map((s) => {
      if ("special" in s)
        return authorText(
          language,
          msg(s.special === "document" ? "authoring.path.document" : "authoring.path.syntax"),
        );
      if ("kind" in s)
        return authorText(language, msg("authoring.path.item", { kind: msg(kindKey(s.kind)), id: s.id }));
      if ("list" in s) return authorText(language, msg("authoring.path.index", { list: s.list, n: s.n }));
      return s.field;
    })
    .join(" › ");
}
