// Finds running sessions that no live room serves (their process was killed or stopped) and rebuilds them here: at
// start-up, and every few seconds when several processes share Redis, so a session comes back even before anyone
// looks its code up.
import { matchMaker } from "@colyseus/core";
import { ROOM_NAME } from "../../shared/protocol/session.ts";
import { adopt } from "../sessions/directory.ts";
import type { Store } from "../store/store.ts";
import { processAlive } from "./cluster.ts";

export type AdoptResult = { restored: string[]; failed: string[] };

/** The codes some answering process runs a room for now (dead processes' listings are cleared on the way). */
async function servedCodes(): Promise<Set<string>> {
  const alive = new Map<string, Promise<boolean>>();
  const codes = new Set<string>();
  for (const room of await matchMaker.query({ name: ROOM_NAME })) {
    const code = (room.metadata as { code?: unknown } | undefined)?.code;
    if (typeof code !== "string") continue;
    const check = alive.get(room.processId) ?? processAlive(room.processId);
    alive.set(room.processId, check);
    if (await check) codes.add(code);
  }
  return codes;
}

/** `skip`: sessions that failed before; a sweep does not retry them every few seconds (a lookup still does). */
export async function adoptOrphans(store: Store, skip = new Set<string>()): Promise<AdoptResult> {
  const restored: string[] = [];
  const failed: string[] = [];
  const served = await servedCodes();
  for (const session of await store.liveSessions()) {
    if (served.has(session.code) || skip.has(session.id)) continue;
    try {
      const live = await adopt(session);
      if (live?.sessionId === session.id && matchMaker.getLocalRoomById(live.roomId))
        restored.push(session.code);
    } catch (error) {
      skip.add(session.id);
      failed.push(`${session.code}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { restored, failed };
}

/** Sweeps every `everyMs` until stopped; reports what it rebuilt. */
export function startOrphanSweep(store: Store, everyMs: number, report: (result: AdoptResult) => void) {
  const skip = new Set<string>();
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const result = await adoptOrphans(store, skip);
      if (result.restored.length > 0 || result.failed.length > 0) report(result);
    } catch (error) {
      console.warn(`orphan sweep: ${error instanceof Error ? error.message : error}`);
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
