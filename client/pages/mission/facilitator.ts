// The facilitator's own part in a team's game: answering questions to contacts they play, and setting off injects.
import { questionAnswered } from "../../../scenarios/engine/view-selectors.ts";
import type { InjectView, TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MissionContext } from "./context.ts";

/** Questions the team put to a contact the facilitator plays, newest first, with whether they were answered since. */
export function questions(view: TeamView) {
  const played = new Map(view.contacts.filter((c) => c.facilitator).map((c) => [c.id, c]));
  return view.feed
    .filter((item) => item.kind === "contact" && item.ref !== null && played.has(item.ref))
    .map((item) => ({
      item,
      contact: played.get(item.ref ?? ""),
      answered: questionAnswered(view.feed, item),
    }))
    .reverse();
}

export function renderContactQuestions(ctx: MissionContext, view: TeamView): HTMLElement | null {
  const open = questions(view);
  if (open.length === 0) return null;
  return h(
    "section",
    { class: "contact-questions", "aria-label": t("mission.questions") },
    h("h4", {}, t("mission.questions")),
    ...open.map(({ item, contact, answered }) => {
      const id = `answer-${view.teamId}-${item.seq}`;
      const text = h("textarea", { id, rows: "2", maxlength: "800" });
      const form = h(
        "form",
        { class: "answer" },
        h("label", { for: id }, t("mission.answerAs", { name: contact?.name ?? "" })),
        text,
        h("button", { type: "submit" }, t("mission.send")),
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const answer = text.value.trim();
        if (!answer || !contact) return;
        ctx.send("host.message", { teamId: view.teamId, text: answer, as: contact.id });
        text.value = "";
      });
      return h(
        "div",
        { class: answered ? "question answered" : "question", "data-question": item.ref ?? "" },
        h("p", {}, h("strong", {}, `${item.from ?? ""}: `), item.text),
        contact?.facilitatorNote ? h("p", { class: "muted" }, contact.facilitatorNote) : null,
        answered ? h("p", { class: "muted" }, t("mission.answered")) : form,
      );
    }),
  );
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

function injectLabel(i: InjectView): string {
  return `${i.id}${i.from ? ` · ${i.from}` : ""}: ${excerpt(i.text)}`;
}

/** The author's answer key for an inject (host views carry it; players' views never do). */
function injectNote(i: InjectView): HTMLElement | null {
  return i.note ? h("p", { class: "muted inject-note" }, t("mission.injectNote", { note: i.note })) : null;
}

/** Why the engine says an inject cannot fire now (scenarios/engine/inject-availability.ts), in words. */
function blockText(i: InjectView): string {
  return i.block ? t(`mission.inject.block.${i.block}`, { phase: i.phase ?? "" }) : "";
}

/** Offers only the injects that can still fire in this team; the others are listed with the reason they cannot. */
export function renderInjects(ctx: MissionContext, view: TeamView): HTMLElement | null {
  if (view.status !== "playing" || view.injects.length === 0) return null;
  const ready = view.injects.filter((i) => i.block === null);
  const blocked = view.injects.filter((i) => i.block !== null);
  return h(
    "details",
    { id: `injects-${view.teamId}`, class: "injects" },
    h("summary", {}, t("mission.injects", { count: ready.length })),
    ready.length > 0
      ? h(
          "ul",
          { class: "injects-ready" },
          ...ready.map((i) =>
            h(
              "li",
              { "data-inject": i.id },
              h("span", {}, injectLabel(i)),
              injectNote(i),
              h(
                "button",
                {
                  type: "button",
                  class: "secondary",
                  "aria-label": t("mission.fireLabel", { inject: i.id, team: view.teamId }),
                  onclick: () => ctx.send("host.inject", { teamId: view.teamId, injectId: i.id }),
                },
                t("mission.fire"),
              ),
            ),
          ),
        )
      : null,
    blocked.length > 0
      ? h(
          "div",
          { class: "injects-blocked" },
          h("h4", {}, t("mission.injectsBlocked", { count: blocked.length })),
          h(
            "ul",
            {},
            ...blocked.map((i) =>
              h(
                "li",
                { "data-inject": i.id, "data-block": i.block ?? "" },
                h("span", {}, injectLabel(i)),
                h("span", { class: "muted block-reason" }, ` — ${blockText(i)}`),
                injectNote(i),
              ),
            ),
          ),
        )
      : null,
  );
}
