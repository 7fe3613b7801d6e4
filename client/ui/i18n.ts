// The page's language: chosen by the user, remembered, Dutch unless they pick English.
import { isLanguage, type Language, type MessageKey, translate } from "../../shared/i18n/index.ts";
import { isErrorCode } from "../../shared/protocol/error-codes.ts";

const STORAGE_KEY = "wijkcrisis.language";

let current: Language = (() => {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : "nl";
})();

export function language(): Language {
  return current;
}

export function setLanguage(next: Language) {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(current, key, params);
}

/** Server errors carry a code; anything else (a dropped network, a bug) gets a general sentence. */
export function errorText(error: unknown): string {
  const code = error instanceof Error ? error.message : String(error);
  if (isErrorCode(code)) return t(`error.${code}`);
  console.error(error);
  if (error instanceof TypeError) return t("error.network");
  return t("error.unknown");
}
