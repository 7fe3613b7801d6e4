// The Colyseus connection and the synced state as pages read it, with its errors. The JSON API lives in api.ts (the
// join form's small part) and host-api.ts; the join page loads this module only once the student joins.
import { Client, type Room } from "@colyseus/sdk";
import { z } from "zod";
import { AckMessage, ErrorMessage } from "../../shared/protocol/errors.ts";
import { type HostCommandPayloads, type HostCommandType, viewKey } from "../../shared/protocol/game.ts";
import { type LobbyPlayerSnapshot, LobbySnapshot } from "../../shared/protocol/lobby.ts";
import {
  type PlayerJoinOptions,
  SEAT_HANDOVER,
  SEAT_PIN,
  SEAT_TAKEN_OVER,
  SeatHandoverResponse,
  SeatPinMessage,
} from "../../shared/protocol/session.ts";
import { ViewReader } from "../../shared/protocol/view-parts.ts";
import type { COMMANDS, CommandPayloads, CommandType } from "../../shared/scenario/commands.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import { serverUrl } from "./api.ts";
import { noteGameTime } from "./game-time.ts";
import { hostedSessions } from "./hosted.ts";

const client = new Client(serverUrl);

/**
 * The room a page that already holds a seat or the host key should go back to: also an ended session's room while
 * it still runs, so a student can read the outcome after a reload. New students use lookupSession, which refuses.
 */
async function roomToRejoin(code: string): Promise<string> {
  const response = await fetch(`${serverUrl}/api/sessions/${encodeURIComponent(code)}`);
  const body = z
    .object({ roomId: z.string().nullable().optional(), error: z.string().optional() })
    .catch({})
    .parse(await response.json().catch(() => ({})));
  if (response.ok || (response.status === 410 && body.roomId)) return body.roomId ?? "";
  throw new Error(body.error ?? "unknown");
}

export type SessionRoom = Room;

export async function joinAsHost(roomId: string, hostKey: string): Promise<SessionRoom> {
  return client.joinById(roomId, { hostKey });
}

export async function joinAsPlayer(roomId: string, options: PlayerJoinOptions): Promise<SessionRoom> {
  return client.joinById(roomId, options);
}

/** The synced state as pages read it; a seat already carries its team and role in the lobby. */
export type SeatSnapshot = LobbyPlayerSnapshot;
export type SessionSnapshot = LobbySnapshot;

/** Undefined until the first full state has arrived from the server. */
export function lobbyOf(room: SessionRoom): SessionSnapshot | undefined {
  const state = room.state as { toJSON?: () => unknown } | undefined;
  const parsed = LobbySnapshot.safeParse(state?.toJSON?.());
  return parsed.success ? parsed.data : undefined;
}

/** The seat this connection holds, found by its Colyseus session id. */
export function ownSeat(lobby: SessionSnapshot, room: SessionRoom): SeatSnapshot | undefined {
  return Object.values(lobby.players).find((p) => p.sessionId === room.sessionId);
}

/** One reader per view: a part is parsed only when its text changed, and an unchanged view stays the same object. */
const readers = new Map<string, ViewReader>();

/** One team's view as this client receives it (`T1/SW` for a player, `T1/host` for the host), if it has one. */
export function viewOf(lobby: SessionSnapshot, teamId: string, viewer: string): TeamView | undefined {
  const key = viewKey(teamId, viewer);
  const parts = lobby.views[key];
  if (!parts) return undefined;
  let reader = readers.get(key);
  if (!reader) {
    reader = new ViewReader();
    readers.set(key, reader);
  }
  return reader.read(parts);
}

/** The host receives one view per team; teams formed by late arrivals have none until they are started. */
export function hostViews(lobby: SessionSnapshot): TeamView[] {
  const teams = Object.keys(lobby.views)
    .filter((key) => key.endsWith("/host"))
    .map((key) => key.slice(0, -"/host".length));
  return teams
    .map((teamId) => viewOf(lobby, teamId, "host"))
    .filter((v): v is TeamView => v !== undefined)
    .sort((a, b) => teamNumber(a.teamId) - teamNumber(b.teamId));
}

export const teamNumber = (teamId: string) => Number(teamId.slice(1)) || 0;

export type PlayerCommandType = {
  [K in CommandType]: (typeof COMMANDS)[K]["sender"] extends "player" ? K : never;
}[CommandType];

/** Sends a player command; a refusal comes back as an `error` message, acceptance only as a changed view. */
export function sendCommand<K extends PlayerCommandType>(
  room: SessionRoom,
  type: K,
  payload: CommandPayloads[K],
) {
  room.send(type, payload);
}

/** Host only: a fresh seat PIN for one student, answered to the host alone (to read out). */
export async function handOverSeat(room: SessionRoom, playerId: string): Promise<SeatHandoverResponse> {
  return SeatHandoverResponse.parse(await room.request(SEAT_HANDOVER, { playerId }));
}

export function sendHostCommand<K extends HostCommandType>(
  room: SessionRoom,
  type: K,
  payload: HostCommandPayloads[K],
) {
  room.send(type, payload);
}

/** The server's refusal of one command, with its sentence already in this connection's language. */
export type ServerError = { code: string; command: string; message: string };

function watchErrors(room: SessionRoom, handler: (error: ServerError) => void) {
  room.onMessage("error", (raw: unknown) => {
    const parsed = ErrorMessage.safeParse(raw);
    if (parsed.success) return handler(parsed.data);
    const loose = z.object({ command: z.string().default(""), message: z.string() }).safeParse(raw);
    handler({
      code: "unknown",
      command: loose.success ? loose.data.command : "",
      message: loose.success ? loose.data.message : "",
    });
  });
}

/** Calls back with the lobby on every change, and with connection trouble as it comes and goes. */
export function watchRoom(
  room: SessionRoom,
  handlers: {
    lobby: (lobby: SessionSnapshot) => void;
    connection: (state: "ok" | "reconnecting" | "lost") => void;
  },
) {
  // Receipts for accepted commands: their effect is already in the state, which is what pages draw from.
  room.onMessage("ack", () => {});
  const render = () => {
    const lobby = lobbyOf(room);
    if (!lobby) return;
    noteGameTime(lobby.time);
    handlers.lobby(lobby);
  };
  room.onStateChange(render);
  room.onDrop(() => handlers.connection("reconnecting"));
  room.onReconnect(() => handlers.connection("ok"));
  room.onLeave((code) => {
    if (code !== 1000) handlers.connection("lost");
  });
  render();
}

const RETRY_MS = 3_000;
/** Refusals that another try cannot fix: the session is gone or the key or token is not valid for it. */
const FINAL = new Set([
  "session_not_found",
  "session_ended",
  "invalid_code",
  "host_key_invalid",
  "token_invalid",
  "nickname_taken",
  "seat_unknown",
  "pin_wrong",
  "pin_locked",
]);

/**
 * Keeps a page in its session. The SDK reconnects by itself after a drop; meanwhile the join code is looked up
 * every few seconds, and if the session now lives in another room (the server restarted and rebuilt it) or the
 * SDK gives up, the page joins again with its token or key. The first join's error goes to the caller.
 */
export async function stayJoined(
  code: string,
  join: (roomId: string) => Promise<SessionRoom>,
  handlers: {
    lobby: (lobby: SessionSnapshot, room: SessionRoom) => void;
    status: (state: "ok" | "reconnecting" | "lost") => void;
    /** Refusals of commands sent on whichever room the page is in now. */
    error?: (error: ServerError) => void;
    /** Receipts of accepted commands sent on that room: a form may now let go of what was typed. */
    ack?: (command: string) => void;
    /** A student's seat PIN, sent to the seat's holder only. */
    pin?: (pin: string) => void;
    /**
     * Another device or tab took this seat (or it was gone when the page came back): the page stops here instead of
     * joining again, which would take it back and forth.
     */
    takenOver?: () => void;
  },
): Promise<SessionRoom> {
  const attach = (room: SessionRoom) => {
    const onError = handlers.error;
    if (onError) watchErrors(room, onError);
    const onAck = handlers.ack;
    if (onAck)
      room.onMessage("ack", (raw: unknown) => {
        const ack = AckMessage.safeParse(raw);
        if (ack.success) onAck(ack.data.command);
      });
    const onPin = handlers.pin;
    if (onPin)
      room.onMessage(SEAT_PIN, (raw: unknown) => {
        const parsed = SeatPinMessage.safeParse(raw);
        if (parsed.success) onPin(parsed.data.pin);
      });
    // Weak Wi-Fi drops early too; the SDK's default would not reconnect within 5 s of joining.
    room.reconnection.minUptime = 0;
    let replaced = false;
    let probe: ReturnType<typeof setInterval> | undefined;
    const onTakenOver = handlers.takenOver;
    if (onTakenOver)
      room.onMessage(SEAT_TAKEN_OVER, () => {
        // The server closes this room next; that close must not start a rejoin.
        replaced = true;
        clearInterval(probe);
        room.reconnection.maxRetries = 0;
        onTakenOver();
      });
    const replace = () => {
      if (replaced) return;
      replaced = true;
      clearInterval(probe);
      room.reconnection.maxRetries = 0;
      handlers.status("reconnecting");
      void rejoin();
    };
    watchRoom(room, {
      lobby: (lobby) => !replaced && handlers.lobby(lobby, room),
      connection: (state) => {
        if (replaced) return;
        if (state === "ok") {
          clearInterval(probe);
          probe = undefined;
          return handlers.status("ok");
        }
        if (state === "lost") return replace();
        handlers.status("reconnecting");
        probe ??= setInterval(async () => {
          const current = await roomToRejoin(code).catch(() => undefined);
          if (current && current !== room.roomId) replace();
        }, RETRY_MS);
      },
    });
  };
  const rejoin = async () => {
    try {
      attach(await join(await roomToRejoin(code)));
      handlers.status("ok");
    } catch (error) {
      const code = error instanceof Error ? error.message : "";
      if (code === "seat_unknown" && handlers.takenOver) handlers.takenOver();
      else if (FINAL.has(code)) handlers.status("lost");
      else setTimeout(rejoin, RETRY_MS);
    }
  };
  const room = await join(await roomToRejoin(code));
  attach(room);
  return room;
}

/** The host key this browser holds for a code; the list of hosted sessions (net/hosted.ts) is its one store. */
export const hostKeyStore = {
  load: (code: string) => hostedSessions.hostKey(code),
};
