// The language switch in the page chrome, the same on every page: Dutch or English, remembered in this browser.
import { LANGUAGES, type Language } from "../../shared/i18n/languages.ts";
import { h } from "./dom.ts";
import { language, setLanguage, t } from "./i18n.ts";

/** Each language named in itself, so someone who cannot read the other finds their own. */
const NAMES: Record<Language, string> = { nl: "Nederlands", en: "English" };

/** Fills `nav` with one button per language; `changed` re-draws the page after a switch. */
export function renderLanguageSwitch(nav: HTMLElement, changed: (lang: Language) => void) {
  nav.className = "languages";
  nav.setAttribute("aria-label", t("home.language"));
  nav.replaceChildren(
    ...LANGUAGES.map((lang) =>
      h(
        "button",
        {
          type: "button",
          lang,
          "data-language": lang,
          "aria-pressed": String(lang === language()),
          onclick: () => {
            if (lang === language()) return;
            setLanguage(lang);
            renderLanguageSwitch(nav, changed);
            // Re-drawn buttons are new elements: the one just pressed keeps the focus.
            nav.querySelector<HTMLElement>(`[data-language="${lang}"]`)?.focus();
            changed(lang);
          },
        },
        NAMES[lang],
      ),
    ),
  );
}
