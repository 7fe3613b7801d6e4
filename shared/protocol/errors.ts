// What the server sends when it refuses something, as zod schemas; the codes themselves are in error-codes.ts.
import { z } from "zod";
import { ERROR_CODES } from "./error-codes.ts";

export { ERROR_CODES, type ErrorCode, INVALID_COMMAND, isErrorCode } from "./error-codes.ts";
export const ErrorCodeSchema = z.enum(ERROR_CODES);

/** What the server sends to one client when it refuses something: a code plus a sentence in its language. */
export const ErrorMessage = z.object({
  code: ErrorCodeSchema,
  command: z.string(),
  message: z.string(),
  /** What the sentence names, for a page that words it itself (e.g. `roles_missing`: `team`, `role`). */
  params: z.record(z.string(), z.string()).optional(),
});
export type ErrorMessage = z.infer<typeof ErrorMessage>;

/** Sent to the sender after the effect of its accepted command has been synced. */
export const AckMessage = z.object({ command: z.string() });
export type AckMessage = z.infer<typeof AckMessage>;
