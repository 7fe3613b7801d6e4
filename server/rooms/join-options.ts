// What a client joins a session with, read once by the rules here: when the seat is asked for over HTTP (before
// Colyseus reserves anything) and again when the socket arrives. Oversized, malformed or incomplete options are
// refused at the first step, with the same codes as at the second, so no seat is ever held for them.
import { type AuthContext, ServerError } from "@colyseus/core";
import { HostJoinOptions, PlayerJoinOptions } from "../../shared/protocol/session.ts";
import { refuse } from "./refuse.ts";
import type { PlayerAuth } from "./seat-desk.ts";

/** Real join options are a nickname, a token, a role, a PIN and a language: well under a kilobyte. */
export const MAX_JOIN_OPTIONS_CHARS = 2048;

/**
 * Where the reservation came from, written into the options by the HTTP step (it has the request) and taken out
 * again by the room (admission.ts) before anything else reads them. A value the client sent itself is overwritten.
 */
export const ADDRESS_OPTION = "__reservedFrom";

export type JoinRequest = { kind: "host"; hostKey: string } | PlayerAuth;

/** The options as the rules read them; throws the refusal the client shows otherwise. */
export function readJoinOptions(raw: unknown): JoinRequest {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw refuse("invalid_request");
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    throw refuse("invalid_request");
  }
  if (size > MAX_JOIN_OPTIONS_CHARS) throw new ServerError(413, "message_too_large");
  const host = HostJoinOptions.safeParse(raw);
  if (host.success) return { kind: "host", hostKey: host.data.hostKey };
  const player = PlayerJoinOptions.safeParse(raw);
  if (!player.success) {
    const nicknameWrong = player.error.issues.some((issue) => issue.path[0] === "nickname");
    throw refuse(nicknameWrong ? "nickname_invalid" : "invalid_request");
  }
  if (!player.data.playerToken) throw refuse("token_invalid");
  const { nickname, role, playerToken, language, pin, rejoin } = player.data;
  return {
    kind: "player",
    nickname,
    role,
    playerToken,
    language,
    pin,
    rejoin: rejoin === true,
  };
}

/**
 * The room's static onAuth: Colyseus calls it for `POST /matchmake/joinById/<roomId>` before it reserves a seat.
 * Returns true, so the room's own onAuth still runs when the socket arrives (it needs the room: the host key).
 */
export function checkBeforeReservation(raw: unknown, context: AuthContext | undefined): true {
  readJoinOptions(raw);
  (raw as Record<string, unknown>)[ADDRESS_OPTION] = context?.ip ?? "";
  return true;
}
