// How the case ended for this team, shown on top once the game is over, and why: per decision what the team
// chose, whether it knew what that choice needed, and which cards (by title and holder) were not on the table;
// and where the meters ended, by name and number.
import { METER_MAX, METER_MIN } from "../../../shared/scenario/primitives.ts";
import type { DecisionReview, MissedCard, TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { decidedByText, knowledgeText, roleNameInSentence } from "../../ui/labels.ts";
import { type PlayContext, type Section, watch } from "./context.ts";

export function renderOutcome(outcome: NonNullable<TeamView["outcome"]>): HTMLElement[] {
  const level = t(`outcome.level.${outcome.level}`);
  const title: HTMLElement[] =
    // Scenarios often title an outcome by its level; saying it twice reads like a glitch.
    outcome.title === level ? [] : [h("h3", {}, outcome.title)];
  return [h("p", { class: `level ${outcome.level}` }, level), ...title, h("p", {}, outcome.text)];
}

/** "De zitting over 8 dagen — had de sociaal werker": a card by its title and who had it, never by its text. */
export function missedCardText(card: MissedCard): string {
  if (card.contact)
    return card.title
      ? t("review.card.contact", { title: card.title, contact: card.contact })
      : t("review.card.untitledContact", { contact: card.contact });
  if (card.holder) {
    const role = roleNameInSentence(card.holder);
    return card.title
      ? t("review.card.holder", { title: card.title, role })
      : t("review.card.untitledHolder", { role });
  }
  return card.title || t("review.card.untitled");
}

const cardList = (cards: MissedCard[]) =>
  h("ul", { class: "missed" }, ...cards.map((c) => h("li", {}, missedCardText(c))));

function reviewItem(r: DecisionReview, index: number): HTMLElement {
  const by = decidedByText(r.decidedBy);
  const better = r.better;
  return h(
    "li",
    { class: "review-item", "data-review": r.decision },
    h("h4", {}, `${index + 1}. ${r.question}`),
    r.chosen === null
      ? h("p", {}, t("review.notDecided"))
      : r.decidedBy === "timeout"
        ? h("p", { class: "chosen" }, t("review.timedOut", { option: r.chosen }))
        : h("p", { class: "chosen" }, `${t("review.chosen", { option: r.chosen })}${by ? ` (${by})` : ""}`),
    r.best
      ? h(
          "p",
          { class: "review-best" },
          t(r.knowledge === "informed" ? "review.best" : "review.bestButUninformed"),
        )
      : null,
    r.knowledge && knowledgeText(r.knowledge, r.decidedBy)
      ? h(
          "p",
          { class: `knowledge ${r.knowledge}`, "data-knowledge": r.knowledge },
          knowledgeText(r.knowledge, r.decidedBy),
        )
      : null,
    r.missing.length > 0 ? h("p", { class: "review-label" }, t("review.missing")) : null,
    r.missing.length > 0 ? cardList(r.missing) : null,
    better ? h("p", { class: "review-better" }, t("review.better", { option: better.option })) : null,
    better
      ? better.missing.length > 0
        ? h("p", { class: "review-label" }, t("review.betterMissing"))
        : h("p", { class: "muted" }, t("review.betterReady"))
      : null,
    better && better.missing.length > 0 ? cardList(better.missing) : null,
  );
}

export function renderReview(review: DecisionReview[]): HTMLElement | null {
  if (review.length === 0) return null;
  return h(
    "section",
    { class: "review", "aria-labelledby": "review-heading" },
    h("h3", { id: "review-heading" }, t("review.heading")),
    h("p", { class: "muted" }, t("review.intro")),
    h("ol", { class: "review-list" }, ...review.map(reviewItem)),
  );
}

/** Each meter by name with its value as a number and a bar, so it reads without colour. */
export function renderMeters(view: TeamView): HTMLElement | null {
  const ids = Object.keys(view.meters);
  if (ids.length === 0) return null;
  return h(
    "section",
    { class: "outcome-meters", "aria-labelledby": "meters-heading" },
    h("h3", { id: "meters-heading" }, t("outcome.meters")),
    h(
      "dl",
      { class: "meter-list" },
      ...ids.flatMap((id) => {
        const value = view.meters[id] ?? 0;
        const name = view.meterNames[id] ?? id;
        const info = view.meterInfo?.[id];
        return [
          h(
            "dt",
            {},
            name,
            info
              ? h("span", { class: "muted meter-higher" }, ` (${t(`outcome.meterHigher.${info.higher}`)})`)
              : null,
            info?.meaning ? h("small", { class: "muted meter-meaning" }, ` ${info.meaning}`) : null,
          ),
          h(
            "dd",
            { "data-meter": id },
            h("meter", {
              min: String(METER_MIN),
              max: String(METER_MAX),
              value: String(value),
              "aria-hidden": "true",
            }),
            h("span", { class: "meter-value" }, t("outcome.meterValue", { value, max: METER_MAX })),
          ),
        ];
      }),
    ),
  );
}

export function createOutcome(ctx: PlayContext): Section {
  // Only the outcome itself is announced; the review below it is read at the student's own pace.
  const body = h("div", { "aria-live": "polite" });
  const meters = h("div", {});
  const why = h("div", {});
  const el = h(
    "section",
    { class: "panel outcome", "aria-labelledby": "outcome-heading" },
    h("h2", { id: "outcome-heading" }, t("outcome.heading")),
    body,
    meters,
    why,
  );
  let ended: boolean | null = null;
  const draw = (view: TeamView) => {
    el.hidden = view.outcome === null;
    body.replaceChildren(...(view.outcome ? renderOutcome(view.outcome) : []));
    meters.replaceChildren(...[renderMeters(view)].filter((x) => x !== null));
    why.replaceChildren(...[renderReview(view.review)].filter((x) => x !== null));
    // The game ending while the student works further down the page: bring the outcome into view, once.
    if (ended === false && view.outcome !== null) el.scrollIntoView({ block: "start" });
    ended = view.outcome !== null;
  };
  watch(
    ctx.store,
    el,
    (view) => [view.outcome, view.review, view.meters, view.meterNames],
    (_, view) => draw(view),
  );
  return { el };
}
