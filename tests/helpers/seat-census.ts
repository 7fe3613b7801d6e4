// What counts against a session room's connections, read from the server's room: open connections, held
// reconnections and reservations still waiting for their socket (Colyseus 0.18 keeps the last two private).
import type { Room } from "@colyseus/core";

type Reservation = [options: unknown, auth: unknown, consumed: boolean, reconnection: boolean];

export type SeatCensus = { clients: number; holds: number; waiting: number; locked: boolean };

export function seatCensus(room: Room): SeatCensus {
  const seats = (room as unknown as { _reservedSeats: Record<string, Reservation> })._reservedSeats;
  const entries = Object.values(seats);
  return {
    clients: room.clients.length,
    holds: entries.filter((r) => r[3]).length,
    waiting: entries.filter((r) => !r[3] && !r[2]).length,
    locked: room.locked,
  };
}

/** `POST /matchmake/joinById/<roomId>` as any HTTP client can send it: a seat reservation, no socket. */
export async function reserveSeat(
  url: string,
  roomId: string,
  body: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${url}/matchmake/joinById/${roomId}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
  });
  const text = await response.text();
  let json: { code?: number; error?: string; sessionId?: string } = {};
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, ...json };
}
