// The student's game screen. On a laptop it is one screen that does not scroll: the header across the top, then
// three columns that each scroll on their own: the case and the student's own cards; the drawn neighbourhood
// (client/scene/: Phaser loads on its own once the page is usable) with the team's current work under it; the team
// table, and below it chat, news and contacts. On a small or zoomed screen (200 %) it is one column, the team's
// current work first (client/styles/play-screen.css). Each part stays a self-contained component.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { createScenePart } from "../../scene/scene-part.ts";
import { createStore } from "../../store/store.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { createCasus } from "./casus.ts";
import { createChat } from "./chat.ts";
import { createContacts } from "./contacts.ts";
import type { Part, PlayContext, PlayStore, Section } from "./context.ts";
import { createDecisions } from "./decisions.ts";
import { createFeed } from "./feed.ts";
import { createHand } from "./hand.ts";
import { createHeader } from "./header.ts";
import { createKennismaken } from "./kennismaken.ts";
import { createOutcome } from "./outcome.ts";
import { createTable } from "./table.ts";

export function createPlayPage(session: Omit<PlayContext, "store">, fallbackNotice: HTMLElement): Part {
  const store: PlayStore = createStore();
  const ctx: PlayContext = { ...session, store };
  // First: refusals whose cause has gone are dropped before the parts re-draw their slots.
  store.select(
    (view) => ({ paused: view.paused, phase: view.phase?.id ?? null, status: view.status }),
    (now) => ctx.notices.update(now),
  );
  const header = createHeader(ctx);
  const outcome = createOutcome(ctx);
  const casus = createCasus(ctx);
  const scene = createScenePart();
  // The scene draws every change of the team's picture itself (client/scene/), from the same store.
  store.select((view) => view, scene.update, Object.is);
  const own = [casus, createHand(ctx)];
  const work = [outcome, createKennismaken(ctx), createDecisions(ctx)];
  const table = createTable(ctx);
  const talk = [
    createChat(ctx),
    createFeed(ctx, () => scene.el.querySelector(".scene-stage canvas") !== null),
    createContacts(ctx),
  ];
  const column = (name: string, label: string, ...items: (Section | HTMLElement)[]) =>
    h(
      "div",
      { class: `play-col play-${name}`, role: "group", "aria-label": label },
      ...items.map((p) => (p instanceof HTMLElement ? p : p.el)),
    );
  /** A column part that scrolls on its own on a laptop: keyboard users reach it, named by its first heading. */
  const scroller = (name: string, heading: string, items: Section[]) =>
    h(
      "div",
      { class: `play-scroll play-${name}`, role: "group", tabindex: "0", "aria-labelledby": heading },
      ...items.map((p) => p.el),
    );
  return {
    el: h(
      "div",
      { class: "play" },
      header.el,
      h("div", { "aria-label": t("play.errorsFor"), role: "region" }, fallbackNotice),
      h(
        "div",
        { class: "play-grid" },
        column("own", t("play.columnOwn"), ...own),
        column("team", t("play.columnTeam"), scene, scroller("work", "decisions-heading", work)),
        column(
          "talk",
          t("play.columnTalk"),
          scroller("table", "table-heading", [table]),
          scroller("chatter", "chat-heading", talk),
        ),
      ),
    ),
    update: (view: TeamView) => store.set(view),
    destroy: () => store.destroy(),
  };
}
