// One store per live page: the newest state from the server, and the parts of the page that each read a slice of
// it. A part says what it reads (a selector) and how to draw it; it is drawn again only when that slice changed,
// compared by value (views arrive as fresh objects). Unmounting the page drops every subscription at once.
import { sameData } from "./same-data.ts";

export type Selector<S, T> = (state: S) => T;
export type Unsubscribe = () => void;

export interface Store<S> {
  /** The newest state, once the first has arrived. */
  get(): S | undefined;
  /** A new state from the server: every subscriber whose slice changed is told, in subscription order. */
  set(next: S): void;
  /**
   * Calls `draw` with the selected slice now (if a state has arrived) and after every change of it. The slice is
   * compared with `equal` (by value unless given).
   */
  select<T>(
    selector: Selector<S, T>,
    draw: (slice: T, state: S) => void,
    equal?: (a: T, b: T) => boolean,
  ): Unsubscribe;
  /** Drops every subscription: the page is gone. Later `set` calls draw nothing. */
  destroy(): void;
}

type Subscription<S> = { run: (state: S) => void };

export function createStore<S>(): Store<S> {
  let state: S | undefined;
  let subscriptions: Subscription<S>[] = [];
  return {
    get: () => state,
    set(next) {
      state = next;
      // A copy: a draw may unsubscribe (or subscribe) parts while the others are told.
      for (const sub of [...subscriptions]) if (subscriptions.includes(sub)) sub.run(next);
    },
    select(selector, draw, equal = sameData) {
      let seen = false;
      let last: ReturnType<typeof selector>;
      const sub: Subscription<S> = {
        run(s) {
          const slice = selector(s);
          if (seen && equal(last, slice)) return;
          seen = true;
          last = slice;
          draw(slice, s);
        },
      };
      subscriptions.push(sub);
      if (state !== undefined) sub.run(state);
      return () => {
        subscriptions = subscriptions.filter((x) => x !== sub);
      };
    },
    destroy() {
      subscriptions = [];
    },
  };
}
