// The closed set of error codes the server may send; each has a sentence in every UI catalogue. Without zod, so
// every page can word an error without loading the schemas (they live in errors.ts).
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
  "too_many_attempts",
  "message_too_large",
  "message_unreadable",
  "type_invalid",
  "payload_not_object",
  "payload_not_json",
  "payload_too_deep",
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
  "preview_local_only",
] as const;
export const ERROR_CODES = [...SESSION_ERROR_CODES, ...REJECTION_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/** The `command` of a refusal whose message type is not a usable string (a number, invalid UTF-16, too long). */
export const INVALID_COMMAND = "(invalid)";
