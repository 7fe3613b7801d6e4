// A reconnection storm: the school Wi-Fi drops a whole class of 60 at once. Every SDK reconnects by itself into
// its own seat within 10 seconds, nothing is left counted against the room, and the teacher still gets in.
import type { Room } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Scripted } from "../helpers/scripted.ts";
import { seatCensus } from "../helpers/seat-census.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

const CLASS = 60;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ maxPlayersPerSession: CLASS });
});
afterAll(async () => {
  await server.stop();
});

type PlayerState = { id: string; sessionId: string; connected: boolean };
const seatsOf = (room: Room) => [
  ...(room.state as unknown as { players: Map<string, PlayerState> }).players.values(),
];

describe("a reconnection storm", () => {
  it(`${CLASS} students dropped at once are all back in their seats within 10 s; the teacher still joins`, async () => {
    const session = await server.createSession();
    const host = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
    const students: Scripted[] = [];
    for (let i = 0; i < CLASS; i += 10)
      students.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, j) =>
            Scripted.player(server.colyseus.sdk, session.roomId, `Student ${i + j}`),
          ),
        )),
      );
    const room = server.colyseus.getRoomById(session.roomId);
    await waitFor(() => seatsOf(room).filter((s) => s.connected).length === CLASS, "the class online");
    const seatBefore = new Map(seatsOf(room).map((s) => [s.id, s.sessionId]));

    const back = students.map((s) => {
      // As the client's pages do (client/net/connection.ts): reconnect even right after joining.
      s.room.reconnection.minUptime = 0;
      return new Promise<void>((resolve) => s.room.onReconnect(() => resolve()));
    });
    const started = Date.now();
    for (const client of [...room.clients]) {
      if (client.sessionId === host.room.sessionId) continue;
      (client as unknown as { ref: { terminate(): void } }).ref.terminate();
    }
    await waitFor(() => seatCensus(room).holds === CLASS, "every seat held for its connection");
    await Promise.all(back);
    await waitFor(
      () => seatsOf(room).every((s) => s.connected && s.sessionId === seatBefore.get(s.id)),
      "every student online in the seat they had",
      10_000,
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(`reconnection storm: ${CLASS} students back in their seats in ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(10);
    expect(seatCensus(room)).toEqual({ clients: CLASS + 1, holds: 0, waiting: 0, locked: false });

    const teacher = await Scripted.host(server.colyseus.sdk, session.roomId, session.hostKey);
    expect(teacher.errors).toEqual([]);
    // Each socket answers again: a command gets its reply (in the lobby, the refusal a lobby gives).
    await expect(students[0]?.send("chat.say", { text: "weer terug" })).resolves.toBeTypeOf("string");
    await Promise.all([host, teacher, ...students].map((s) => s.room.leave(true)));
  }, 60_000);
});
