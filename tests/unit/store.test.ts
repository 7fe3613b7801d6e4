// The play page's store: a part is drawn when its slice of the view changes, compared by value, and never after
// the page is gone.
import { describe, expect, test } from "vitest";
import { sameData } from "../../client/store/same-data.ts";
import { createStore } from "../../client/store/store.ts";

type View = { chat: string[]; table: { id: string }[]; paused: boolean };
const view = (over: Partial<View> = {}): View => ({ chat: [], table: [], paused: false, ...over });

describe("the client store", () => {
  test("a part is drawn once at the start and again only when its own slice changed", () => {
    const store = createStore<View>();
    const chat: string[][] = [];
    const table: number[] = [];
    store.select(
      (v) => v.chat,
      (lines) => chat.push(lines),
    );
    store.select(
      (v) => v.table,
      (cards) => table.push(cards.length),
    );
    store.set(view());
    // A fresh view object with the same content (as every parsed view is) draws nothing.
    store.set(view());
    store.set(view({ chat: ["hoi"] }));
    store.set(view({ chat: ["hoi"], table: [{ id: "A1" }] }));
    store.set(view({ chat: ["hoi"], table: [{ id: "A1" }], paused: true }));
    expect(chat).toEqual([[], ["hoi"]]);
    expect(table).toEqual([0, 1]);
  });

  test("a part that subscribes after the first view is drawn with it at once", () => {
    const store = createStore<View>();
    store.set(view({ paused: true }));
    const seen: boolean[] = [];
    store.select(
      (v) => v.paused,
      (p) => seen.push(p),
    );
    expect(seen).toEqual([true]);
  });

  test("unsubscribing during a draw and destroying the store stop further draws", () => {
    const store = createStore<View>();
    const drawn: string[] = [];
    const stop = store.select(
      (v) => v.chat.length,
      () => {
        drawn.push("first");
        if (store.get()?.chat.length === 1) stop();
      },
    );
    store.select(
      (v) => v.chat.length,
      () => drawn.push("second"),
    );
    store.set(view());
    store.set(view({ chat: ["a"] }));
    store.set(view({ chat: ["a", "b"] }));
    expect(drawn).toEqual(["first", "second", "first", "second", "second"]);
    store.destroy();
    store.set(view({ chat: ["a", "b", "c"] }));
    expect(drawn).toHaveLength(5);
  });
});

describe("equality by value", () => {
  test("tells plain data apart by content, key set and array order", () => {
    expect(sameData({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({ a: "1" }, { a: 1 })).toBe(false);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
  });
});
