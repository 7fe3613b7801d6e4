// Who holds which seat in a session: nickname uniqueness, player tokens that reclaim a seat, connection state.
import { nanoid } from "nanoid";
import type { ErrorCode } from "../../shared/protocol/errors.ts";

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
export type SeatResult = { ok: true; seat: Seat; reclaimed: boolean } | { ok: false; code: ErrorCode };

export class Roster {
  private readonly seats = new Map<string, Seat>();
  private readonly seatByTokenHash = new Map<string, string>();

  constructor(
    private readonly maxPlayers: number,
    private readonly roles: readonly string[],
  ) {}

  /** A known token gets its own seat back (whatever nickname it sends now); a new token takes a new seat. */
  take(request: SeatRequest): SeatResult {
    const existingId = this.seatByTokenHash.get(request.tokenHash);
    const existing = existingId === undefined ? undefined : this.seats.get(existingId);
    if (existing) {
      existing.connected = true;
      existing.sessionId = request.sessionId;
      return { ok: true, seat: existing, reclaimed: true };
    }
    if (request.role !== undefined && !this.roles.includes(request.role))
      return { ok: false, code: "role_invalid" };
    if (this.seats.size >= this.maxPlayers) return { ok: false, code: "session_full" };
    const folded = foldNickname(request.nickname);
    for (const seat of this.seats.values()) {
      if (foldNickname(seat.nickname) === folded) return { ok: false, code: "nickname_taken" };
    }
    const seat: Seat = {
      playerId: nanoid(10),
      nickname: request.nickname,
      preferredRole: request.role ?? "",
      connected: true,
      sessionId: request.sessionId,
    };
    this.seats.set(seat.playerId, seat);
    this.seatByTokenHash.set(request.tokenHash, seat.playerId);
    return { ok: true, seat, reclaimed: false };
  }

  /** A seat from the store after a restart: known, offline until its token comes back. */
  /** Whether this token already holds a seat here (a returning student, not a new one). */
  holds(tokenHash: string): boolean {
    return this.seatByTokenHash.has(tokenHash);
  }

  restore(seat: { playerId: string; nickname: string; preferredRole: string; tokenHash: string }) {
    const { playerId, nickname, preferredRole, tokenHash } = seat;
    this.seats.set(playerId, { playerId, nickname, preferredRole, connected: false, sessionId: undefined });
    this.seatByTokenHash.set(tokenHash, playerId);
  }

  bySession(sessionId: string): Seat | undefined {
    for (const seat of this.seats.values()) if (seat.sessionId === sessionId) return seat;
    return undefined;
  }

  setConnected(sessionId: string, connected: boolean): Seat | undefined {
    const seat = this.bySession(sessionId);
    if (seat) seat.connected = connected;
    return seat;
  }

  /** The seat stays reserved for its token; only the link to the closed connection goes. */
  release(sessionId: string): Seat | undefined {
    const seat = this.setConnected(sessionId, false);
    if (seat) seat.sessionId = undefined;
    return seat;
  }

  all(): Seat[] {
    return [...this.seats.values()];
  }

  get size(): number {
    return this.seats.size;
  }
}

/** "Anna", "anna " and "ANNA" are the same person on a projector. */
function foldNickname(nickname: string): string {
  return nickname.normalize("NFKC").toLocaleLowerCase("nl").replace(/\s+/g, " ").trim();
}
