// A session room's connections coming and going: a drop holds the seat for the SDK to reconnect, a reconnection
// or a final leave updates who is online. A connection that holds no seat (its seat went to another device or
// tab) holds no reconnection either, so it cannot keep counting against the room (admission.ts).
import { type Client, CloseCode, type Room } from "@colyseus/core";
import { SEAT_TAKEN_OVER } from "../../shared/protocol/session.ts";
import type { RateLimiter } from "../sessions/rate-limit.ts";
import type { Roster, Seat } from "../sessions/roster.ts";
import type { SerialQueue } from "../sessions/serial-queue.ts";
import type { SessionGame } from "../sessions/session-game.ts";
import { LobbyPlayer, type SessionState } from "./session-state.ts";

/** What the connections need of their room besides its public side; getters, since the room replaces them at boot. */
export type ConnectionRoom = {
  roster(): Roster;
  game(): SessionGame;
  queue: SerialQueue;
  /** True once the host deleted the session: nothing more is written for it. */
  deleted(): boolean;
  mirrorSeat(seat: Seat): void;
  sync(): void;
  /** Per-connection buckets, forgotten when a connection is gone for good. */
  limiters: readonly RateLimiter[];
};

export const isHostClient = (client: Client) =>
  (client.auth as { kind?: string } | undefined)?.kind === "host";

export class Connections {
  constructor(
    private readonly room: Room<{ state: SessionState }>,
    private readonly parts: ConnectionRoom,
    private readonly reconnectSeconds: number,
  ) {}

  /** onDrop: offline for the others, and the seat held for this connection's SDK to come back. */
  async dropped(client: Client) {
    await this.setConnected(client, false);
    if (!isHostClient(client) && !this.parts.roster().bySession(client.sessionId)) return;
    // Rejected when the wait runs out, or when the seat is reclaimed by its token meanwhile (admission.ts).
    await Promise.resolve(this.room.allowReconnection(client, this.reconnectSeconds)).catch(() => undefined);
  }

  /** onReconnect: online again; but if another device took the seat meanwhile, it is told so and closed. */
  async reconnected(client: Client) {
    if (!isHostClient(client) && !this.parts.roster().bySession(client.sessionId)) {
      client.send(SEAT_TAKEN_OVER, {});
      client.leave(CloseCode.CONSENTED);
      return;
    }
    await this.setConnected(client, true);
  }

  /** onLeave: the connection is gone for good; its seat stays reserved for its token. */
  async left(client: Client) {
    const { parts } = this;
    const seat = parts.roster().bySession(client.sessionId);
    if (seat?.connected) await this.setConnected(client, false);
    parts.roster().release(client.sessionId);
    if (seat) parts.mirrorSeat(seat);
    if (isHostClient(client)) this.room.state.hostConnected = this.otherHostOnline(client);
    for (const limiter of parts.limiters) limiter.forget(client.sessionId);
  }

  private async setConnected(client: Client, connected: boolean) {
    const { parts } = this;
    if (parts.deleted()) return;
    const seat = parts.roster().setConnected(client.sessionId, connected);
    if (!seat) {
      if (isHostClient(client)) this.room.state.hostConnected = connected || this.otherHostOnline(client);
      return;
    }
    await parts.queue.run(async () => {
      await parts.game().connection(seat.playerId, connected);
      parts.sync();
    });
  }

  private otherHostOnline(client: Client): boolean {
    return this.room.clients.some((c) => c !== client && isHostClient(c));
  }
}

/** A seat as the synced lobby shows it: online or not, and which connection holds it (a reload changes it). */
export function mirrorSeat(state: SessionState, game: SessionGame, seat: Seat) {
  const existing = state.players.get(seat.playerId);
  if (existing) {
    existing.connected = seat.connected;
    existing.sessionId = seat.sessionId ?? "";
    return;
  }
  const { playerId: id, nickname, preferredRole, connected } = seat;
  const member = game.lobby.get(id);
  state.players.set(
    id,
    new LobbyPlayer({
      id,
      nickname,
      preferredRole,
      connected,
      sessionId: seat.sessionId ?? "",
      teamId: member?.teamId ?? "",
      role: member?.role ?? "",
    }),
  );
}
