// The game server as the suite runs it, in a child process of its own: `tsx scripts/bench/game-server.ts <port>`.
// Embedded store (PGlite) in a temporary folder, compression on as in `npm start`; sessions are created over HTTP.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGameServer } from "../../server/app.ts";
import { loadScenarioCatalog } from "../../server/scenarios/load-catalog.ts";
import { openStore } from "../../server/store/open-store.ts";
import { answerProbes } from "./probe.ts";

const port = Number(process.argv[2] ?? 2599);
const dataDir = mkdtempSync(join(tmpdir(), "wijkcrisis-bench-"));
const store = await openStore({ databaseUrl: undefined, dataDir });
const catalog = await loadScenarioCatalog("scenarios");
const { server } = createGameServer({
  catalog,
  store,
  clientDir: undefined,
  publicUrl: undefined,
  maxPlayersPerSession: Number(process.env.MAX_PLAYERS_PER_SESSION ?? 60),
  sessionIdleMs: 60 * 60_000,
  reconnectSeconds: 5,
  timeScale: 1,
  handleSignals: false,
});
await server.listen(port, "127.0.0.1");
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
process.on("exit", cleanUp);
process.on("SIGTERM", () => process.exit(0));
answerProbes();
process.send?.({ id: 0, result: "ready" });
