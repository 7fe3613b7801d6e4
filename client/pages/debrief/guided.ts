// The facilitator's part of the debrief page: the guided debrief and the notes of the team on screen side by side,
// and the "print report" action in the page's heading.
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { TeamContext } from "./context.ts";
import { createGuide } from "./guide.ts";
import type { LoadedSession } from "./load.ts";
import { createNotes } from "./notes.ts";
import { placeReport } from "./report.ts";

export function createGuided(session: LoadedSession, heading: HTMLElement) {
  const guide = createGuide();
  const notes = createNotes(session.data.session.code, session.replay.teamIds, session.data.notes);
  const el = h("div", { class: "guided" }, guide.el, notes.el);

  const print = h(
    "button",
    { type: "button", class: "secondary", id: "print-report-button" },
    t("report.print"),
  );
  print.addEventListener("click", () => {
    placeReport(session, notes.texts());
    window.print();
  });
  const tools = heading.querySelector(".debrief-tools") ?? heading.querySelector(".row") ?? heading;
  // Beside the other buttons, before the export menu's status line (which takes a line of its own).
  tools.insertBefore(print, tools.querySelector(":scope > .debrief-exports"));
  // Ctrl+P prints the report too, with the notes as they stand; only while this page is on screen.
  const beforePrint = () => {
    if (!el.isConnected) return window.removeEventListener("beforeprint", beforePrint);
    placeReport(session, notes.texts());
  };
  window.addEventListener("beforeprint", beforePrint);

  return {
    el,
    team(ctx: TeamContext) {
      guide.team(ctx);
      notes.team(ctx);
    },
  };
}
