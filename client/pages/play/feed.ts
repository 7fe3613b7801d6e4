// The team's news: phases, injects, the teacher's messages, contact replies and decisions, newest first.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { type PlayContext, type Section, watch } from "./context.ts";

type FeedItem = TeamView["feed"][number];

export function feedItem(item: FeedItem): HTMLElement {
  const from = item.kind === "message" && !item.from ? t("feed.fromHost") : item.from;
  return h(
    "li",
    { class: `feed-item ${item.kind}`, "data-seq": String(item.seq) },
    h("p", { class: "feed-kind" }, t(`feed.kind.${item.kind}`), from ? ` · ${from}` : ""),
    h("p", {}, item.text),
  );
}

export function createFeed(ctx: PlayContext): Section {
  // It scrolls on its own when long, so keyboard users must be able to focus it.
  const list = h("ol", { class: "feed", reversed: true, tabindex: "0", "aria-labelledby": "feed-heading" });
  /** Announces only items that arrive while the page is open, not the whole history after a reload. */
  const announcer = h("p", { class: "visually-hidden", "aria-live": "polite" });
  let lastSeq: number | null = null;

  const draw = (feed: TeamView["feed"]) => {
    const items = [...feed].reverse();
    list.replaceChildren(
      ...(items.length === 0 ? [h("li", { class: "muted" }, t("feed.empty"))] : items.map(feedItem)),
    );
    const newest = feed.at(-1);
    if (lastSeq !== null && newest && newest.seq > lastSeq) announcer.textContent = newest.text;
    lastSeq = newest?.seq ?? 0;
  };
  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "feed-heading" },
    h("h2", { id: "feed-heading" }, t("feed.heading")),
    announcer,
    list,
  );
  watch(ctx.store, el, (view) => view.feed, draw);
  return { el };
}
