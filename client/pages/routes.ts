// Client-side navigation between pages without reloading, and how a page follows a language switch.
import type { Language } from "../../shared/i18n/index.ts";

export type Navigate = {
  to: (path: string) => void;
  /** For <a onclick>: follow the link in-app unless the user asked for a new tab. */
  link: EventListener;
};

const FOCUS_KEY = "wijkcrisis.focusLanguage";

/** A form nobody has sent yet can simply be drawn again; a page in a session holds a connection and live state. */
function isForm(): boolean {
  const [, page = "", code] = location.pathname.split("/");
  if (page === "" || (page === "host" && !code)) return true;
  return page === "join" && document.getElementById("code") !== null;
}

type Kept = { value: string; checked: boolean };

function valuesOf(app: HTMLElement): Map<string, Kept> {
  const kept = new Map<string, Kept>();
  for (const el of app.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    "input[id], select[id], textarea[id]",
  ))
    kept.set(el.id, { value: el.value, checked: el instanceof HTMLInputElement && el.checked });
  return kept;
}

/** Puts typed values back once the re-drawn page has the field; a select waits for its options to arrive. */
function restore(kept: Map<string, Kept>) {
  const pending = new Map(kept);
  const apply = () => {
    for (const [id, was] of pending) {
      const el = document.getElementById(id);
      if (el instanceof HTMLSelectElement) {
        if (![...el.options].some((o) => o.value === was.value)) continue;
        el.value = was.value;
        el.dispatchEvent(new Event("change", { bubbles: true }));
      } else if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio"))
        el.checked = was.checked;
      else if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = was.value;
      else continue;
      pending.delete(id);
    }
    return pending.size === 0;
  };
  if (apply()) return;
  const app = document.getElementById("app");
  if (!app) return;
  const observer = new MutationObserver(() => {
    if (apply()) observer.disconnect();
  });
  observer.observe(app, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 10_000);
}

/**
 * After a language switch: a form is drawn again with what was typed in it; a live page (lobby, game, mission
 * control, debrief) reloads, since it rejoins by itself with its stored seat or host key. The focus stays on the
 * language switch either way.
 */
export async function relanguage(lang: Language, route: () => Promise<unknown>) {
  if (!isForm()) {
    sessionStorage.setItem(FOCUS_KEY, lang);
    location.reload();
    return;
  }
  const app = document.getElementById("app");
  const kept = app ? valuesOf(app) : new Map<string, Kept>();
  const active = document.activeElement;
  await route();
  restore(kept);
  // Pages focus their first field when drawn; the user was on the switch, so the focus goes back there.
  if (active instanceof HTMLElement && active.isConnected) active.focus();
}

relanguage.restoreFocus = (nav: HTMLElement) => {
  const lang = sessionStorage.getItem(FOCUS_KEY);
  if (!lang) return;
  sessionStorage.removeItem(FOCUS_KEY);
  nav.querySelector<HTMLElement>(`[data-language="${CSS.escape(lang)}"]`)?.focus();
};
