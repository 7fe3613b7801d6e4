// The team at the moment shown: the table (who brought each card, when), the meters, and chat and feed so far.
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { basisName } from "../../ui/labels.ts";
import { feedItem } from "../play/feed.ts";
import type { MomentContext } from "./context.ts";
import { cardTitle, clock, sharedByText, who } from "./labels.ts";

/** A long class chats thousands of lines; the moment's last lines are what the debrief talks about. */
export const CHAT_LINES = 40;
const FEED_ITEMS = 25;

export function createTeamState() {
  const table = h("ul", { class: "cards", "data-testid": "replay-table" });
  const meters = h("dl", { class: "meters" });
  const chat = h("ol", { class: "chat-log", tabindex: "0", "aria-labelledby": "replay-chat-heading" });
  const chatNote = h("p", { class: "muted" });
  const feed = h("ol", { class: "feed", reversed: true });

  const panel = (id: string, title: string, ...content: HTMLElement[]) =>
    h("section", { class: "panel", "aria-labelledby": id }, h("h2", { id }, title), ...content);

  return {
    el: h(
      "div",
      { class: "replay-team" },
      panel("replay-table-heading", t("table.heading"), table),
      panel("replay-meters-heading", t("debrief.meters"), meters),
      panel("replay-chat-heading", t("chat.heading"), chatNote, chat),
      panel("replay-feed-heading", t("feed.heading"), feed),
    ),
    moment(ctx: MomentContext) {
      const { s, state, host, timeline } = ctx;
      table.replaceChildren(
        ...(host.table.length === 0
          ? [h("li", { class: "muted" }, t("table.empty"))]
          : host.table.map((card) =>
              h(
                "li",
                { class: "game-card on-table", "data-card": card.cardId },
                h("p", { class: "card-title" }, cardTitle(s, card.cardId)),
                h("p", { class: "card-text" }, card.text),
                h(
                  "p",
                  { class: "card-meta" },
                  t("debrief.tableBy", {
                    who: sharedByText(s, state, card.by, card.playerId),
                    time: clock(card.t - timeline.start),
                  }),
                  card.basis ? ` · ${t("table.basis", { basis: basisName(card.basis) })}` : "",
                ),
              ),
            )),
      );
      meters.replaceChildren(
        ...s.meters.flatMap((m) => [
          h("dt", {}, m.name),
          h("dd", {}, t("debrief.meterValue", { value: state.meters[m.id] ?? 0 })),
        ]),
        h("dt", {}, t("debrief.pressure")),
        h("dd", {}, String(state.pressure)),
      );
      const lines = host.chat.slice(-CHAT_LINES);
      const earlier = state.chat.length - lines.length;
      chatNote.textContent = earlier > 0 ? t("debrief.chatEarlier", { count: earlier }) : "";
      chatNote.hidden = earlier === 0;
      chat.replaceChildren(
        ...(lines.length === 0
          ? [h("li", { class: "muted" }, t("chat.empty"))]
          : lines.map((line) =>
              h(
                "li",
                { class: "chat-line" },
                h("span", { class: "moment-time" }, `${clock(line.t - timeline.start)} `),
                h("span", { class: "nickname" }, who(s, state, line.playerId, line.role)),
                h("span", {}, `: ${line.text}`),
              ),
            )),
      );
      chat.scrollTop = chat.scrollHeight;
      const items = [...host.feed].reverse().slice(0, FEED_ITEMS);
      feed.replaceChildren(
        ...(items.length === 0 ? [h("li", { class: "muted" }, t("feed.empty"))] : items.map(feedItem)),
      );
    },
  };
}
