// Server refusals appear next to the control that caused them, in a live region, so nobody misses them.
import type { ServerError } from "../net/connection.ts";
import { h } from "./dom.ts";

export type Notices = {
  /** A live region for the refusals of these commands; put it next to their controls. */
  slot: (...commands: string[]) => HTMLElement;
  show: (error: ServerError) => void;
  clear: (command: string) => void;
};

/** `fallback` shows refusals of commands no slot claims (and of slots not on the page right now). */
export function createNotices(fallback: HTMLElement): Notices {
  const slots = new Map<string, HTMLElement>();
  const slotFor = (command: string) => {
    const slot = slots.get(command);
    return slot?.isConnected ? slot : fallback;
  };
  return {
    slot(...commands) {
      const el = h("p", { class: "error", role: "alert" });
      for (const c of commands) slots.set(c, el);
      return el;
    },
    show(error) {
      slotFor(error.command).textContent = error.message;
    },
    clear(command) {
      const slot = slotFor(command);
      slot.textContent = "";
      if (slot !== fallback) fallback.textContent = "";
    },
  };
}
