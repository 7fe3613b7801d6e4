// Seats of a session room: a student taking a new seat, coming back with their token, moving their seat to another
// device with nickname and PIN, and the host handing a seat over with a fresh PIN. The room keeps the connections;
// this keeps who holds which seat, so the rules for a seat live in one file.
import { type Client, CloseCode } from "@colyseus/core";
import { type Language, translate } from "../../shared/i18n/index.ts";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import {
  SEAT_PIN,
  SEAT_TAKEN_OVER,
  SeatHandoverRequest,
  type SeatHandoverResponse,
  type SeatPinMessage,
} from "../../shared/protocol/session.ts";
import { hashSecret } from "../security.ts";
import type { Roster, Seat } from "../sessions/roster.ts";
import { hashPin, newPin, type SeatPins } from "../sessions/seat-pin.ts";
import type { SerialQueue } from "../sessions/serial-queue.ts";
import type { SessionGame } from "../sessions/session-game.ts";
import type { Store } from "../store/store.ts";
import { refuse } from "./refuse.ts";

/** WebSocket.CLOSED. */
const CLOSED = 3;

export type PlayerAuth = {
  kind: "player";
  nickname: string;
  role: string | undefined;
  playerToken: string;
  language: Language;
  /** The seat PIN, when a student takes the seat named `nickname` to this device. */
  pin: string | undefined;
  /** A stored seat coming back: no new seat if the token has none. */
  rejoin: boolean;
};

/** What the desk needs of its room; getters, since the room replaces its roster and game when it boots. */
export type SeatRoom = {
  store: Store;
  roster(): Roster;
  pins(): SeatPins;
  game(): SessionGame;
  queue: SerialQueue;
  sessionId(): string;
  clients(): readonly Client[];
  /** Mirrors the game into the synced state and regrants every client's views. */
  sync(): void;
  /** Grants this client the views its seat may see. */
  grant(client: Client): void;
  sendError(client: Client, command: string, code: ErrorCode): void;
  /** Gives up the reconnection a dropped connection still holds (admission.ts): its seat went elsewhere. */
  releaseHold(sessionId: string): void;
};

/** A replaced connection that does not answer the close (its page is gone, its Wi-Fi dead) is cut off after this. */
export const TAKE_OVER_GRACE_MS = 2_000;

export class SeatDesk {
  constructor(private readonly room: SeatRoom) {}

  /** A student's connection: a new seat, their own seat back, or (with a PIN) their seat moved to this device. */
  async seat(client: Client, auth: PlayerAuth) {
    const { room } = this;
    const roster = room.roster();
    const tokenHash = hashSecret(auth.playerToken);
    const named = auth.pin === undefined ? undefined : roster.byNickname(auth.nickname);
    if (named && auth.pin !== undefined) return this.reclaimWithPin(client, named, auth.pin, tokenHash);
    const holds = roster.holds(tokenHash);
    // A page coming back with its stored token learns the seat is gone, so it can forget it and ask again.
    if (auth.rejoin && !holds) throw refuse("seat_unknown");
    // After the end only returning students get in (to read their outcome); a new seat would play nothing.
    if (room.game().status === "ended" && !holds) throw refuse("session_ended");
    // A second tab or device with the same token: the seat stays connected, so no new connection entry.
    const wasConnected = roster.byToken(tokenHash)?.connected === true;
    const result = roster.take({
      nickname: auth.nickname,
      role: auth.role,
      tokenHash,
      sessionId: client.sessionId,
    });
    if (!result.ok) throw refuse(result.code);
    const { seat } = result;
    let pin = room.pins().plain(seat.playerId);
    await room.queue.run(async () => {
      const game = room.game();
      if (result.reclaimed) {
        if (!wasConnected) await game.connection(seat.playerId, true);
      } else {
        pin = newPin();
        const pinHash = hashPin(seat.playerId, pin);
        await room.store.saveSeat(room.sessionId(), { playerId: seat.playerId, tokenHash, pinHash });
        room.pins().set(seat.playerId, pinHash, pin);
        const { playerId, nickname, preferredRole } = seat;
        const joined = await game.join({ playerId, nickname, preferredRole });
        if (!joined.ok) room.sendError(client, "team.join", joined.code);
      }
      room.sync();
    });
    this.takeOver(result.previousSessionId);
    room.grant(client);
    if (pin) client.send(SEAT_PIN, { pin } satisfies SeatPinMessage);
  }

  /** Host only: a fresh PIN for one seat, answered to the host; the seat's own screen shows it too. */
  async handOver(raw: unknown, language: Language, byHost: boolean): Promise<SeatHandoverResponse> {
    const { room } = this;
    const refusal = (code: ErrorCode): SeatHandoverResponse => ({
      ok: false,
      code,
      message: translate(language, `error.${code}`),
    });
    if (!byHost) return refusal("host_only");
    const request = SeatHandoverRequest.safeParse(raw);
    if (!request.success) return refusal("invalid_request");
    const seat = room.roster().get(request.data.playerId);
    if (!seat) return refusal("not_in_team");
    const pin = newPin();
    const pinHash = hashPin(seat.playerId, pin);
    try {
      await room.store.updateSeat(room.sessionId(), { playerId: seat.playerId, pinHash });
    } catch (error) {
      console.error(`session ${room.sessionId()}: seat hand-over failed`, error);
      return refusal("store_unavailable");
    }
    room.pins().set(seat.playerId, pinHash, pin);
    const holder = seat.sessionId && room.clients().find((c) => c.sessionId === seat.sessionId);
    if (holder) holder.send(SEAT_PIN, { pin } satisfies SeatPinMessage);
    return { ok: true, playerId: seat.playerId, nickname: seat.nickname, pin };
  }

  /** Nickname and PIN move a seat to this device: a new token, and the connection that held it is told. */
  private async reclaimWithPin(client: Client, seat: Seat, pin: string, tokenHash: string) {
    const { room } = this;
    const verdict = room.pins().check(seat.playerId, pin, Date.now());
    if (verdict !== "ok") throw refuse(verdict);
    const wasConnected = seat.connected;
    const previous = room.roster().reassign(seat.playerId, tokenHash, client.sessionId);
    await room.queue.run(async () => {
      await room.store.updateSeat(room.sessionId(), { playerId: seat.playerId, tokenHash });
      if (!wasConnected) await room.game().connection(seat.playerId, true);
      room.sync();
    });
    this.takeOver(previous);
    room.grant(client);
    client.send(SEAT_PIN, { pin } satisfies SeatPinMessage);
  }

  /**
   * The connection that held a seat until now is told so, then closed: it must not sit there as an empty lobby,
   * nor keep counting against the room. Dropped, it held a reconnection, which is given up; open, it is closed,
   * and cut off if it does not answer the close.
   */
  private takeOver(previousSessionId: string | undefined) {
    if (previousSessionId === undefined) return;
    this.room.releaseHold(previousSessionId);
    const old = this.room.clients().find((c) => c.sessionId === previousSessionId);
    if (!old) return;
    old.send(SEAT_TAKEN_OVER, {});
    old.leave(CloseCode.CONSENTED);
    const socket = (old as unknown as { ref?: { readyState?: number; terminate?: () => void } }).ref;
    setTimeout(() => {
      if (socket?.readyState !== CLOSED) socket?.terminate?.();
    }, TAKE_OVER_GRACE_MS).unref();
  }
}
