// Log entries: the durable record of every accepted input; state is the engine folded over them.
import { z } from "zod";
import { RoleIdSchema } from "./primitives.ts";

export const PlayerIdSchema = z.string().min(1).max(64);

export const ActorSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("player"), playerId: PlayerIdSchema, role: RoleIdSchema }),
  z.strictObject({ kind: z.literal("host") }),
  z.strictObject({ kind: z.literal("system") }),
]);
export type Actor = z.infer<typeof ActorSchema>;

/** The envelope only; the payload is checked against the schema of its command type. */
export const LogEntrySchema = z.strictObject({
  seq: z.number().int().min(0),
  t: z.number().int().min(0),
  actor: ActorSchema,
  type: z.string().min(1).max(64),
  payload: z.unknown(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;
