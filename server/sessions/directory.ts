// Finds live sessions by join code through the matchmaker, so it works the same with one process or several: the room
// listings live in Colyseus's driver (Redis when clustered), and a listing whose process is gone does not count.
import { matchMaker } from "@colyseus/core";
import { z } from "zod";
import { newJoinCode } from "../../shared/ids.ts";
import { ROOM_NAME } from "../../shared/protocol/session.ts";
import { processAlive, withBootLock } from "../scale/cluster.ts";
import type { SessionRecord, Store } from "../store/store.ts";

const SessionMetadata = z.object({ code: z.string(), scenarioId: z.string(), sessionId: z.string() });

export type LiveSession = { roomId: string } & z.infer<typeof SessionMetadata>;

/** The room that runs this code now, in this process or another one that still answers. */
export async function findSessionByCode(code: string): Promise<LiveSession | undefined> {
  for (const room of await matchMaker.query({ name: ROOM_NAME })) {
    const metadata = SessionMetadata.safeParse(room.metadata);
    if (!metadata.success || metadata.data.code !== code) continue;
    // A dead process's listing is removed by the health check; a room rebuilt elsewhere may follow in the list.
    if (await processAlive(room.processId)) return { roomId: room.roomId, ...metadata.data };
  }
  return undefined;
}

/** 23^5 ≈ 6.4 million codes: a collision among a few live sessions is rare, and retried. */
export async function allocateJoinCode(): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newJoinCode();
    if (!(await findSessionByCode(code))) return code;
  }
  throw new Error("Could not find a free join code after 20 attempts");
}

/** How this process rebuilds a stored session as a room of its own (the server sets it up at start). */
export type Adoption = { store: Store; restore: (sessionId: string) => Promise<void> };
let adoption: Adoption | undefined;

export function setAdoption(value: Adoption | undefined) {
  adoption = value;
}

/**
 * Rebuilds a running session whose room no process answers for (its process was killed, or stopped) here, from the
 * shared log, under the code's boot lock: of several processes asking at once, one boots it and the others find it.
 */
export async function adopt(record: SessionRecord): Promise<LiveSession | undefined> {
  const restore = adoption?.restore;
  if (!restore) return findSessionByCode(record.code);
  const result = await withBootLock(record.code, async () => {
    const again = await findSessionByCode(record.code);
    if (again) return again;
    // Re-read under the lock: it may have ended or been deleted meanwhile.
    const current = await adoption?.store.session(record.id);
    if (!current || current.endedAt !== null) return undefined;
    await restore(record.id);
    return findSessionByCode(record.code);
  });
  return result.ran ? result.value : findSessionByCode(record.code);
}

/**
 * The live room of a code, as lookups need it: when the store holds a running session with this code but no room
 * answers, the room is rebuilt here first. This is how a surviving process notices a dead one: on the next lookup of
 * one of its codes (the client looks its code up again while it reconnects).
 */
export async function findLiveSession(code: string): Promise<LiveSession | undefined> {
  const found = await findSessionByCode(code);
  if (found || !adoption) return found;
  const running = (await adoption.store.sessionsByCode(code)).find((r) => r.endedAt === null);
  if (!running) return undefined;
  try {
    return await adopt(running);
  } catch (error) {
    console.warn(
      `session ${code}: could not be rebuilt here: ${error instanceof Error ? error.message : error}`,
    );
    return undefined;
  }
}
