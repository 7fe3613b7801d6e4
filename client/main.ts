// Client entry: picks the page for the current path and keeps navigation in-app.

import { homePage } from "./pages/home.ts";
import { hostCreatePage, hostDashboardPage } from "./pages/host.ts";
import { joinPage } from "./pages/join.ts";
import type { Navigate } from "./pages/routes.ts";
import { language, setLanguage } from "./ui/i18n.ts";

const navigate: Navigate = {
  to(path) {
    history.pushState(null, "", path);
    route();
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

function route() {
  const [, page = "", code] = location.pathname.split("/");
  if (page === "host") void (code ? hostDashboardPage(code) : hostCreatePage(navigate));
  else if (page === "join") void joinPage(code);
  else if (page === "debrief")
    void import("./pages/debrief/page.ts").then((m) => m.debriefRoute(code, navigate));
  else homePage(navigate);
}

setLanguage(language());
window.addEventListener("popstate", route);
route();
