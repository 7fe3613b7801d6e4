// How the case ended for this team, shown on top once the game is over.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { memo } from "../../ui/keep.ts";
import type { Part } from "./context.ts";

export function renderOutcome(outcome: NonNullable<TeamView["outcome"]>): HTMLElement[] {
  const level = t(`outcome.level.${outcome.level}`);
  const title: HTMLElement[] =
    // Scenarios often title an outcome by its level; saying it twice reads like a glitch.
    outcome.title === level ? [] : [h("h3", {}, outcome.title)];
  return [h("p", { class: `level ${outcome.level}` }, level), ...title, h("p", {}, outcome.text)];
}

export function createOutcome(): Part {
  const body = h("div", {});
  const el = h(
    "section",
    { class: "panel outcome", "aria-labelledby": "outcome-heading", "aria-live": "polite" },
    h("h2", { id: "outcome-heading" }, t("outcome.heading")),
    body,
  );
  const draw = memo((outcome: TeamView["outcome"]) =>
    body.replaceChildren(...(outcome ? renderOutcome(outcome) : [])),
  );
  return {
    el,
    update(view) {
      el.hidden = view.outcome === null;
      draw(view.outcome, view.outcome);
    },
  };
}
