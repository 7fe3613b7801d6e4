// Team chat: open in every phase and during a pause, so the team can always talk.
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { roleName } from "../../ui/labels.ts";
import { type PlayContext, type Section, watch } from "./context.ts";

export function createChat(ctx: PlayContext): Section {
  const log = h("ol", { class: "chat-log", tabindex: "0", "aria-labelledby": "chat-heading" });
  const input = h("input", { id: "chat-text", maxlength: "500", autocomplete: "off", required: true });
  const form = h(
    "form",
    { class: "chat-form" },
    h("label", { for: "chat-text" }, t("chat.message")),
    h("div", { class: "row" }, input, h("button", { type: "submit" }, t("chat.send"))),
    ctx.notices.slot("chat.say"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    ctx.send("chat.say", { text });
    // Cleared only once the server took it: a refusal (too fast, too long) leaves the text to send again.
    ctx.notices.whenAccepted("chat.say", () => {
      if (input.value.trim() === text) input.value = "";
    });
  });

  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "chat-heading" },
    h("h2", { id: "chat-heading" }, t("chat.heading")),
    log,
    form,
  );
  watch(
    ctx.store,
    el,
    (view) => view.chat,
    (chat) => {
      log.replaceChildren(
        ...(chat.length === 0
          ? [h("li", { class: "muted" }, t("chat.empty"))]
          : chat.map((line) =>
              h(
                "li",
                { class: line.playerId === ctx.playerId() ? "chat-line own" : "chat-line" },
                h("span", { class: "nickname" }, line.nickname ?? roleName(line.role)),
                h("span", { class: "muted" }, line.nickname ? ` · ${roleName(line.role)}: ` : ": "),
                h("span", {}, line.text),
              ),
            )),
      );
      log.scrollTop = log.scrollHeight;
    },
  );
  return { el };
}
