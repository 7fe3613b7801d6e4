// Puts the game server together from its parts; main.ts and the tests both build it here.
import { defineRoom, defineServer, matchMaker, type Server } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { Encoder } from "@colyseus/schema";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { newSecret } from "../shared/ids.ts";
import { ROOM_NAME } from "../shared/protocol/session.ts";
import { type AddressLimitConfig, AddressLimits } from "./http/address-limits.ts";
import { apiRouter } from "./http/api.ts";
import { apiCors, corsPolicy, matchmakingCors } from "./http/cors.ts";
import { guardedHttpServer } from "./http/matchmake-guard.ts";
import { compressText, serveClient } from "./http/static.ts";
import { createSessionRoom } from "./rooms/session-room.ts";
import { adoptOrphans, startOrphanSweep } from "./scale/orphans.ts";
import type { ScenarioCatalog } from "./scenarios/catalog.ts";
import { setAdoption } from "./sessions/directory.ts";
import type { Store } from "./store/store.ts";

/**
 * Each room's encoder holds one buffer of this size. Patches are small now that views travel in parts; the largest
 * message is the full state a host gets on joining: one host view per team (up to ~13 kB each for the longer
 * scenarios, chat capped), so ~260 kB for 20 teams. Past the buffer the encoder grows it (with a console warning).
 */
Encoder.BUFFER_SIZE = 512 * 1024;

export type GameServerOptions = {
  catalog: ScenarioCatalog;
  store: Store;
  clientDir: string | undefined;
  publicUrl: string | undefined;
  maxPlayersPerSession: number;
  sessionIdleMs: number;
  reconnectSeconds: number;
  timeScale: number;
  /**
   * permessage-deflate: a view update repeats most of the previous one, which the compression window still holds,
   * so updates shrink to a fraction on the wire. Default on; off only to measure the difference.
   */
  compress?: boolean;
  /** Off in tests, which stop the server themselves. */
  handleSignals: boolean;
  /** `npm run dev`: the Vite server's port, whose pages may call the API from their own origin. */
  devClientPort?: string | undefined;
  /**
   * Several processes: Colyseus's presence and room listings in this Redis, and the address (host:port, or
   * host/path behind a proxy) at which clients reach this very process. Absent: one process, all in memory.
   */
  cluster?: { redisUrl: string; publicAddress: string; adoptEveryMs?: number };
  /**
   * Limits per client address on code look-ups, session creation, joins and wrong host keys (http/address-limits.ts,
   * defaults there). main.ts always passes them; absent, nothing is limited (tests and benchmarks drive many clients
   * from one address).
   */
  addressLimits?: Partial<AddressLimitConfig> | undefined;
};

export type GameServer = {
  server: Server;
  /**
   * Rebuilds here every session the store holds as running that no live process serves; call once the server
   * listens. With several processes it then keeps doing so every few seconds, for processes that die later.
   */
  restoreSessions(): Promise<{ restored: string[]; failed: string[] }>;
  /** Ends the periodic take-over of orphaned sessions (before the store closes). */
  stopSweeping(): void;
};

export function createGameServer(options: GameServerOptions): GameServer {
  const createSecret = newSecret();
  const cors = corsPolicy(options.devClientPort);
  matchmakingCors(cors);
  const limits = options.addressLimits ? new AddressLimits(options.addressLimits) : undefined;
  const SessionRoom = createSessionRoom({
    store: options.store,
    catalog: options.catalog,
    timeScale: options.timeScale,
    createSecret,
    maxPlayers: options.maxPlayersPerSession,
    idleMs: options.sessionIdleMs,
    reconnectSeconds: options.reconnectSeconds,
    addressLimits: limits,
  });
  const cluster = options.cluster;
  const server = defineServer({
    rooms: { [ROOM_NAME]: defineRoom(SessionRoom) },
    ...(cluster
      ? {
          presence: new RedisPresence(cluster.redisUrl),
          driver: new RedisDriver(cluster.redisUrl),
          publicAddress: cluster.publicAddress,
        }
      : {}),
    // A room lives where it was asked for: the process that answered the teacher's request (or rebuilds a session)
    // holds its secret, and a proxy in front already spreads the requests over the processes.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
    // A hard cap on frames; the room refuses smaller oversize messages itself, with an error the client can show.
    transport: new WebSocketTransport({
      // Join bodies capped and counted under their real address before Colyseus reserves a seat for them.
      server: guardedHttpServer({ trustedProxies: options.addressLimits?.trustedProxies ?? 0 }),
      maxPayload: 64 * 1024,
      perMessageDeflate:
        options.compress === false ? false : { threshold: 512, zlibDeflateOptions: { level: 3 } },
    }),
    greet: false,
    gracefullyShutdown: options.handleSignals,
    express: (app) => {
      app.disable("x-powered-by");
      app.use(compressText);
      app.use(
        "/api",
        apiCors(cors),
        apiRouter({
          catalog: options.catalog,
          store: options.store,
          createSecret,
          publicUrl: options.publicUrl,
          limits,
        }),
      );
      if (options.clientDir) serveClient(app, options.clientDir);
    },
  });
  const restore = async (sessionId: string) => {
    await matchMaker.createRoom(ROOM_NAME, { restore: sessionId, createSecret });
  };
  setAdoption({ store: options.store, restore });
  let stopSweep: (() => void) | undefined;
  return {
    server,
    stopSweeping() {
      stopSweep?.();
      stopSweep = undefined;
    },
    async restoreSessions() {
      const result = await adoptOrphans(options.store);
      if (cluster && !stopSweep)
        stopSweep = startOrphanSweep(options.store, cluster.adoptEveryMs ?? 5_000, ({ restored, failed }) => {
          if (restored.length > 0) console.log(`Overgenomen / taken over: ${restored.join(", ")}`);
          for (const problem of failed) console.warn(`Not taken over: ${problem}`);
        });
      return result;
    },
  };
}
