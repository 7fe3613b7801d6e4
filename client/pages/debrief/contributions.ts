// Contributions per role (the debrief measure `contributions`): shares, chat lines, proposals, votes and contacts,
// as simple bars with the same numbers in a table.
import { type Debrief, debrief } from "../../../scenarios/engine/debrief.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MomentContext } from "./context.ts";
import { dataTable } from "./data-table.ts";
import { roleLabel } from "./labels.ts";

type Measure = keyof Debrief["contributions"][string];
const MEASURES: Measure[] = ["shares", "chat", "proposals", "votes", "contacts"];

export function createContributions() {
  const bars = h("div", { class: "contrib-bars", "aria-hidden": "true" });
  const table = h("div");
  const legend = h("ul", { class: "contrib-legend", "aria-hidden": "true" });
  const el = h(
    "section",
    { class: "panel contributions", "aria-labelledby": "contrib-heading" },
    h("h2", { id: "contrib-heading" }, t("debrief.contrib.heading")),
    h(
      "figure",
      { class: "chart-figure", "aria-labelledby": "contrib-caption" },
      h("figcaption", { id: "contrib-caption" }, t("debrief.contrib.chart")),
      legend,
      bars,
      table,
    ),
  );
  let shownFor: unknown = null;

  return {
    el,
    moment(ctx: MomentContext) {
      if (shownFor === ctx.timeline) return;
      shownFor = ctx.timeline;
      const { s, final } = ctx;
      const { contributions } = debrief(s, final.seed, ctx.timeline.index.entries);
      const present = new Set(Object.values(final.members).map((m) => m.role));
      const roles = s.roles.map((r) => r.id).filter((r) => present.has(r));
      const max = Math.max(1, ...roles.flatMap((r) => MEASURES.map((k) => contributions[r]?.[k] ?? 0)));
      legend.replaceChildren(
        ...roles.map((r, i) => h("li", {}, h("span", { class: `swatch role-${i}` }), roleLabel(s, r))),
      );
      bars.replaceChildren(
        ...MEASURES.map((k) =>
          h(
            "div",
            { class: "contrib-group" },
            h("span", { class: "contrib-label" }, t(`debrief.contrib.${k}`)),
            h(
              "span",
              { class: "contrib-values" },
              ...roles.map((r, i) => {
                const v = contributions[r]?.[k] ?? 0;
                return h(
                  "span",
                  { class: "contrib-bar-row" },
                  h("span", {
                    class: `contrib-bar role-${i}`,
                    style: `width: ${(v / max) * 100}%`,
                  }),
                  h("span", { class: "contrib-value" }, String(v)),
                );
              }),
            ),
          ),
        ),
      );
      table.replaceChildren(
        dataTable(
          t("debrief.contrib.caption"),
          [t("debrief.contrib.role"), ...MEASURES.map((k) => t(`debrief.contrib.${k}`))],
          roles.map((r) => [roleLabel(s, r), ...MEASURES.map((k) => String(contributions[r]?.[k] ?? 0))]),
          "contrib-table",
        ),
      );
    },
  };
}
