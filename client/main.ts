// Client entry: picks the page for the current path and keeps navigation in-app. Each page is its own chunk, so a
// student's laptop never downloads the teacher's pages (the QR code library) or the debrief's engine and charts.

import type { Language } from "../shared/i18n/index.ts";
import type { Navigate } from "./pages/routes.ts";
import { relanguage } from "./pages/routes.ts";
import { language, setLanguage } from "./ui/i18n.ts";
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

/** Resolves once the page has drawn itself (a page that loads data first may still fill in parts after). */
function route(): Promise<unknown> {
  const [, page = "", code] = location.pathname.split("/");
  if (page === "host")
    return import("./pages/host.ts").then((m) =>
      code ? m.hostDashboardPage(code) : m.hostCreatePage(navigate),
    );
  if (page === "join") return import("./pages/join.ts").then((m) => m.joinPage(code));
  if (page === "debrief")
    return import("./pages/debrief/page.ts").then((m) => m.debriefRoute(code, navigate));
  return import("./pages/home.ts").then((m) => m.homePage(navigate));
}

setLanguage(language());
const languages = document.getElementById("languages");
if (languages) {
  renderLanguageSwitch(languages, (lang: Language) => void relanguage(lang, route));
  // After a reload for the language (a live page), the switch the user pressed has the focus again.
  relanguage.restoreFocus(languages);
}
window.addEventListener("popstate", () => void route());
void route();
