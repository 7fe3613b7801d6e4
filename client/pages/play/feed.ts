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

/** How long a new inject plays out at its place in the scene before it lands in the news. */
export const ANNOUNCE_MS = 1_500;

/**
 * `sceneFirst` says whether the scene is drawn and so announces an inject itself: then a new inject lands in the news
 * a moment after the scene showed it (the phone rings at the practice, then the message is read). Without a drawn
 * scene (still loading, or off) the news shows it at once. The history shown after a reload is never held back.
 */
export function createFeed(ctx: PlayContext, sceneFirst: () => boolean = () => false): Section {
  // It scrolls on its own when long, so keyboard users must be able to focus it.
  const list = h("ol", { class: "feed", reversed: true, tabindex: "0", "aria-labelledby": "feed-heading" });
  /** Announces only items that arrive while the page is open, not the whole history after a reload. */
  const announcer = h("p", { class: "visually-hidden", "aria-live": "polite" });
  let lastSeq: number | null = null;
  /** Injects held back while the scene announces them, by seq. */
  const held = new Set<number>();
  let latest: TeamView["feed"] = [];

  const show = (feed: TeamView["feed"]) => {
    const items = feed.filter((item) => !held.has(item.seq)).reverse();
    list.replaceChildren(
      ...(items.length === 0 ? [h("li", { class: "muted" }, t("feed.empty"))] : items.map(feedItem)),
    );
  };
  const draw = (feed: TeamView["feed"]) => {
    latest = feed;
    const fresh = lastSeq === null ? [] : feed.filter((item) => item.seq > (lastSeq ?? 0));
    const announced = sceneFirst() ? fresh.filter((item) => item.kind === "inject") : [];
    for (const item of announced) held.add(item.seq);
    if (announced.length > 0)
      setTimeout(() => {
        for (const item of announced) held.delete(item.seq);
        show(latest);
        const last = announced.at(-1);
        if (last) announcer.textContent = last.text;
      }, ANNOUNCE_MS);
    show(feed);
    const newest = feed.at(-1);
    if (newest && lastSeq !== null && newest.seq > lastSeq && !held.has(newest.seq))
      announcer.textContent = newest.text;
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
