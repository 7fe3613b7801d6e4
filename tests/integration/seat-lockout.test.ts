// Nobody locks a class out through seat reservations or the connection cap: reservations without a socket, an
// oversized join, students coming back with their tokens and reloads taking their own seat over all leave room
// for the next student and, always, for the teacher.
import type { Room } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admissionLimits } from "../../server/rooms/admission.ts";
import { Scripted } from "../helpers/scripted.ts";
import { reserveSeat, seatCensus } from "../helpers/seat-census.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const roomOf = (roomId: string): Room => server.colyseus.getRoomById(roomId);
const student = (roomId: string, name: string) => Scripted.player(server.colyseus.sdk, roomId, name);

/** Cuts a connection off on the server's side, as dead Wi-Fi does; its SDK must not come back by itself. */
function dropOnServer(room: Room, player: Scripted) {
  player.room.reconnection.maxRetries = 0;
  const client = room.clients.find((c) => c.sessionId === player.room.sessionId);
  (client as unknown as { ref: { terminate(): void } }).ref.terminate();
}

async function joinAll(roomId: string, names: string[]): Promise<Scripted[]> {
  const joined: Scripted[] = [];
  for (let i = 0; i < names.length; i += 10)
    joined.push(...(await Promise.all(names.slice(i, i + 10).map((n) => student(roomId, n)))));
  return joined;
}

describe("seat reservations without a socket", () => {
  it("100 from one address keep neither a student nor the teacher out", async () => {
    const session = await server.createSession();
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        reserveSeat(
          server.url,
          session.roomId,
          JSON.stringify({ nickname: `Bot ${i}`, playerToken: `bot-${i}-token-0123456789abcdef` }),
          // A made-up address per request changes nothing: the socket's own address counts.
          { "X-Real-IP": `10.0.${i}.1`, "X-Forwarded-For": `10.1.${i}.1` },
        ),
      ),
    );
    const started = Date.now();
    const anna = await student(session.roomId, "Anna");
    const host = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(anna.errors).toEqual([]);
    expect(host.errors).toEqual([]);
    // Each got its reservation (nothing tells a flood apart from a class at once), but no more wait from one
    // address than a whole class needs, and they count against nobody.
    expect(answers.filter((a) => a.status === 200)).toHaveLength(100);
    const census = seatCensus(roomOf(session.roomId));
    expect(census.waiting).toBeLessThanOrEqual(admissionLimits(60).pendingPerAddress);
    expect(census.locked).toBe(false);
    await host.room.leave(true);
    await anna.room.leave(true);
  });

  it("a 2 MB join is refused with a clear error before any seat is reserved", async () => {
    const session = await server.createSession();
    const padding = "x".repeat(2 * 1024 * 1024);
    const answer = await reserveSeat(
      server.url,
      session.roomId,
      JSON.stringify({ nickname: "Eve", playerToken: "eve-token-0123456789abcdef", padding }),
    );
    expect(answer.status).toBe(413);
    expect(answer.error).toBe("message_too_large");
    const census = seatCensus(roomOf(session.roomId));
    expect(census.waiting + census.holds + census.clients).toBe(0);
    // Options past 2 KB inside a small body are refused by the room's check at the same step.
    const long = await reserveSeat(
      server.url,
      session.roomId,
      JSON.stringify({
        nickname: "Eve",
        playerToken: "eve-token-0123456789abcdef",
        padding: "x".repeat(3000),
      }),
    );
    expect([long.status, long.error]).toEqual([413, "message_too_large"]);
    // Malformed options are refused at the same step, with the codes a socket would get.
    const nameless = await reserveSeat(
      server.url,
      session.roomId,
      JSON.stringify({ playerToken: "x".repeat(30) }),
    );
    expect(nameless.error).toBe("nickname_invalid");
    expect(seatCensus(roomOf(session.roomId)).waiting).toBe(0);
  });
});

describe("seats reclaimed and taken over", () => {
  it("10 students dropped and back with their tokens: the teacher re-joins and a new student joins", async () => {
    const session = await server.createSession();
    const host = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
    const names = Array.from({ length: 54 }, (_, i) => `Student ${i}`);
    const students = await joinAll(session.roomId, names);
    const room = roomOf(session.roomId);
    const dropped = students.slice(0, 10);
    for (const s of dropped) dropOnServer(room, s);
    await waitFor(() => seatCensus(room).holds === 10, "ten reconnections held");

    await joinAll(session.roomId, names.slice(0, 10));
    // The seats were reclaimed by token: the reconnections their old connections held are free again.
    await waitFor(() => seatCensus(room).holds === 0, "the held reconnections released");
    expect(seatCensus(room).clients).toBe(55);

    await host.room.leave(true);
    const again = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
    const late = await student(session.roomId, "Late student");
    expect(again.errors).toEqual([]);
    expect(late.errors).toEqual([]);
    expect(seatCensus(room)).toEqual({ clients: 56, holds: 0, waiting: 0, locked: false });
    await Promise.all([again, late, ...students.slice(10)].map((s) => s.room.leave(true)));
  });

  it("a reload takes its own seat over without leaving a counted connection behind", async () => {
    const session = await server.createSession();
    const room = roomOf(session.roomId);
    // The old page's socket drops first (the reload closes it badly), then the new page joins with the token.
    const first = await student(session.roomId, "Bram");
    dropOnServer(room, first);
    await waitFor(() => seatCensus(room).holds === 1, "Bram's reconnection held");
    const second = await student(session.roomId, "Bram");
    second.room.reconnection.maxRetries = 0;
    await waitFor(() => seatCensus(room).holds === 0, "the old reconnection released");
    expect(seatCensus(room).clients).toBe(1);

    // The new page comes first and the old socket never completes the close: it is cut off, and holds nothing.
    const old = room.clients[0] as unknown as { ref: { close(): void; terminate(): void } };
    old.ref.close = () => {};
    const third = await student(session.roomId, "Bram");
    await waitFor(() => seatCensus(room).clients === 1, "the unanswering old socket cut off", 5_000);
    // Its abnormal close came after its seat was gone: no reconnection is held for it.
    await new Promise((r) => setTimeout(r, 100));
    expect(seatCensus(room)).toEqual({ clients: 1, holds: 0, waiting: 0, locked: false });
    expect(third.errors).toEqual([]);
    await third.room.leave(true);
  });
});
