// The student's game screen: the header on top, the team's work on the left, news and talk on the right.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { createChat } from "./chat.ts";
import { createContacts } from "./contacts.ts";
import type { Part, PlayContext } from "./context.ts";
import { createDecisions } from "./decisions.ts";
import { createFeed } from "./feed.ts";
import { createHand } from "./hand.ts";
import { createHeader } from "./header.ts";
import { createKennismaken } from "./kennismaken.ts";
import { createOutcome } from "./outcome.ts";
import { createTable } from "./table.ts";

export function createPlayPage(ctx: PlayContext, fallbackNotice: HTMLElement): Part {
  const header = createHeader(ctx.role);
  const outcome = createOutcome();
  const work = [createKennismaken(ctx), createDecisions(ctx), createHand(ctx), createTable()];
  const side = [createFeed(), createChat(ctx), createContacts(ctx)];
  const parts = [header, outcome, ...work, ...side];
  return {
    el: h(
      "div",
      { class: "play" },
      header.el,
      h("div", { "aria-label": t("play.errorsFor"), role: "region" }, fallbackNotice),
      outcome.el,
      h(
        "div",
        { class: "play-grid" },
        h("div", { class: "play-main" }, ...work.map((p) => p.el)),
        h("div", { class: "play-side" }, ...side.map((p) => p.el)),
      ),
    ),
    update(view: TeamView) {
      for (const part of parts) part.update(view);
    },
  };
}
