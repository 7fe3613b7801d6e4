// Finds the session a host key opens, live or not: the debrief and the exports must work the day after too.
import { hashSecret, secretsEqual } from "../security.ts";
import type { SessionRecord, Store, StoredEvent } from "../store/store.ts";
import { findSessionByCode, type LiveSession } from "./directory.ts";

export type HostSession = {
  record: SessionRecord;
  /** The running room, when this very session (not just its code) is live in some process. */
  live: LiveSession | undefined;
};

export type HostLookup =
  | { ok: true; session: HostSession }
  | { ok: false; code: "session_not_found" | "host_key_invalid" };

/**
 * Looks among the live rooms and in the store, newest first, for the session with this code whose host key matches.
 * A wrong key for a code that exists is `host_key_invalid`; a code nobody ever used (or retention deleted) is
 * `session_not_found`.
 */
export async function findHostSession(store: Store, code: string, hostKey: string): Promise<HostLookup> {
  const live = await findSessionByCode(code);
  const records = await store.sessionsByCode(code);
  if (live && !records.some((r) => r.id === live.sessionId)) {
    const record = await store.session(live.sessionId);
    if (record) records.unshift(record);
  }
  if (records.length === 0) return { ok: false, code: "session_not_found" };
  const keyHash = hashSecret(hostKey);
  const record = records.find((r) => secretsEqual(keyHash, r.hostKeyHash));
  if (!record) return { ok: false, code: "host_key_invalid" };
  return { ok: true, session: { record, live: live?.sessionId === record.id ? live : undefined } };
}

/** Where a session stands by its own log: the store's end mark may lag a crash, the log never does. */
export function sessionStatus(
  record: SessionRecord,
  events: readonly StoredEvent[],
): "lobby" | "playing" | "ended" {
  if (record.endedAt !== null || events.some((e) => e.type === "session.end" && e.team === null))
    return "ended";
  return events.some((e) => e.type === "session.start" && e.team === null) ? "playing" : "lobby";
}
