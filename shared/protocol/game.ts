// Messages of a running session: what players and the host send, and where each view is synced.
import { z } from "zod";
import { PlayerIdSchema } from "../scenario/log.ts";
import { RoleIdSchema } from "../scenario/primitives.ts";
import { BOOKMARK_NOTE_MAX } from "../scenario/session-entries.ts";

const TeamId = z.string().regex(/^T\d{1,3}$/, "a team id is T followed by a number");
const Text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The facilitator's commands, addressed to the whole session or one team. The session turns each into engine
 * commands for the teams it concerns; lobby commands (balance, move) exist only before the start.
 */
export const HOST_COMMANDS = {
  "host.balance": z.strictObject({}),
  "host.move": z.strictObject({ playerId: PlayerIdSchema, teamId: TeamId, role: RoleIdSchema }),
  /** After the start, `teamId` starts that one waiting team (without it: every waiting team). */
  "host.start": z.strictObject({ teamId: TeamId.optional() }),
  /** Without teamId: every team. With it: that team alone; the others play on. */
  "host.pause": z.strictObject({ teamId: TeamId.optional() }),
  "host.resume": z.strictObject({ teamId: TeamId.optional() }),
  "host.extend": z.strictObject({
    teamId: TeamId.optional(),
    ms: z
      .number()
      .int()
      .min(1000)
      .max(30 * 60_000),
  }),
  "host.advance": z.strictObject({ teamId: TeamId }),
  "host.inject": z.strictObject({ teamId: TeamId.optional(), injectId: z.string().min(1).max(40) }),
  "host.message": z.strictObject({
    teamId: TeamId.optional(),
    text: Text(800),
    as: z.string().min(1).max(40).optional(),
  }),
  "host.end": z.strictObject({}),
  /** Marks this moment of one team for the debrief; the note is optional. */
  "host.bookmark": z.strictObject({
    teamId: TeamId,
    note: z.string().trim().max(BOOKMARK_NOTE_MAX).optional(),
  }),
} as const;
export type HostCommandType = keyof typeof HOST_COMMANDS;
export type HostCommandPayloads = { [K in HostCommandType]: z.infer<(typeof HOST_COMMANDS)[K]> };

export function isHostCommand(type: string): type is HostCommandType {
  return Object.hasOwn(HOST_COMMANDS, type);
}

/** Where a viewer's projection lives in the synced state: one entry per team and role, and one per team for the host. */
export const viewKey = (teamId: string, viewer: string) => `${teamId}/${viewer}`;
export const HOST_VIEWER = "host";
