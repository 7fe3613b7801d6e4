// The page's language: chosen by the user, remembered, Dutch unless they pick English. Only that language's catalogue
// is downloaded (its own chunk); client/main.ts waits for it before a page draws, and a switch loads the other.
import {
  type Catalogue,
  fill,
  isLanguage,
  type Language,
  type MessageKey,
} from "../../shared/i18n/languages.ts";
import { isErrorCode } from "../../shared/protocol/error-codes.ts";

const STORAGE_KEY = "wijkcrisis.language";

let current: Language = (() => {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : "nl";
})();

const loaded: Partial<Record<Language, Catalogue>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};

/** Fetches a language's catalogue once; pages may call t() in that language when it resolves. */
export function loadLanguage(lang: Language): Promise<void> {
  loading[lang] ??= (
    lang === "en"
      ? import("../../shared/i18n/en.ts").then((m) => m.en)
      : import("../../shared/i18n/nl.ts").then((m) => m.nl)
  ).then(
    (catalogue) => {
      loaded[lang] = catalogue;
    },
    (error: unknown) => {
      // A failed download (the network dropped) may be tried again.
      delete loading[lang];
      throw error;
    },
  );
  return loading[lang];
}

export function language(): Language {
  return current;
}

/** Sets the language at once; its words follow when loadLanguage(next) resolves (the switch awaits that). */
export function setLanguage(next: Language) {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  // Right after a switch, until the new catalogue is in, the words of the one already loaded.
  const catalogue = loaded[current] ?? loaded.nl ?? loaded.en;
  return catalogue ? fill(catalogue[key], params) : key;
}

/**
 * A message in a language other than the page's (a report printed in the session's language), once
 * loadLanguage(lang) has resolved; so a page needs no second catalogue until it uses one.
 */
export function translateLoaded(
  lang: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const catalogue = loaded[lang];
  if (!catalogue) throw new Error(`the ${lang} words are not loaded`);
  return fill(catalogue[key], params);
}

/** Server errors carry a code; anything else (a dropped network, a bug) gets a general sentence. */
export function errorText(error: unknown): string {
  const code = error instanceof Error ? error.message : String(error);
  if (isErrorCode(code)) return t(`error.${code}`);
  console.error(error);
  if (error instanceof TypeError) return t("error.network");
  return t("error.unknown");
}
