// The landing page: a teacher starts a session, a student joins one; either can switch language.
import { LANGUAGES } from "../../shared/i18n/index.ts";
import { h, mount } from "../ui/dom.ts";
import { language, setLanguage, t } from "../ui/i18n.ts";
import type { Navigate } from "./routes.ts";

export function languageSwitch(rerender: () => void): HTMLElement {
  return h(
    "nav",
    { class: "languages", "aria-label": t("home.language") },
    ...LANGUAGES.map((lang) =>
      h(
        "button",
        {
          type: "button",
          lang,
          "aria-pressed": String(lang === language()),
          onclick: () => {
            setLanguage(lang);
            rerender();
          },
        },
        lang === "nl" ? "Nederlands" : "English",
      ),
    ),
  );
}

export function homePage(navigate: Navigate) {
  const render = () =>
    mount(
      languageSwitch(render),
      h("h1", {}, t("app.title")),
      h("p", { class: "tagline" }, t("app.tagline")),
      h(
        "div",
        { class: "actions" },
        h("a", { href: "/host", class: "button", onclick: navigate.link }, t("home.host")),
        h("a", { href: "/join", class: "button secondary", onclick: navigate.link }, t("home.join")),
      ),
    );
  render();
}
