// The game time left in the phase, as the header counts it: from the server's published clock while playing; in the
// replay, at the moment shown.
import { gameNow } from "../net/game-time.ts";
import type { SceneModel } from "./scene-model.ts";

export function timeLeft(model: SceneModel): number | null {
  const { deadline, now } = model.clock;
  if (deadline === null) return null;
  const still = model.replay || model.paused || model.status !== "playing";
  const at = still ? now : Math.max(now, gameNow());
  return Math.max(0, deadline - at);
}

/** 0 at the phase's start, 1 when its time is up (0 without a deadline). */
export function timeSpent(model: SceneModel, left: number | null): number {
  const { startedAt, deadline } = model.clock;
  if (left === null || startedAt === null || deadline === null || deadline <= startedAt) return 0;
  return Math.min(1, Math.max(0, 1 - left / (deadline - startedAt)));
}

/** How pressed the team is, 0–1: the later in the phase and the lower the weakest meter, the more. */
export function pressure(model: SceneModel, left: number | null): number {
  const time = timeSpent(model, left);
  const lowest = Math.min(...model.meters.map((m) => m.value / m.max), 1);
  const meters = 1 - lowest;
  return Math.min(1, Math.max(time * time, meters * 0.8));
}
