// "Wie wist wat": each role's own cards side by side at the moment shown, and which of them lay on the table then.
import { lookup } from "../../../scenarios/engine/lookup.ts";
import type { CardView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MomentContext } from "./context.ts";
import { cardTitle, clock, roleLabel } from "./labels.ts";

function cardItem(ctx: MomentContext, card: CardView): HTMLElement {
  const { s, final, state, timeline } = ctx;
  const critical = lookup(s).cards.get(card.id)?.marks.includes("critical") ?? false;
  const onTable = state.table.find((x) => x.cardId === card.id);
  const later = onTable ? undefined : final.table.find((x) => x.cardId === card.id);
  const status = onTable
    ? t("debrief.card.onTable", { time: clock(onTable.t - timeline.start) })
    : later
      ? t("debrief.card.later", { time: clock(later.t - timeline.start) })
      : t("debrief.card.never");
  return h(
    "li",
    {
      class: `game-card ${onTable ? "on-table" : "in-hand"}`,
      "data-card": card.id,
      "data-on-table": String(!!onTable),
    },
    h(
      "p",
      { class: "card-title" },
      critical ? h("span", { class: "badge critical" }, `★ ${t("debrief.card.critical")}`) : null,
      " ",
      cardTitle(s, card.id),
    ),
    h("p", { class: "card-text" }, card.text),
    h("p", { class: `card-status ${onTable ? "shared" : "unshared"}` }, status),
  );
}

export function createRoles() {
  const grid = h("div", { class: "role-views" });
  return {
    el: h(
      "section",
      { class: "panel", "aria-labelledby": "roles-heading" },
      h("h2", { id: "roles-heading" }, t("debrief.roles")),
      h("p", { class: "muted" }, t("debrief.rolesIntro")),
      grid,
    ),
    moment(ctx: MomentContext) {
      if (ctx.roles.length === 0) {
        grid.replaceChildren(h("p", { class: "muted" }, t("debrief.noPlayers")));
        return;
      }
      grid.replaceChildren(
        ...ctx.roles.map(({ role, view }) => {
          const players = view.members.filter((m) => m.role === role).map((m) => m.nickname);
          // Cards still in the hand first: that is what the others did not know yet.
          const cards = [...view.hand].sort((a, b) => Number(a.shared) - Number(b.shared));
          const inHand = cards.filter((c) => !c.shared).length;
          return h(
            "article",
            { class: "role-view", "data-role": role, "aria-labelledby": `role-${role}` },
            h("h3", { id: `role-${role}` }, roleLabel(ctx.s, role)),
            h("p", { class: "muted" }, players.join(", ")),
            h("p", { class: "role-count" }, t("debrief.handCount", { inHand, total: cards.length })),
            h(
              "ul",
              { class: "cards" },
              ...(cards.length === 0
                ? [h("li", { class: "muted" }, t("hand.empty"))]
                : cards.map((c) => cardItem(ctx, c))),
            ),
          );
        }),
      );
    },
  };
}
