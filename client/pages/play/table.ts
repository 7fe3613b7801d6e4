// "Teamtafel": the cards the team has pooled, and who put each one there.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { replaceKeeping } from "../../ui/keep.ts";
import { basisName, roleName } from "../../ui/labels.ts";
import { nicknameOf, type PlayContext, type Section, watch } from "./context.ts";

type TableCard = TeamView["table"][number];

function sharedBy(view: TeamView, card: TableCard): string {
  if (card.by.startsWith("contact:")) {
    const id = card.by.slice("contact:".length);
    return t("table.fromContact", { contact: view.contacts.find((c) => c.id === id)?.name ?? id });
  }
  const who = nicknameOf(view, card.playerId);
  return t("table.sharedBy", { who: who ? `${who}, ${roleName(card.by)}` : roleName(card.by) });
}

export function renderTable(view: TeamView): HTMLElement[] {
  if (view.table.length === 0) return [h("li", { class: "muted" }, t("table.empty"))];
  return view.table.map((card) =>
    h(
      "li",
      { class: "game-card on-table", "data-card": card.cardId },
      h("p", { class: "card-text" }, card.text),
      h(
        "p",
        { class: "card-meta" },
        sharedBy(view, card),
        card.basis ? ` · ${t("table.basis", { basis: basisName(card.basis) })}` : "",
        card.sensitive ? ` · 🔒 ${t("hand.sensitive")}` : "",
      ),
      card.note ? h("p", { class: "muted" }, card.note) : null,
    ),
  );
}

export function createTable(ctx: PlayContext): Section {
  const list = h("ul", { class: "cards", "data-testid": "team-table" });
  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "table-heading" },
    h("h2", { id: "table-heading" }, t("table.heading")),
    list,
  );
  watch(
    ctx.store,
    el,
    (view) => [view.table, view.members, view.contacts.map((c) => c.name)],
    (_, view) => replaceKeeping(list, ...renderTable(view)),
  );
  return { el };
}
