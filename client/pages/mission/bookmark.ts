// A bookmark on a team's card: marks this moment for the debrief, with an optional one-line note.
import { BOOKMARK_NOTE_MAX } from "../../../shared/scenario/session-entries.ts";
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MissionContext } from "./context.ts";

/** When this page last set a bookmark per team: kept across re-draws of the card, so the teacher sees it took. */
const bookmarkedAt = new Map<string, number>();

/** Marks this moment of the team for the debrief, with an optional one-line note. */
export function bookmarkForm(ctx: MissionContext, view: TeamView): HTMLElement {
  const id = `bookmark-note-${view.teamId}`;
  const note = h("input", { type: "text", id, maxlength: String(BOOKMARK_NOTE_MAX), autocomplete: "off" });
  const set = bookmarkedAt.get(view.teamId);
  const done = h(
    "p",
    { class: "muted bookmark-done", role: "status" },
    set
      ? t("mission.bookmarkSet", { time: new Date(set).toLocaleTimeString([], { timeStyle: "short" }) })
      : "",
  );
  const form = h(
    "form",
    { class: "bookmark-form" },
    h("label", { for: id }, t("mission.bookmarkLabel", { team: view.teamId, max: BOOKMARK_NOTE_MAX })),
    note,
    h(
      "button",
      { type: "submit", "aria-label": t("mission.bookmarkSaveLabel", { team: view.teamId }) },
      t("mission.bookmarkSave"),
    ),
    done,
  );
  const details = h(
    "details",
    { id: `bookmark-${view.teamId}`, class: "bookmark" },
    h("summary", {}, t("mission.bookmark")),
    form,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = note.value.trim();
    ctx.send("host.bookmark", text ? { teamId: view.teamId, note: text } : { teamId: view.teamId });
    const now = Date.now();
    bookmarkedAt.set(view.teamId, now);
    note.value = "";
    done.textContent = t("mission.bookmarkSet", {
      time: new Date(now).toLocaleTimeString([], { timeStyle: "short" }),
    });
  });
  return details;
}
