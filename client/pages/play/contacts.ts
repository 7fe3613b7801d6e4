// People outside the team the students may call: each call costs game time, so it is confirmed first; the
// team's questions and the answers (a card on the table, or the facilitator's reply) stay with the contact.
import { contactBlock } from "../../../scenarios/engine/command-rules.ts";
import type { ContactView, TeamView } from "../../../shared/scenario/views.ts";
import { formatDuration } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { replaceKeeping } from "../../ui/keep.ts";
import { type PlayContext, type Section, watch } from "./context.ts";
import { pauseLock } from "./pause-lock.ts";

/** "10 minuten" reads better than "10:00" in a question about what a call costs. */
export function costText(ms: number): string {
  if (ms < 60_000 && ms % 1000 === 0) return t("contacts.seconds", { seconds: ms / 1000 });
  if (ms % 60_000 !== 0) return formatDuration(ms);
  const minutes = ms / 60_000;
  return minutes === 1 ? t("contacts.minute") : t("contacts.minutes", { minutes });
}

/** Why the button is off, or null when the team may call now. */
function blocked(view: TeamView, c: ContactView): string | null {
  // The engine's rule, as the server checks the call (scenarios/engine/command-rules.ts).
  const block = contactBlock({ open: c.available, limit: c.limit, uses: c.uses }, view);
  // A pause locks the whole panel with one reason above it (pause-lock.ts), not a line under every contact.
  if (block === "paused" || block === null) return null;
  if (block === "contact_limit") return t("contacts.limitReached", { limit: c.limit ?? 0 });
  return t(block === "contact_unavailable" ? "contacts.unavailable" : "contacts.notPlaying");
}

/** The team's questions to this contact and what came back, in the order they happened. */
function conversation(view: TeamView, c: ContactView): HTMLElement | null {
  const asked = view.feed
    .filter((f) => f.kind === "contact" && f.ref === c.id)
    .map((f) => {
      const question = f.text.startsWith(`${c.name}: `) ? f.text.slice(c.name.length + 2) : "";
      return {
        seq: f.seq,
        el: h(
          "li",
          { class: "asked" },
          h("span", { class: "who" }, `${f.from ?? ""}: `),
          question || t("contacts.calledWithoutQuestion"),
        ),
      };
    });
  const replies = view.feed
    .filter((f) => f.kind === "message" && f.ref === c.id)
    .map((f) => ({
      seq: f.seq,
      el: h("li", { class: "answer" }, h("span", { class: "who" }, `${c.name}: `), f.text),
    }));
  const cards = view.table
    .filter((x) => x.by === `contact:${c.id}`)
    .map((x) => ({
      seq: x.seq,
      el: h("li", { class: "answer" }, h("span", { class: "who" }, `${t("contacts.onTable")}: `), x.text),
    }));
  const items = [...asked, ...replies, ...cards].sort((a, b) => a.seq - b.seq);
  if (items.length === 0) return null;
  return h(
    "ul",
    { class: "conversation", "aria-label": t("contacts.conversation", { name: c.name }) },
    ...items.map((i) => i.el),
  );
}

export function createContacts(ctx: PlayContext): Section {
  const list = h("ul", { class: "contacts" });
  const lock = pauseLock(list);
  /** The contact whose "are you sure" question is open; it survives re-draws. */
  let confirming: string | null = null;
  let latest: TeamView | undefined;
  const redraw = () => latest && draw(latest);

  const contact = (view: TeamView, c: ContactView) => {
    const why = blocked(view, c);
    if (why) confirming = confirming === c.id ? null : confirming;
    const question = h("input", { id: `contact-question-${c.id}`, maxlength: "300" });
    const reason = h("p", { class: "muted", id: `contact-why-${c.id}` }, why ?? "");
    const ask = h(
      "button",
      {
        type: "submit",
        disabled: why !== null,
        ...(why ? { "aria-describedby": reason.id } : {}),
      },
      t("contacts.request"),
    );
    const confirm = h(
      "div",
      { class: "confirm", role: "group", "aria-label": t("contacts.confirmLabel", { name: c.name }) },
      h("p", {}, t("contacts.confirm", { time: costText(c.cost) })),
      h(
        "div",
        { class: "row" },
        h(
          "button",
          { type: "button", "data-confirm": c.id, onclick: () => call(c) },
          t("contacts.confirmYes"),
        ),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            onclick: () => {
              confirming = null;
              redraw();
              list.querySelector<HTMLElement>(`#contact-question-${c.id}`)?.focus();
            },
          },
          t("contacts.confirmNo"),
        ),
      ),
    );
    const form = h(
      "form",
      { class: "contact-form" },
      h("label", { for: question.id }, t("contacts.question", { name: c.name })),
      question,
      confirming === c.id ? confirm : ask,
      why ? reason : null,
      ctx.notices.slot(`contact.request:${c.id}`),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      confirming = c.id;
      redraw();
      list.querySelector<HTMLElement>(`[data-confirm="${c.id}"]`)?.focus();
    });
    return h(
      "li",
      { class: "contact", "data-contact": c.id },
      h("h3", {}, c.name),
      h("p", {}, c.description),
      h(
        "p",
        { class: "muted" },
        t("contacts.cost", { time: costText(c.cost) }),
        " · ",
        c.limit === null
          ? t("contacts.usesUnlimited", { uses: c.uses })
          : t("contacts.uses", { uses: c.uses, limit: c.limit }),
      ),
      conversation(view, c),
      view.status === "ended" ? null : form,
    );
  };

  /** Sends the call; the question stays typed until the server has taken it. */
  const call = (c: ContactView) => {
    confirming = null;
    const input = list.querySelector<HTMLInputElement>(`#contact-question-${c.id}`);
    const text = input?.value.trim() ?? "";
    ctx.notices.route("contact.request", `contact.request:${c.id}`);
    ctx.send("contact.request", text ? { contactId: c.id, question: text } : { contactId: c.id });
    ctx.notices.whenAccepted("contact.request", () => {
      const now = list.querySelector<HTMLInputElement>(`#contact-question-${c.id}`);
      if (now && now.value.trim() === text) now.value = "";
    });
    redraw();
  };

  const el = h(
    "section",
    { class: "panel contacts-panel", "aria-labelledby": "contacts-heading" },
    h("h2", { id: "contacts-heading" }, t("contacts.heading")),
    lock.el,
  );
  const draw = (view: TeamView) => replaceKeeping(list, ...view.contacts.map((c) => contact(view, c)));
  watch(
    ctx.store,
    el,
    // Only what a contact's entry shows: its own questions, replies and cards, not every feed item or chat line.
    (view) => [
      view.contacts,
      view.status,
      view.paused,
      view.feed.filter((f) => f.ref !== null && (f.kind === "contact" || f.kind === "message")),
      view.table.filter((x) => x.by.startsWith("contact:")),
    ],
    (_, view) => {
      latest = view;
      el.hidden = view.contacts.length === 0;
      lock.update(view);
      draw(view);
    },
  );
  return { el };
}
