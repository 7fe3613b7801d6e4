// Messages for scenario authors in Dutch or English: a key from the authoring catalogues and its parameters, which
// may themselves be messages ("{kind}" → "kaart"). The authoring areas (shared/i18n/{nl,en}/authoring*.ts) are
// registered here, not in the UI catalogues (shared/i18n/nl.ts): no student's page needs to download them.
import { authoring as enAuthoring } from "../../shared/i18n/en/authoring.ts";
import { authoringChecks as enChecks } from "../../shared/i18n/en/authoring-checks.ts";
import { authoringCli as enCli } from "../../shared/i18n/en/authoring-cli.ts";
import { fill, type Language } from "../../shared/i18n/languages.ts";
import { authoring as nlAuthoring } from "../../shared/i18n/nl/authoring.ts";
import { authoringChecks as nlChecks } from "../../shared/i18n/nl/authoring-checks.ts";
import { authoringCli as nlCli } from "../../shared/i18n/nl/authoring-cli.ts";

const catalogues = {
  nl: { ...nlAuthoring, ...nlChecks, ...nlCli },
  en: { ...enAuthoring, ...enChecks, ...enCli },
} as const;

export type AuthorKey = keyof typeof catalogues.nl;
/** A parameter: plain, a message of its own, or alternatives joined by "of"/"or". */
export type AuthorParam = string | number | AuthorText | { or: AuthorParam[] };
export interface AuthorText {
  key: AuthorKey;
  params?: Record<string, AuthorParam>;
}

/** Shorthand for a message value, for parameters that are messages themselves. */
export const msg = (key: AuthorKey, params?: Record<string, AuthorParam>): AuthorText =>
  params ? { key, params } : { key };

export function authorText(language: Language, text: AuthorText): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) params[name] = paramText(language, value);
  return fill(catalogues[language][text.key], params);
}

function paramText(language: Language, value: AuthorParam): string | number {
  if (typeof value !== "object") return value;
  if ("or" in value)
    return orList(
      language,
      value.or.map((v) => String(paramText(language, v))),
    );
  return authorText(language, value);
}

/** "a, b of c" in the language's words; an empty list gives "". */
export function orList(language: Language, items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return authorText(
    language,
    msg("authoring.or", { a: items.slice(0, -1).join(", "), b: items.at(-1) ?? "" }),
  );
}
