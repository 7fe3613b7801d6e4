// Puts the game server together from its parts; main.ts and the tests both build it here.
import { defineRoom, defineServer, type Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import type { NextFunction, Request, Response } from "express";
import { newSecret } from "../shared/ids.ts";
import { ROOM_NAME } from "../shared/protocol/session.ts";
import { apiRouter } from "./http/api.ts";
import { serveClient } from "./http/static.ts";
import { createSessionRoom } from "./rooms/session-room.ts";
import type { ScenarioCatalog } from "./scenarios/catalog.ts";
import type { Store } from "./store/store.ts";

export type GameServerOptions = {
  catalog: ScenarioCatalog;
  store: Store;
  clientDir: string | undefined;
  publicUrl: string | undefined;
  maxPlayersPerSession: number;
  sessionIdleMs: number;
  reconnectSeconds: number;
  timeScale: number;
  /** Off in tests, which stop the server themselves. */
  handleSignals: boolean;
};

/** The Vite dev server runs on another port; the API answers it (it holds no cookies, so no CSRF exposure). */
function allowCrossOrigin(req: Request, res: Response, next: NextFunction) {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Access-Control-Allow-Headers", "Content-Type");
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
  if (req.method === "OPTIONS") res.sendStatus(204);
  else next();
}

export function createGameServer(options: GameServerOptions): Server {
  const createSecret = newSecret();
  const SessionRoom = createSessionRoom({
    store: options.store,
    catalog: options.catalog,
    timeScale: options.timeScale,
    createSecret,
    maxPlayers: options.maxPlayersPerSession,
    idleMs: options.sessionIdleMs,
    reconnectSeconds: options.reconnectSeconds,
  });
  return defineServer({
    rooms: { [ROOM_NAME]: defineRoom(SessionRoom) },
    // A hard cap on frames; the room refuses smaller oversize messages itself, with an error the client can show.
    transport: new WebSocketTransport({ maxPayload: 64 * 1024 }),
    greet: false,
    gracefullyShutdown: options.handleSignals,
    express: (app) => {
      app.disable("x-powered-by");
      app.use(
        "/api",
        allowCrossOrigin,
        apiRouter({ catalog: options.catalog, createSecret, publicUrl: options.publicUrl }),
      );
      if (options.clientDir) serveClient(app, options.clientDir);
    },
  });
}
