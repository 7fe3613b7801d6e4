// Views carry no running clock, only the game time of their last entry; pages count down locally in between.
import type { TeamView } from "../../shared/scenario/views.ts";

/** When this browser first saw a view with a given `now`, so the countdown continues from there. */
const seenAt = new Map<string, { now: number; at: number }>();

/** Milliseconds left in the current phase, or null when the phase has no deadline. */
export function timeLeft(view: TeamView, wallNow = Date.now()): number | null {
  if (view.deadline === null) return null;
  const key = view.teamId;
  let seen = seenAt.get(key);
  if (seen?.now !== view.now) {
    seen = { now: view.now, at: wallNow };
    seenAt.set(key, seen);
  }
  const running = view.paused || view.status !== "playing" ? 0 : wallNow - seen.at;
  return Math.max(0, view.deadline - view.now - running);
}

/** m:ss, rounded up so "0:00" only shows when the time is really up. */
export function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** Calls `tick` every second while `el` is on the page; stops by itself once a page change removed it. */
export function everySecond(el: HTMLElement, tick: () => void) {
  let shown = false;
  const timer = setInterval(() => {
    if (el.isConnected) {
      shown = true;
      tick();
    } else if (shown) clearInterval(timer);
  }, 1000);
}
