// "De casus": the case the whole team shares, on the screen from the first minute. The summary is always in
// sight; the common facts and who is at the table open in place, so the panel stays small on a laptop.
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { type PlayContext, type Section, watch } from "./context.ts";

export function createCasus(ctx: PlayContext): Section {
  const title = h("p", { class: "casus-title" });
  const summary = h("p", { class: "casus-summary" });
  const facts = h("ul", { class: "casus-facts" });
  const roles = h("dl", { class: "casus-roles" });
  const more = h(
    "details",
    { class: "casus-more", id: "casus-more" },
    h("summary", {}, t("casus.more")),
    h("h3", {}, t("casus.facts")),
    facts,
    h("h3", {}, t("casus.roles")),
    roles,
  );
  const el = h(
    "section",
    { class: "panel casus", "aria-labelledby": "casus-heading", "data-testid": "casus" },
    h("h2", { id: "casus-heading" }, t("casus.heading")),
    title,
    summary,
    more,
  );
  watch(
    ctx.store,
    el,
    (view) => view.casus,
    (c) => {
      title.textContent = c.title;
      summary.textContent = c.summary;
      facts.replaceChildren(...c.facts.map((f) => h("li", { "data-fact": f.id }, f.text)));
      roles.replaceChildren(
        ...c.roles.flatMap((r) => [
          h("dt", { "data-role": r.id }, r.name),
          ...(r.description ? [h("dd", {}, r.description)] : []),
        ]),
      );
    },
  );
  return { el };
}
