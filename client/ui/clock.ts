// Time left in a team's phase, from the server's published game clock, and how to show it.
import type { TeamView } from "../../shared/scenario/views.ts";
import { gameNow } from "../net/game-time.ts";

/** Milliseconds left in the current phase, or null when the phase has no deadline. */
export function timeLeft(view: Pick<TeamView, "deadline" | "now" | "paused" | "status">): number | null {
  if (view.deadline === null) return null;
  const now = view.paused || view.status !== "playing" ? view.now : Math.max(view.now, gameNow());
  return Math.max(0, view.deadline - now);
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
