// How a TeamView travels in the synced state: each field as its own JSON text, chat and feed as lists of one JSON
// text per line. The server writes only the parts that changed, so a chat line or a share costs that line or that
// field, not the whole view; the client reads the parts back into one TeamView. Both sides call this module.
import type { TeamView } from "../scenario/views.ts";

/** The fields synced as append-mostly lists: new lines are added at the end, the oldest fall off the front. */
export const VIEW_LISTS = ["chat", "feed"] as const;
export type ViewList = (typeof VIEW_LISTS)[number];

/** A view as its parts: what the server writes and the client reads. */
export interface ViewParts {
  parts: Record<string, string>;
  chat: string[];
  feed: string[];
}

const isList = (key: string): key is ViewList => (VIEW_LISTS as readonly string[]).includes(key);

export function viewParts(view: TeamView): ViewParts {
  const parts: Record<string, string> = {};
  for (const [key, value] of Object.entries(view)) if (!isList(key)) parts[key] = JSON.stringify(value);
  return {
    parts,
    chat: view.chat.map((line) => JSON.stringify(line)),
    feed: view.feed.map((item) => JSON.stringify(item)),
  };
}

/**
 * How to turn list `from` into list `to` with the fewest changes: drop `drop` items from the front, then append
 * `append`. When `to` is not `from` with its front cut and lines added, that is: drop all, append all.
 */
export function listEdit(from: readonly string[], to: readonly string[]): { drop: number; append: string[] } {
  for (let drop = 0; drop <= from.length; drop++) {
    const kept = from.length - drop;
    if (kept > to.length) continue;
    let same = true;
    for (let i = 0; i < kept && same; i++) same = from[drop + i] === to[i];
    if (same) return { drop, append: to.slice(kept) };
  }
  return { drop: from.length, append: [...to] };
}

/**
 * Reads one view's parts back into a TeamView, one reader per view: a part whose text did not change since the last
 * read is not parsed again and keeps its value, and the view is the same object when nothing changed.
 */
export class ViewReader {
  private texts = new Map<string, string>();
  private values = new Map<string, unknown>();
  private lines: Record<ViewList, { text: string; value: unknown }[]> = { chat: [], feed: [] };
  private last: TeamView | undefined;

  read(parts: ViewParts): TeamView | undefined {
    const texts = new Map<string, string>();
    const values = new Map<string, unknown>();
    let changed = this.last === undefined || Object.keys(parts.parts).length !== this.texts.size;
    for (const [key, text] of Object.entries(parts.parts)) {
      texts.set(key, text);
      if (this.texts.get(key) === text) values.set(key, this.values.get(key));
      else {
        const value = parseOrUndefined(text);
        if (value === undefined) return undefined;
        values.set(key, value);
        changed = true;
      }
    }
    if (!values.has("teamId")) return undefined;
    const lines = { ...this.lines };
    for (const list of VIEW_LISTS) {
      const old = lines[list];
      const next = parts[list];
      if (old.length === next.length && old.every((line, i) => line.text === next[i])) continue;
      const byText = new Map(old.map((line) => [line.text, line.value]));
      lines[list] = next.map((text) => ({ text, value: byText.get(text) ?? parseOrUndefined(text) }));
      changed = true;
    }
    this.texts = texts;
    this.values = values;
    this.lines = lines;
    if (!changed && this.last) return this.last;
    this.last = {
      ...Object.fromEntries(values),
      chat: lines.chat.map((line) => line.value),
      feed: lines.feed.map((line) => line.value),
    } as TeamView;
    return this.last;
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One synced view entry as decoded from schema (anything with toJSON), read whole: for tools and tests. */
export function readSynced(entry: { toJSON(): unknown } | undefined): TeamView | undefined {
  const raw = entry?.toJSON() as Partial<ViewParts> | undefined;
  if (!raw?.parts) return undefined;
  return new ViewReader().read({ parts: raw.parts, chat: raw.chat ?? [], feed: raw.feed ?? [] });
}
