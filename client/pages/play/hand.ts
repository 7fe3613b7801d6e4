// "Mijn kaarten": the student's private cards; sharing one puts it on the table, a sensitive one needs a basis.
import { playBlock, shareBlock } from "../../../scenarios/engine/command-rules.ts";
import { BASES, type Basis } from "../../../shared/scenario/primitives.ts";
import type { CardView, TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { replaceKeeping } from "../../ui/keep.ts";
import { basisName } from "../../ui/labels.ts";
import { type PlayContext, type Section, watch } from "./context.ts";
import { pauseLock } from "./pause-lock.ts";

export function createHand(ctx: PlayContext): Section {
  const list = h("ul", { class: "cards", "aria-labelledby": "hand-heading" });
  const lock = pauseLock(list);
  /** The sensitive card whose basis question is open; it survives re-draws. */
  let choosing: string | null = null;
  let latest: TeamView | undefined;

  const share = (cardId: string, basis?: Basis) => {
    choosing = null;
    ctx.notices.route("card.share", `card.share:${cardId}`);
    ctx.send("card.share", basis ? { cardId, basis } : { cardId });
  };

  const basisForm = (card: CardView) => {
    const form = h(
      "form",
      { class: "basis" },
      h(
        "fieldset",
        {},
        h("legend", {}, t("hand.basisLegend")),
        ...BASES.map((basis) =>
          h(
            "label",
            { class: "choice" },
            h("input", {
              type: "radio",
              name: `basis-${card.id}`,
              id: `basis-${card.id}-${basis}`,
              value: basis,
              required: true,
            }),
            ` ${basisName(basis)}`,
          ),
        ),
      ),
      h(
        "div",
        { class: "row" },
        h("button", { type: "submit" }, t("hand.shareWithBasis")),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: () => {
              choosing = null;
              if (latest) draw(latest);
            },
          },
          t("hand.cancel"),
        ),
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const picked = form.querySelector<HTMLInputElement>("input:checked")?.value;
      const basis = BASES.find((b) => b === picked);
      if (basis) share(card.id, basis);
    });
    return form;
  };

  const cardItem = (card: CardView, canShare: boolean, ended: boolean) =>
    h(
      "li",
      { class: card.shared ? "game-card shared" : "game-card", "data-card": card.id },
      h("p", { class: "card-text" }, card.text),
      h(
        "div",
        { class: "row" },
        card.sensitive ? h("span", { class: "badge sensitive" }, `🔒 ${t("hand.sensitive")}`) : null,
        // The engine's own rule: a card of one's own, not on the table yet (the basis is asked for next).
        shareBlock({ mine: true, onTable: card.shared, sensitive: false, basis: true }) === "already_shared"
          ? h("span", { class: "badge" }, t("hand.shared"))
          : choosing === card.id || ended
            ? null
            : h(
                "button",
                {
                  type: "button",
                  disabled: !canShare,
                  onclick: () => {
                    const needs = shareBlock({
                      mine: true,
                      onTable: false,
                      sensitive: card.sensitive,
                      basis: false,
                    });
                    if (needs !== "basis_required") return share(card.id);
                    choosing = card.id;
                    if (latest) draw(latest);
                    list.querySelector<HTMLInputElement>(`[name="basis-${card.id}"]`)?.focus();
                  },
                },
                t("hand.share"),
              ),
      ),
      choosing === card.id && !card.shared ? basisForm(card) : null,
      ctx.notices.slot(`card.share:${card.id}`),
    );

  const draw = (view: TeamView) => {
    const canShare = playBlock(view) === null;
    // Unshared cards first: they are what the student still has to decide about.
    const cards = [...view.hand].sort((a, b) => Number(a.shared) - Number(b.shared));
    replaceKeeping(
      list,
      ...(cards.length === 0
        ? [h("li", { class: "muted" }, t("hand.empty"))]
        : cards.map((c) => cardItem(c, canShare, view.status === "ended"))),
    );
  };
  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "hand-heading" },
    h("h2", { id: "hand-heading" }, t("hand.heading")),
    h("p", { class: "muted" }, t("hand.intro")),
    lock.el,
  );
  watch(
    ctx.store,
    el,
    (view) => [view.hand, view.status, view.paused],
    (_, view) => {
      latest = view;
      lock.update(view);
      draw(view);
    },
  );
  return { el };
}
