// The jump list: every decision, inject, card shared, phase and facilitator action of the team, in order.
import type { Moment } from "../../../scenarios/engine/timeline.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MomentContext, TeamContext } from "./context.ts";
import { clock, MOMENT_KIND, momentText } from "./labels.ts";

const KINDS: Moment["kind"][] = [
  "decision",
  "share",
  "inject",
  "host",
  "phase",
  "outcome",
  "bookmark",
  "member",
];

export function createMoments() {
  const list = h("ol", { class: "moments", "aria-labelledby": "moments-heading" });
  const filters = h("div", { class: "moment-filters row", role: "group", "aria-label": t("debrief.filter") });
  let items: { m: Moment; li: HTMLLIElement; button: HTMLButtonElement }[] = [];
  const hidden = new Set<Moment["kind"]>();

  const applyFilter = () => {
    for (const { m, li } of items) li.hidden = hidden.has(m.kind);
  };
  for (const kind of KINDS) {
    const box = h("input", { type: "checkbox", id: `moment-filter-${kind}`, checked: true });
    box.addEventListener("change", () => {
      if (box.checked) hidden.delete(kind);
      else hidden.add(kind);
      applyFilter();
    });
    filters.append(
      h("label", { class: "choice", for: `moment-filter-${kind}` }, box, ` ${t(MOMENT_KIND[kind])}`),
    );
  }

  return {
    el: h(
      "section",
      { class: "panel moments-panel", "aria-labelledby": "moments-heading" },
      h("h2", { id: "moments-heading" }, t("debrief.moments")),
      filters,
      list,
    ),
    team(ctx: TeamContext) {
      const { timeline, final, s } = ctx;
      items = timeline.moments.map((m, i) => {
        const button = h(
          "button",
          {
            type: "button",
            class: "moment",
            id: `moment-${i}`,
            "data-kind": m.kind,
            "data-seq": String(m.seq),
          },
          h("span", { class: "moment-time" }, clock(m.t - timeline.start)),
          h("span", { class: `moment-kind ${m.kind}` }, t(MOMENT_KIND[m.kind])),
          h("span", { class: "moment-text" }, momentText(s, final, m)),
        );
        button.addEventListener("click", () => ctx.jump(m.seq));
        return { m, li: h("li", {}, button), button };
      });
      list.replaceChildren(
        ...(items.length === 0
          ? [h("li", { class: "muted" }, t("debrief.noMoments"))]
          : items.map((x) => x.li)),
      );
      applyFilter();
    },
    moment(ctx: MomentContext) {
      // The moment shown is the last one at or before the seq; it is marked, and kept in sight in the list.
      // Of several moments of one entry (a decision that opens the next phase), the first: the cause.
      let current: (typeof items)[number] | undefined;
      for (const item of items) if (item.m.seq <= ctx.seq && item.m.seq !== current?.m.seq) current = item;
      for (const item of items) {
        if (item === current) item.button.setAttribute("aria-current", "step");
        else item.button.removeAttribute("aria-current");
        item.button.classList.toggle("past", item.m.seq <= ctx.seq);
      }
      if (current && !current.li.hidden) {
        const box = list.getBoundingClientRect();
        const row = current.li.getBoundingClientRect();
        if (row.top < box.top || row.bottom > box.bottom)
          list.scrollTop += row.top - box.top - list.clientHeight / 3;
      }
    },
  };
}
