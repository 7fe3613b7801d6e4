// The languages and how a message's placeholders are filled: what needs no catalogue, so the browser can hold it
// without downloading every language's words (client/ui/i18n.ts loads only its own; index.ts holds them all).
import type { MessageKey } from "./nl.ts";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageKey };
export type Catalogue = Record<MessageKey, string>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders; unknown placeholders are left visible on purpose. */
export function fill(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
