// How a TeamView travels in the synced state: each field as its own JSON text, the chat as a list of structured
// lines and the feed as a list of one JSON text per item. The server writes only the parts that changed, so a chat
// line or a share costs that line or that field, not the whole view; the client reads the parts back into one
// TeamView. Both sides call this module.
import type { ChatLineView, TeamView } from "../scenario/views.ts";

/** The fields synced as append-mostly lists: new lines are added at the end, the oldest fall off the front. */
export const VIEW_LISTS = ["chat", "feed"] as const;
export type ViewList = (typeof VIEW_LISTS)[number];

/** A chat line as synced: schema strings cannot be null, so a writer no longer in the team has nickname "". */
export type SyncedChatLine = Omit<ChatLineView, "nickname"> & { nickname: string };

/** A view as its parts: what the server writes and the client reads. */
export interface ViewParts {
  parts: Record<string, string>;
  chat: SyncedChatLine[];
  feed: string[];
}

const isList = (key: string): key is ViewList => (VIEW_LISTS as readonly string[]).includes(key);

/**
 * Splits a view into its parts. Views of one team built together share the objects every viewer gets alike
 * (scenarios/engine/view.ts viewsFor): pass one `texts` map for all of them and each such part is serialised once.
 */
export function viewParts(view: TeamView, texts = new Map<unknown, string>()): ViewParts {
  const parts: Record<string, string> = {};
  for (const [key, value] of Object.entries(view)) {
    if (isList(key)) continue;
    let text = typeof value === "object" && value !== null ? texts.get(value) : undefined;
    if (text === undefined) {
      text = JSON.stringify(value);
      if (typeof value === "object" && value !== null) texts.set(value, text);
    }
    parts[key] = text;
  }
  return {
    parts,
    chat: view.chat.map((line) => ({ ...line, nickname: line.nickname ?? "" })),
    feed: view.feed.map((item) => JSON.stringify(item)),
  };
}

/** What tells two chat lines apart: a line never changes once said, except its writer's nickname when they leave. */
export const chatLineKey = (line: { seq: number; nickname: string }) => `${line.seq}:${line.nickname}`;

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
  private chat: { key: string; value: ChatLineView }[] = [];
  private feed: { key: string; value: unknown }[] = [];
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
    const chat = reuse(this.chat, parts.chat.map(chatLineKey), (i) => {
      const line = parts.chat[i] as SyncedChatLine;
      return { ...line, nickname: line.nickname || null };
    });
    const feed = reuse(this.feed, parts.feed, (i) => parseOrUndefined(parts.feed[i] as string));
    changed ||= chat !== this.chat || feed !== this.feed;
    this.texts = texts;
    this.values = values;
    this.chat = chat;
    this.feed = feed;
    if (!changed && this.last) return this.last;
    this.last = {
      ...Object.fromEntries(values),
      chat: chat.map((line) => line.value),
      feed: feed.map((item) => item.value),
    } as TeamView;
    return this.last;
  }
}

/** The list for `keys`, keeping the values of lines read before; the old list itself when nothing changed. */
function reuse<T>(
  old: { key: string; value: T }[],
  keys: string[],
  read: (index: number) => T,
): { key: string; value: T }[] {
  if (old.length === keys.length && old.every((line, i) => line.key === keys[i])) return old;
  const known = new Map(old.map((line) => [line.key, line.value]));
  return keys.map((key, i) => ({ key, value: known.has(key) ? (known.get(key) as T) : read(i) }));
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
