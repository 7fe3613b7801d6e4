// A fast check of the log entry envelope for folding long logs. LogEntrySchema stays the specification; a property
// test proves this guard accepts exactly what the schema accepts (folding 25,000 entries spent ~12 ms in zod here).
import type { LogEntry } from "./log.ts";

const ROLE_ID = /^[A-Z]{2,6}$/;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const hasOnlyKeys = (v: Record<string, unknown>, allowed: readonly string[]) =>
  Object.keys(v).every((k) => allowed.includes(k));

const isCount = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

const isText = (v: unknown, min: number, max: number) =>
  typeof v === "string" && v.length >= min && v.length <= max;

function isActor(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  if (v.kind === "player") {
    return (
      hasOnlyKeys(v, ["kind", "playerId", "role"]) &&
      isText(v.playerId, 1, 64) &&
      typeof v.role === "string" &&
      ROLE_ID.test(v.role)
    );
  }
  return (v.kind === "host" || v.kind === "system") && hasOnlyKeys(v, ["kind"]);
}

export function isLogEntry(v: unknown): v is LogEntry {
  return (
    isPlainObject(v) &&
    hasOnlyKeys(v, ["seq", "t", "actor", "type", "payload"]) &&
    isCount(v.seq) &&
    isCount(v.t) &&
    isActor(v.actor) &&
    isText(v.type, 1, 64) &&
    // Its value may be anything, but the schema wants the key itself present.
    Object.hasOwn(v, "payload")
  );
}
