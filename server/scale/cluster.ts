// What several processes share through Colyseus's presence (Redis when REDIS_URL is set, in-memory otherwise): whether
// a room's process still runs, and one short lock per join code so exactly one process boots a session's room.
import { matchMaker } from "@colyseus/core";

/**
 * A process subscribes to its own channel `p:<processId>` for as long as it runs (Colyseus's IPC); when it dies its
 * Redis connection closes and the subscription goes at once. An empty channel is then confirmed with Colyseus's own
 * health check (a ping with a 2 s timeout), which also removes the dead process's room listings.
 */
export async function processAlive(processId: string): Promise<boolean> {
  if (processId === matchMaker.processId) return true;
  const channels = await matchMaker.presence.channels(`p:${processId}`);
  if (channels.length > 0) return true;
  return matchMaker.healthCheckProcessId(processId);
}

const LOCK_SECONDS = 30;
const WAIT_MS = 15_000;
const lockKey = (code: string) => `wijkcrisis:boot:${code}`;

/**
 * Runs `work` while holding the boot lock of a join code: creating a session's room, rebuilding it from the log, or
 * reopening an ended one. The lock expires by itself, so a process that dies holding it blocks nobody for long.
 * When another process holds it, returns `{ ran: false }`: at once when `wait` is false, else once that process is
 * done (the caller then looks again at what it did).
 */
export async function withBootLock<T>(
  code: string,
  work: () => Promise<T>,
  wait = true,
): Promise<{ ran: true; value: T } | { ran: false }> {
  const presence = matchMaker.presence;
  const key = lockKey(code);
  const count = await presence.incr(key);
  // Always (re)arm the expiry: a holder that died between incr and expire must not leave the key forever.
  await presence.expire(key, LOCK_SECONDS);
  if (count !== 1) {
    const started = Date.now();
    while (wait && (await presence.exists(key))) {
      if (Date.now() - started > WAIT_MS)
        throw new Error(`boot lock of ${code} still held after ${WAIT_MS} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { ran: false };
  }
  try {
    return { ran: true, value: await work() };
  } finally {
    await presence.del(key);
  }
}
