// The student's game screen: the header and the shared case on top, the drawn neighbourhood as a band across the
// page (client/scene/: Phaser loads on its own once the page is usable), then three columns on a laptop (own
// cards; introductions, decisions and the team table; news, chat and contacts), one column at 200 % zoom with the
// team's current work first. Each part stays a self-contained component.
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
  const own = [createHand(ctx)];
  const team = [createKennismaken(ctx), createDecisions(ctx), createTable(ctx)];
  const talk = [createFeed(ctx), createChat(ctx), createContacts(ctx)];
  const column = (name: string, label: string, items: Section[]) =>
    h(
      "div",
      { class: `play-col play-${name}`, role: "group", "aria-label": label },
      ...items.map((p) => p.el),
    );
  return {
    el: h(
      "div",
      { class: "play" },
      header.el,
      h("div", { "aria-label": t("play.errorsFor"), role: "region" }, fallbackNotice),
      outcome.el,
      casus.el,
      scene.el,
      h(
        "div",
        { class: "play-grid" },
        column("team", t("play.columnTeam"), team),
        column("own", t("play.columnOwn"), own),
        column("talk", t("play.columnTalk"), talk),
      ),
    ),
    update: (view: TeamView) => store.set(view),
  };
}
