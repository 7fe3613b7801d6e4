// Session-wide controls during play: pause or resume everyone, message one team or all, end the session.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { createAdvanceConfirm, registerAdvance } from "./advance-confirm.ts";
import type { MissionContext } from "./context.ts";
import { debriefPath } from "./teacher-link.ts";

export type Controls = { el: HTMLElement; update: (views: TeamView[], ended: boolean) => void };

export function createControls(ctx: MissionContext): Controls {
  /** Every playing team paused: the button resumes them all; otherwise it pauses those still playing. */
  let paused = false;
  const advance = createAdvanceConfirm(ctx);
  registerAdvance(ctx, advance.ask);
  const pause = h("button", {
    type: "button",
    onclick: () => ctx.send(paused ? "host.resume" : "host.pause", {}),
  });

  const to = h("select", { id: "message-to" });
  const text = h("textarea", { id: "message-text", rows: "2", maxlength: "800", required: true });
  const sent = h("p", { class: "muted", role: "status" });
  const message = h(
    "form",
    { class: "message-form", "aria-labelledby": "message-heading" },
    h("h2", { id: "message-heading" }, t("mission.messageHeading")),
    h("label", { for: "message-to" }, t("mission.messageTo")),
    to,
    h("label", { for: "message-text" }, t("mission.messageText")),
    text,
    h("button", { type: "submit" }, t("mission.send")),
    sent,
  );
  message.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = text.value.trim();
    if (!body) return;
    ctx.send("host.message", to.value ? { teamId: to.value, text: body } : { text: body });
    text.value = "";
    sent.textContent = t("mission.sent");
  });
  text.addEventListener("input", () => {
    sent.textContent = "";
  });

  // Ending cannot be undone, so it asks once more on the page itself (readable on the projector).
  const confirm = h(
    "div",
    { class: "confirm", role: "alertdialog", "aria-labelledby": "end-question", hidden: true },
    h("p", { id: "end-question" }, t("mission.endConfirm")),
    h(
      "div",
      { class: "row" },
      h(
        "button",
        {
          type: "button",
          class: "danger",
          onclick: () => {
            confirm.hidden = true;
            ctx.send("host.end", {});
          },
        },
        t("mission.endYes"),
      ),
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          onclick: () => {
            confirm.hidden = true;
            end.focus();
          },
        },
        t("mission.cancel"),
      ),
    ),
  );
  const end = h(
    "button",
    {
      type: "button",
      class: "danger",
      onclick: () => {
        confirm.hidden = false;
        confirm.querySelector("button")?.focus();
      },
    },
    t("mission.end"),
  );
  // Offered at once: ending is usually the moment the class turns to the debrief.
  const endedNote = h(
    "div",
    { class: "banner ended-note", role: "status", hidden: true },
    h("p", {}, t("mission.endedDebrief")),
    h("a", { href: debriefPath(ctx.code), class: "button" }, t("host.toDebrief")),
  );

  let teamIds = "";
  return {
    el: h(
      "div",
      { class: "controls" },
      h("div", { class: "row" }, pause, end),
      confirm,
      endedNote,
      advance.el,
      // Folded in mission control's sticky bar: opens over the grid instead of pushing it down.
      h(
        "details",
        { class: "message-box", id: "message-box" },
        h("summary", {}, t("mission.messageHeading")),
        message,
      ),
    ),
    update(views, ended) {
      const playing = views.filter((v) => v.status === "playing");
      paused = playing.length > 0 && playing.every((v) => v.paused);
      advance.update(views);
      pause.textContent = t(paused ? "mission.resumeAll" : "mission.pauseAll");
      pause.disabled = ended;
      end.hidden = ended;
      endedNote.hidden = !ended;
      if (ended) confirm.hidden = true;
      const ids = views.map((v) => v.teamId);
      if (ids.join() !== teamIds) {
        teamIds = ids.join();
        const chosen = to.value;
        to.replaceChildren(
          h("option", { value: "" }, t("mission.allTeams")),
          ...ids.map((id) => h("option", { value: id }, t("mission.team", { team: id }))),
        );
        to.value = ids.includes(chosen) ? chosen : "";
      }
    },
  };
}
