// People outside the team the students may call: each call costs game time and may be limited.
import type { ContactView, TeamView } from "../../../shared/scenario/views.ts";
import { formatDuration } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { memo, replaceKeeping } from "../../ui/keep.ts";
import type { Part, PlayContext } from "./context.ts";

export function createContacts(ctx: PlayContext): Part {
  const list = h("ul", { class: "contacts" });

  const contact = (view: TeamView, c: ContactView, canCall: boolean) => {
    const question = h("input", { id: `contact-question-${c.id}`, maxlength: "300" });
    const form = h(
      "form",
      { class: "contact-form" },
      h("label", { for: question.id }, t("contacts.question", { name: c.name })),
      question,
      h("button", { type: "submit", disabled: !c.available || !canCall }, t("contacts.request")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = question.value.trim();
      ctx.send("contact.request", text ? { contactId: c.id, question: text } : { contactId: c.id });
      question.value = "";
    });
    return h(
      "li",
      { class: "contact", "data-contact": c.id },
      h("h3", {}, c.name),
      h("p", {}, c.description),
      h(
        "p",
        { class: "muted" },
        t("contacts.cost", { time: formatDuration(c.cost) }),
        " · ",
        c.limit === null
          ? t("contacts.usesUnlimited", { uses: c.uses })
          : t("contacts.uses", { uses: c.uses, limit: c.limit }),
        c.available ? "" : ` · ${t("contacts.unavailable")}`,
      ),
      view.status === "ended" ? null : form,
    );
  };

  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "contacts-heading" },
    h("h2", { id: "contacts-heading" }, t("contacts.heading")),
    ctx.notices.slot("contact.request"),
    list,
  );
  const draw = memo((view: TeamView) => {
    const canCall = view.status === "playing" && !view.paused;
    replaceKeeping(list, ...view.contacts.map((c) => contact(view, c, canCall)));
  });
  return {
    el,
    update(view) {
      el.hidden = view.contacts.length === 0;
      draw(view, [view.contacts, view.status, view.paused]);
    },
  };
}
