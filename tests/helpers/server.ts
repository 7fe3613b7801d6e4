// Starts the real game server in-process on a free port, with @colyseus/testing's helpers around it.
import type { Room } from "@colyseus/sdk";
import { ColyseusTestServer } from "@colyseus/testing";
import { createGameServer, type GameServerOptions } from "../../server/app.ts";
import { loadScenarioCatalog } from "../../server/scenarios/load-catalog.ts";
import { openPglite } from "../../server/store/sql-client.ts";
import { SqlStore, type Store } from "../../server/store/store.ts";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import { freePort } from "./free-port.ts";

const SCENARIOS_DIR = new URL("../../scenarios", import.meta.url).pathname;
/** The short shipped scenario; tests that only need a session use it. */
export const TUTORIAL = { id: "tutorial-nl", title: "Oefenronde: mevrouw Jansen vergeet haar afspraken" };

export type TestServer = {
  colyseus: ColyseusTestServer;
  restoreSessions: () => Promise<{ restored: string[]; failed: string[] }>;
  store: Store;
  url: string;
  createSession: (body?: Record<string, unknown>) => Promise<CreateSessionResponse>;
  /** Joins by room id and resolves once the first full state has arrived. */
  join: (roomId: string, options: Record<string, unknown>) => Promise<Room>;
  /** `keepStore` leaves the store open for a server started after this one, as after a restart. */
  stop: (options?: { keepStore?: boolean }) => Promise<void>;
};

export async function startTestServer(
  options: Partial<GameServerOptions> & { port?: number } = {},
): Promise<TestServer> {
  const port = options.port ?? (await freePort());
  const catalog = options.catalog ?? (await loadScenarioCatalog(SCENARIOS_DIR));
  const store = options.store ?? (await SqlStore.open(await openPglite(undefined)));
  const { server, restoreSessions } = createGameServer({
    catalog,
    store,
    clientDir: undefined,
    publicUrl: undefined,
    maxPlayersPerSession: 60,
    sessionIdleMs: 60 * 60_000,
    reconnectSeconds: 30,
    timeScale: 1,
    handleSignals: false,
    ...options,
  });
  await server.listen(port, "127.0.0.1");
  const colyseus = new ColyseusTestServer(server);
  const url = `http://127.0.0.1:${port}`;
  return {
    colyseus,
    restoreSessions,
    store,
    url,
    async createSession(body = { scenarioId: TUTORIAL.id, language: "nl", teamSize: 3 }) {
      const response = await fetch(`${url}/api/sessions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (response.status !== 201)
        throw new Error(`create failed: ${response.status} ${await response.text()}`);
      return (await response.json()) as CreateSessionResponse;
    },
    async join(roomId, options) {
      const room = await colyseus.sdk.joinById(roomId, options);
      await room.waitForInitialState();
      return room;
    },
    async stop({ keepStore = false } = {}) {
      await colyseus.shutdown();
      if (!keepStore) await store.close();
    },
  };
}
