// The preview page's words (shared/i18n/{nl,en}/preview.ts): a chunk of their own per language, loaded by this page
// only, like the authoring areas are kept out of the UI catalogues: no student's page downloads them. The play
// screen's own words stay in the page's catalogue (client/ui/i18n.ts).
import { fill, type Language } from "../../../shared/i18n/languages.ts";
import type { preview } from "../../../shared/i18n/nl/preview.ts";

export type PreviewKey = keyof typeof preview;
type Words = Record<PreviewKey, string>;

const loaded: Partial<Record<Language, Words>> = {};
let current: Language = "nl";

/** Fetches a language's preview words once; pt() speaks that language once it resolves. */
export async function loadPreviewWords(lang: Language): Promise<void> {
  loaded[lang] ??=
    lang === "en"
      ? (await import("../../../shared/i18n/en/preview.ts")).preview
      : (await import("../../../shared/i18n/nl/preview.ts")).preview;
  current = lang;
}

export function pt(key: PreviewKey, params?: Record<string, string | number>): string {
  const words = loaded[current] ?? loaded.nl ?? loaded.en;
  return words ? fill(words[key], params) : key;
}
