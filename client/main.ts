// Client entry: picks the page for the current path and keeps navigation in-app. Each page is its own chunk, so a
// student's laptop never downloads the teacher's pages (the QR code library) or the debrief's engine and charts;
// the words of the page's language are one more, fetched alongside the page's own.

import type { Language } from "../shared/i18n/index.ts";
import type { Navigate } from "./pages/routes.ts";
import { relanguage } from "./pages/routes.ts";
import { showStatus } from "./ui/dom.ts";
import { language, loadLanguage, setLanguage, t } from "./ui/i18n.ts";
import { renderLanguageSwitch } from "./ui/language-switch.ts";

const navigate: Navigate = {
  to(path) {
    history.pushState(null, "", path);
    void route();
  },
  link(event) {
    const mouse = event as MouseEvent;
    if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
    const anchor = event.currentTarget;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    navigate.to(anchor.pathname);
  },
};

/** Draws a page once both its chunk and the words of the page's language are in; both download at once. */
async function show<M>(page: Promise<M>, draw: (m: M) => unknown): Promise<unknown> {
  const [m] = await Promise.all([page, loadLanguage(language())]);
  return draw(m);
}

/** Resolves once the page has drawn itself (a page that loads data first may still fill in parts after). */
function route(): Promise<unknown> {
  const [, page = "", code] = location.pathname.split("/");
  if (page === "host")
    return show(import("./pages/host.ts"), (m) =>
      code ? m.hostDashboardPage(code) : m.hostCreatePage(navigate),
    );
  if (page === "join") return show(import("./pages/join.ts"), (m) => m.joinPage(code));
  if (page === "preview") return show(import("./pages/preview/page.ts"), (m) => m.previewPage(navigate));
  if (page === "debrief")
    return show(import("./pages/debrief/page.ts"), (m) => m.debriefRoute(code, navigate));
  return show(import("./pages/home.ts"), (m) => m.homePage(navigate));
}

/** After a press on the switch: the new language's words first, then the page follows (routes.ts). */
async function switched(nav: HTMLElement, lang: Language) {
  try {
    await loadLanguage(lang);
  } catch {
    showStatus(t("error.network"));
    return;
  }
  nav.setAttribute("aria-label", t("home.language"));
  await relanguage(lang, route);
}

setLanguage(language());
const languages = document.getElementById("languages");
if (languages)
  void loadLanguage(language()).then(() => {
    renderLanguageSwitch(languages, (lang: Language) => void switched(languages, lang));
    // After a reload for the language (a live page), the switch the user pressed has the focus again.
    relanguage.restoreFocus(languages);
  });
window.addEventListener("popstate", () => void route());
void route();
