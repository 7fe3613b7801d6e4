// Server refusals appear next to the control that caused them, in a live region, so nobody misses them; each
// goes away when its cause does (the next try, the end of a pause, the next phase), and a form keeps what was
// typed until the server has accepted it.
import type { ServerError } from "../net/connection.ts";
import { h } from "./dom.ts";

/** What the page knows about the game right now, to tell which refusals no longer hold. */
export type NoticeContext = { paused: boolean; phase: string | null; status: string };

export type Notices = {
  /**
   * A live region for the refusals of these commands; put it next to their controls. A key is a command
   * ("chat.say") or a command and the thing it was about ("card.share:A1"), see `route`. A slot made again in a
   * re-draw shows the refusal its key still has.
   */
  slot: (...keys: string[]) => HTMLElement;
  /** The next refusal of `command` belongs to the slot `key` (one card, contact or decision among several). */
  route: (command: string, key: string) => void;
  show: (error: ServerError) => void;
  /** Clears the command's refusal, and those about any one thing it was sent for ("card.share:…"). */
  clear: (command: string) => void;
  /** Runs `then` once the server accepts the next `command` (a refusal cancels it): clear the input there. */
  whenAccepted: (command: string, then: () => void) => void;
  accepted: (command: string) => void;
  /** Drops refusals whose cause has gone: "paused" after a resume, everything from an earlier phase. */
  update: (now: NoticeContext) => void;
};

type Shown = { message: string; code: string; phase: string | null; el: HTMLElement };

/** `fallback` shows refusals of commands no slot claims (and of slots not on the page right now). */
export function createNotices(fallback: HTMLElement): Notices {
  const slots = new Map<string, HTMLElement>();
  const routes = new Map<string, string>();
  const shown = new Map<string, Shown>();
  const waiting = new Map<string, () => void>();
  let phase: string | null = null;
  const keyOf = (command: string) => routes.get(command) ?? command;
  const regionFor = (key: string) => {
    const slot = slots.get(key);
    return slot?.isConnected ? slot : fallback;
  };
  const drop = (key: string) => {
    const was = shown.get(key);
    shown.delete(key);
    const el = was?.el.isConnected ? was.el : regionFor(key);
    // A region shared by several commands (one decision's steps) shows one refusal at a time.
    if (![...shown.values()].some((s) => s.el === el)) el.textContent = "";
  };
  const clear = (command: string) => {
    for (const key of [...shown.keys()]) if (key === command || key.startsWith(`${command}:`)) drop(key);
    const region = regionFor(keyOf(command));
    if (![...shown.values()].some((s) => s.el === region)) region.textContent = "";
    if (![...shown.values()].some((s) => s.el === fallback)) fallback.textContent = "";
  };
  return {
    slot(...keys) {
      const el = h("p", { class: "error", role: "alert" });
      for (const key of keys) {
        slots.set(key, el);
        const was = shown.get(key);
        if (was) {
          was.el = el;
          el.textContent = was.message;
        }
      }
      return el;
    },
    route(command, key) {
      routes.set(command, key);
    },
    show(error) {
      waiting.delete(error.command);
      const key = keyOf(error.command);
      const el = regionFor(key);
      el.textContent = error.message;
      shown.set(key, { message: error.message, code: error.code, phase, el });
      // Announced by the live region; also brought into sight, for a student who scrolled on meanwhile.
      if (el.isConnected) el.scrollIntoView({ block: "nearest" });
    },
    clear,
    whenAccepted(command, then) {
      waiting.set(command, then);
    },
    accepted(command) {
      const then = waiting.get(command);
      waiting.delete(command);
      then?.();
    },
    update(now) {
      phase = now.phase;
      for (const [key, s] of [...shown]) {
        const gone =
          (s.code === "paused" && !now.paused) ||
          (s.code === "not_paused" && now.paused) ||
          s.phase !== now.phase ||
          now.status === "ended";
        if (gone) drop(key);
      }
    },
  };
}
