// What time it is in the game right now: the server publishes its clock, this page counts on from the moment it
// received it, at the session's time scale. Right after a reload too, unlike counting from when a view arrived.
import type { LobbySnapshot } from "../../shared/protocol/lobby.ts";

let published: LobbySnapshot["time"] = { now: 0, running: false, scale: 1 };
let receivedAt = 0;

/** Called with every snapshot; only a newly published time restarts the local count. */
export function noteGameTime(time: LobbySnapshot["time"], wallNow = Date.now()) {
  if (time.now === published.now && time.running === published.running) return;
  published = time;
  receivedAt = wallNow;
}

export function gameNow(wallNow = Date.now()): number {
  return published.running ? published.now + (wallNow - receivedAt) * published.scale : published.now;
}
