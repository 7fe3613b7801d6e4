// One lookup for UI text in either language, used by the client and by the server's error replies.
import { en } from "./en.ts";
import { type MessageKey, nl } from "./nl.ts";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };

const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Looks up a message and fills `{name}` placeholders; unknown placeholders are left visible on purpose. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
