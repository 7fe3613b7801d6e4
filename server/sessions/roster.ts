// Who holds which seat in a session: nickname uniqueness, player tokens that reclaim a seat, connection state.
import { nanoid } from "nanoid";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import { foldNickname } from "../../shared/protocol/session.ts";

export type Seat = {
  playerId: string;
  nickname: string;
  /** The role the student asked for; team balancing may assign another. Empty when they had no preference. */
  preferredRole: string;
  connected: boolean;
  /** The Colyseus session currently in this seat, if any. */
  sessionId: string | undefined;
};

/** The roster sees only a hash of the player's token, the same form the store keeps. */
export type SeatRequest = {
  nickname: string;
  role: string | undefined;
  tokenHash: string;
  sessionId: string;
};
/** `previousSessionId`: the connection that held the seat until now, which must be told it was taken over. */
export type SeatResult =
  | { ok: true; seat: Seat; reclaimed: boolean; previousSessionId?: string }
  | { ok: false; code: ErrorCode };

export class Roster {
  private readonly seats = new Map<string, Seat>();
  private readonly seatByTokenHash = new Map<string, string>();
  /** Which seat each connection holds: every sync asks it for every client, so it is kept, not searched. */
  private readonly seatBySession = new Map<string, string>();

  constructor(
    private readonly maxPlayers: number,
    private readonly roles: readonly string[],
  ) {}

  /** A known token gets its own seat back (whatever nickname it sends now); a new token takes a new seat. */
  take(request: SeatRequest): SeatResult {
    const existingId = this.seatByTokenHash.get(request.tokenHash);
    const existing = existingId === undefined ? undefined : this.seats.get(existingId);
    if (existing) {
      const previousSessionId = existing.sessionId;
      existing.connected = true;
      this.link(existing, request.sessionId);
      return previousSessionId === undefined || previousSessionId === request.sessionId
        ? { ok: true, seat: existing, reclaimed: true }
        : { ok: true, seat: existing, reclaimed: true, previousSessionId };
    }
    if (request.role !== undefined && !this.roles.includes(request.role))
      return { ok: false, code: "role_invalid" };
    if (this.seats.size >= this.maxPlayers) return { ok: false, code: "session_full" };
    if (this.byNickname(request.nickname)) return { ok: false, code: "nickname_taken" };
    const seat: Seat = {
      playerId: nanoid(10),
      nickname: request.nickname,
      preferredRole: request.role ?? "",
      connected: true,
      sessionId: undefined,
    };
    this.seats.set(seat.playerId, seat);
    this.link(seat, request.sessionId);
    this.seatByTokenHash.set(request.tokenHash, seat.playerId);
    return { ok: true, seat, reclaimed: false };
  }

  /** Whether this token already holds a seat here (a returning student, not a new one). */
  holds(tokenHash: string): boolean {
    return this.seatByTokenHash.has(tokenHash);
  }

  /** The seat with this name, as the projector would show it ("anna " is Anna). */
  byNickname(nickname: string): Seat | undefined {
    const folded = foldNickname(nickname);
    for (const seat of this.seats.values()) if (foldNickname(seat.nickname) === folded) return seat;
    return undefined;
  }

  byToken(tokenHash: string): Seat | undefined {
    const playerId = this.seatByTokenHash.get(tokenHash);
    return playerId === undefined ? undefined : this.seats.get(playerId);
  }

  get(playerId: string): Seat | undefined {
    return this.seats.get(playerId);
  }

  /**
   * The seat moves to a new device: its old token stops working and this connection holds it. Returns the
   * connection that held it until now, if it is another one.
   */
  reassign(playerId: string, tokenHash: string, sessionId: string): string | undefined {
    const seat = this.seats.get(playerId);
    if (!seat) return undefined;
    for (const [hash, id] of this.seatByTokenHash) if (id === playerId) this.seatByTokenHash.delete(hash);
    this.seatByTokenHash.set(tokenHash, playerId);
    const previous = seat.sessionId;
    seat.connected = true;
    this.link(seat, sessionId);
    return previous === sessionId ? undefined : previous;
  }

  /** A seat from the store after a restart: known, offline until its token comes back. */
  restore(seat: { playerId: string; nickname: string; preferredRole: string; tokenHash: string }) {
    const { playerId, nickname, preferredRole, tokenHash } = seat;
    this.seats.set(playerId, { playerId, nickname, preferredRole, connected: false, sessionId: undefined });
    this.seatByTokenHash.set(tokenHash, playerId);
  }

  bySession(sessionId: string): Seat | undefined {
    const playerId = this.seatBySession.get(sessionId);
    return playerId === undefined ? undefined : this.seats.get(playerId);
  }

  setConnected(sessionId: string, connected: boolean): Seat | undefined {
    const seat = this.bySession(sessionId);
    if (seat) seat.connected = connected;
    return seat;
  }

  /** The seat stays reserved for its token; only the link to the closed connection goes. */
  release(sessionId: string): Seat | undefined {
    const seat = this.setConnected(sessionId, false);
    if (seat) this.link(seat, undefined);
    return seat;
  }

  /** The one place a seat's connection changes, so the index by connection always agrees with the seats. */
  private link(seat: Seat, sessionId: string | undefined) {
    if (seat.sessionId !== undefined && this.seatBySession.get(seat.sessionId) === seat.playerId)
      this.seatBySession.delete(seat.sessionId);
    seat.sessionId = sessionId;
    if (sessionId !== undefined) this.seatBySession.set(sessionId, seat.playerId);
  }

  all(): Seat[] {
    return [...this.seats.values()];
  }

  get size(): number {
    return this.seats.size;
  }
}
