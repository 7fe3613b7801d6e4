// The closed set of error codes the server may send; each has a sentence in every UI catalogue.
import { z } from "zod";
import { REJECTION_CODES } from "../scenario/rejections.ts";

/** Codes of the session itself; the engine's rejection codes are appended below. */
const SESSION_ERROR_CODES = [
  "invalid_request",
  "invalid_code",
  "session_not_found",
  "session_full",
  "nickname_invalid",
  "nickname_taken",
  "role_invalid",
  "unknown_scenario",
  "host_key_invalid",
  "token_invalid",
  "unknown",
  "rate_limited",
  "message_too_large",
  "not_in_team",
  "not_in_lobby",
  "unknown_team",
  "store_unavailable",
  "session_ended",
  "lead_not_ended",
  "lead_code_in_use",
  "seat_unknown",
  "pin_wrong",
  "pin_locked",
  "no_players",
] as const;
export const ERROR_CODES = [...SESSION_ERROR_CODES, ...REJECTION_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const ErrorCodeSchema = z.enum(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

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
