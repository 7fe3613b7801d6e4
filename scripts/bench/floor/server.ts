// The floor's own tiny server, started by the suite as a child process: `tsx scripts/bench/floor/server.ts <port>`.
// The same transport settings as the game server (permessage-deflate at level 3 above 512 bytes).
import { defineRoom, defineServer, matchMaker } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { answerProbes } from "../probe.ts";
import { FloorRoom } from "./room.ts";

const port = Number(process.argv[2] ?? 2598);
const server = defineServer({
  rooms: { floor: defineRoom(FloorRoom) },
  transport: new WebSocketTransport({
    maxPayload: 64 * 1024,
    perMessageDeflate: { threshold: 512, zlibDeflateOptions: { level: 3 } },
  }),
  greet: false,
  gracefullyShutdown: false,
});
await server.listen(port, "127.0.0.1");
answerProbes(async (request) => {
  if (request.type !== "setup") throw new Error(`unknown request ${request.type}`);
  const rooms: { roomId: string; hostOptions: { host: true } }[] = [];
  for (let i = 0; i < Number(request.rooms); i++)
    rooms.push({
      roomId: (await matchMaker.createRoom("floor", { maxClients: Number(request.maxClients ?? 65) })).roomId,
      hostOptions: { host: true },
    });
  return rooms;
});
process.send?.({ id: 0, result: "ready" });
