// `npm start`: one process serving the built client and the game server on one port.
import { networkInterfaces } from "node:os";
import { createGameServer } from "./app.ts";
import { readConfig } from "./config.ts";
import { ensurePortFree } from "./port-check.ts";
import { loadScenarioCatalog } from "./scenarios/load-catalog.ts";
import { startRetention } from "./sessions/retention.ts";
import { describeStore, openStore } from "./store/open-store.ts";

/** Students need an address their laptops can reach; localhost only works on the teacher's own machine. */
function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return undefined;
}

/**
 * An error that escapes one session (a timer, a socket handler, a promise nobody awaited) is logged and the server
 * goes on: one room's bug must not stop every class on it. Colyseus's own handler shuts the process down on an
 * uncaught exception; it is taken off here, while its handling of Ctrl-C and SIGTERM stays.
 */
function keepRunningOnErrors(colyseusListeners: NodeJS.UncaughtExceptionListener[]) {
  for (const listener of colyseusListeners) process.off("uncaughtException", listener);
  process.on("uncaughtException", (error) => {
    console.error("Fout opgevangen, de server draait door / error caught, the server keeps running:", error);
  });
  process.on("unhandledRejection", (reason) => {
    console.error("Fout opgevangen, de server draait door / error caught, the server keeps running:", reason);
  });
}

async function main() {
  const config = readConfig();
  // Before anything opens (store, timers) that would keep a failed start from exiting.
  if (config.port !== 0) await ensurePortFree(config.port, config.host);
  const catalog = await loadScenarioCatalog(config.scenariosDir);
  for (const problem of catalog.problems) console.warn(`Scenario left out: ${problem}`);
  const store = await openStore(config);
  const lan = lanAddress();
  const publicUrl = config.publicUrl ?? (lan ? `http://${lan}:${config.port}` : undefined);
  // Each process's own address, as a client reaches its WebSocket: without it, joins through another process fail.
  const publicAddress =
    config.publicAddress ??
    `${config.host === "0.0.0.0" ? (lan ?? "localhost") : config.host}:${config.port}`;
  const listenersBefore = new Set(process.listeners("uncaughtException"));
  const { server, restoreSessions, stopSweeping } = createGameServer({
    catalog,
    store,
    clientDir: config.clientDir,
    publicUrl,
    maxPlayersPerSession: config.maxPlayersPerSession,
    sessionIdleMs: config.sessionIdleMs,
    reconnectSeconds: config.reconnectSeconds,
    timeScale: config.timeScale,
    handleSignals: true,
    devClientPort: config.devClientPort,
    ...(config.rateLimits ? { addressLimits: { trustedProxies: config.trustedProxies } } : {}),
    ...(config.redisUrl ? { cluster: { redisUrl: config.redisUrl, publicAddress } } : {}),
  });
  const stopRetention = startRetention(store, config.retentionMs, (count) =>
    console.log(
      `${count} afgelopen sessie(s) verwijderd na de bewaartermijn / ended session(s) deleted after retention`,
    ),
  );
  keepRunningOnErrors(process.listeners("uncaughtException").filter((l) => !listenersBefore.has(l)));
  server.onShutdown(async () => {
    stopSweeping();
    stopRetention();
    await store.close();
    console.log("Wijkcrisis gestopt / stopped.");
  });
  await server.listen(config.port, config.host);
  const { restored, failed } = await restoreSessions();
  if (restored.length > 0)
    console.log(`Hersteld / restored: ${restored.length} session(s): ${restored.join(", ")}`);
  for (const problem of failed) console.warn(`Not restored: ${problem}`);
  const local = `http://localhost:${config.port}`;
  console.log(`\nWijkcrisis draait / is running.`);
  console.log(`  Docent / teacher:    ${local}/host`);
  if (publicUrl) console.log(`  Studenten / students: ${publicUrl}/join`);
  console.log(`  ${catalog.list().length} scenario(s) from ${config.scenariosDir}`);
  console.log(`  Opslag / store: ${describeStore(config)}`);
  if (config.redisUrl)
    console.log(`  Meerdere processen / several processes: Redis, this one at ${publicAddress}`);
  console.log(`Stop with Ctrl-C.\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
