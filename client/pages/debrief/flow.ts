// The hidden profile made visible: every critical card, who held it, when (if ever) it reached the table, and
// whether it lay there when each decision was taken.
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MomentContext, TeamContext } from "./context.ts";
import { cardTitle, clock, holderOf, sharedByText, shorten } from "./labels.ts";

export function createFlow() {
  const wrap = h("div", { class: "table-scroll" });
  let rows: { cardId: string; tr: HTMLTableRowElement }[] = [];
  return {
    el: h(
      "section",
      { class: "panel", "aria-labelledby": "flow-heading" },
      h("h2", { id: "flow-heading" }, t("debrief.flow")),
      h("p", { class: "muted" }, t("debrief.flowIntro")),
      wrap,
    ),
    team(ctx: TeamContext) {
      const { s, final, timeline } = ctx;
      const decisions = s.decisions;
      rows = timeline.critical.map((cardId) => {
        const shared = final.table.find((x) => x.cardId === cardId);
        const tr = h(
          "tr",
          { "data-card": cardId },
          h("th", { scope: "row" }, cardTitle(s, cardId)),
          h("td", {}, holderOf(s, final, cardId)),
          h(
            "td",
            {},
            shared
              ? t("debrief.flow.shared", {
                  time: clock(shared.t - timeline.start),
                  who: sharedByText(s, final, shared.by, shared.playerId),
                })
              : t("debrief.card.never"),
          ),
          ...decisions.map((d) => {
            const ds = final.decisions[d.id];
            if (ds?.status !== "decided")
              return h("td", { class: "flow-cell none" }, t("debrief.flow.notDecided"));
            const on = ds.tableAt.includes(cardId);
            return h(
              "td",
              { class: `flow-cell ${on ? "yes" : "no"}` },
              on ? `✓ ${t("debrief.flow.yes")}` : `✗ ${t("debrief.flow.no")}`,
            );
          }),
        );
        return { cardId, tr };
      });
      wrap.replaceChildren(
        rows.length === 0
          ? h("p", { class: "muted" }, t("debrief.flow.none"))
          : h(
              "table",
              { class: "flow" },
              h("caption", {}, t("debrief.flow.caption")),
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  h("th", { scope: "col" }, t("debrief.flow.card")),
                  h("th", { scope: "col" }, t("debrief.flow.holder")),
                  h("th", { scope: "col" }, t("debrief.flow.table")),
                  ...decisions.map((d) =>
                    h("th", { scope: "col", title: d.question }, shorten(d.question, 40)),
                  ),
                ),
              ),
              h("tbody", {}, ...rows.map((r) => r.tr)),
            ),
      );
    },
    moment(ctx: MomentContext) {
      // Cards on the table at the moment shown are marked, so the flow reads against the replay.
      const onTable = new Set(ctx.state.table.map((x) => x.cardId));
      for (const r of rows) r.tr.classList.toggle("now-on-table", onTable.has(r.cardId));
    },
  };
}
