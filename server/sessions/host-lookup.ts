// Finds the session a host key opens, live or not: the debrief and the exports must work the day after too.

import { withBootLock } from "../scale/cluster.ts";
import { hashSecret, secretsEqual } from "../security.ts";
import type { SessionRecord, Store, StoredEvent } from "../store/store.ts";
import { findLiveSession, findSessionByCode, type LiveSession } from "./directory.ts";

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
  const live = await findLiveSession(code);
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

export type Reopened =
  | { ok: true; roomId: string; reopened: boolean }
  | { ok: false; code: "lead_not_ended" | "lead_code_in_use" };

/**
 * The room of an ended session, for the teacher-led replay the day after: after a restart or an idle close the room
 * is gone, and students can only follow in a room. Boots it from the log as crash recovery does (`boot`), with the
 * session's own code and seats, so a returning student's stored seat gets in (the 410 `session_ended` lookup names
 * the room). A running session is never booted here (a restart restores those); nor one whose code a newer live
 * session has taken meanwhile, whose students would be sent to the wrong room. Two quick presses, or two teachers'
 * tabs on two processes, boot one room: the code's boot lock is shared by every process.
 */
export async function reopenEnded(
  store: Store,
  session: HostSession,
  boot: (sessionId: string) => Promise<string>,
): Promise<Reopened> {
  const { record, live } = session;
  if (live) return { ok: true, roomId: live.roomId, reopened: false };
  if (sessionStatus(record, await store.readLog(record.id)) !== "ended")
    return { ok: false, code: "lead_not_ended" };
  const existing = (other: LiveSession | undefined): Reopened | undefined => {
    if (other && other.sessionId !== record.id) return { ok: false, code: "lead_code_in_use" };
    if (other) return { ok: true, roomId: other.roomId, reopened: false };
    return undefined;
  };
  const result = await withBootLock(record.code, async (): Promise<Reopened> => {
    const found = existing(await findSessionByCode(record.code));
    return found ?? { ok: true, roomId: await boot(record.id), reopened: true };
  });
  if (result.ran) return result.value;
  return existing(await findSessionByCode(record.code)) ?? { ok: false, code: "lead_code_in_use" };
}
