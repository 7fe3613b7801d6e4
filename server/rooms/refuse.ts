// How the room refuses a join: a ServerError whose message is the error code, turned into words by the client.
import { ServerError } from "@colyseus/core";
import type { ErrorCode } from "../../shared/protocol/errors.ts";

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_request: 400,
  invalid_code: 400,
  session_not_found: 404,
  session_full: 409,
  nickname_invalid: 422,
  nickname_taken: 409,
  role_invalid: 422,
  unknown_scenario: 404,
  host_key_invalid: 403,
  token_invalid: 403,
  seat_unknown: 404,
  pin_wrong: 403,
  pin_locked: 429,
  too_many_attempts: 429,
  session_ended: 410,
  unknown: 500,
};

export function refuse(code: ErrorCode): ServerError {
  return new ServerError(HTTP_STATUS[code] ?? 400, code);
}
