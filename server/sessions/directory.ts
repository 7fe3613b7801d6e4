// Finds live sessions by join code through the matchmaker, so it works the same with one process or several.
import { matchMaker } from "@colyseus/core";
import { z } from "zod";
import { newJoinCode } from "../../shared/ids.ts";
import { ROOM_NAME } from "../../shared/protocol/session.ts";

const SessionMetadata = z.object({ code: z.string(), scenarioId: z.string(), sessionId: z.string() });

export type LiveSession = { roomId: string } & z.infer<typeof SessionMetadata>;

export async function findSessionByCode(code: string): Promise<LiveSession | undefined> {
  for (const room of await matchMaker.query({ name: ROOM_NAME })) {
    const metadata = SessionMetadata.safeParse(room.metadata);
    if (metadata.success && metadata.data.code === code) {
      return { roomId: room.roomId, ...metadata.data };
    }
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
