// One lookup for UI text in either language, used by the server's error replies and exports. The browser loads only
// its own language's catalogue (client/ui/i18n.ts, with languages.ts).
import { en } from "./en.ts";
import { type Catalogue, fill, type Language } from "./languages.ts";
import { type MessageKey, nl } from "./nl.ts";

export { type Catalogue, fill, isLanguage, LANGUAGES, type Language } from "./languages.ts";
export type { MessageKey };

const catalogues: Record<Language, Catalogue> = { nl, en };

/** Looks up a message in a language and fills its `{name}` placeholders. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return fill(catalogues[language][key], params);
}
