// The session-level log entries (lobby joins, moves, balancing, start and end): the entries no team's engine sees.
import { z } from "zod";
import { type Actor, ActorSchema, PlayerIdSchema } from "./log.ts";

export const TeamIdSchema = z.string().regex(/^T\d{1,3}$/, "a team id is T followed by a number");

/** A bookmark's note is a reminder for the debrief, not a message: one short line. */
export const BOOKMARK_NOTE_MAX = 140;

export const SESSION_ENTRIES = {
  "lobby.join": z.strictObject({
    playerId: PlayerIdSchema,
    nickname: z.string().min(1).max(64),
    /** Empty when the student had no preference. */
    preferredRole: z.string().max(6),
  }),
  "host.move": z.strictObject({
    playerId: PlayerIdSchema,
    teamId: TeamIdSchema,
    role: z.string().min(2).max(6),
  }),
  "host.balance": z.strictObject({}),
  "session.start": z.strictObject({ seed: z.number().int().min(0), teams: z.array(TeamIdSchema) }),
  "session.end": z.strictObject({ reason: z.enum(["host", "inactive"]) }),
  /** The facilitator marks a moment of one team during play, to come back to in the debrief. */
  "host.bookmark": z.strictObject({ teamId: TeamIdSchema, note: z.string().max(BOOKMARK_NOTE_MAX) }),
} as const;

export type SessionEntryType = keyof typeof SESSION_ENTRIES;
export type SessionEntryPayloads = { [K in SessionEntryType]: z.infer<(typeof SESSION_ENTRIES)[K]> };

export function isSessionEntryType(type: string): type is SessionEntryType {
  return Object.hasOwn(SESSION_ENTRIES, type);
}

/** One entry of a session's log as it is stored: `team` is null for session entries, a team id for the rest. */
export interface SessionLogEntry {
  seq: number;
  t: number;
  team: string | null;
  actor: Actor | unknown;
  type: string;
  payload: unknown;
}

export { ActorSchema };
