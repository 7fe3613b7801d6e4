// What a message payload may be: a plain JSON object. msgpack can carry more (BigInt, Date, binary, Map,
// undefined, NaN) and the engine's schemas would let some of it through, so the room refuses it first.
import type { ErrorCode } from "../../shared/protocol/errors.ts";

/** Levels of objects and arrays below the payload object itself; every command needs one at most. */
export const MAX_PAYLOAD_DEPTH = 8;

/** JSON text of one payload; beyond this it is refused unread (the transport also caps frames at 64 KiB). */
export const MAX_MESSAGE_CHARS = 4_000;

export type PayloadRefusal = Extract<
  ErrorCode,
  "payload_not_object" | "payload_not_json" | "payload_too_deep" | "message_too_large"
>;

/**
 * A string UTF-8 and the store can carry as it is: no lone surrogate, and no NUL character (PostgreSQL's text and
 * jsonb refuse "\u0000", so it would fail the log write instead of being refused as a bad payload).
 */
export function wellFormed(s: string): boolean {
  return !/\p{Surrogate}/u.test(s) && !s.includes("\u0000");
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

/** The first rule a single value breaks, not looking inside arrays and objects. */
function leafRefusal(value: unknown): PayloadRefusal | undefined {
  switch (typeof value) {
    case "string":
      return wellFormed(value) ? undefined : "payload_not_json";
    case "number":
      return Number.isFinite(value) ? undefined : "payload_not_json";
    case "boolean":
      return undefined;
    case "object":
      if (value === null || isPlainArray(value) || isPlainObject(value)) return undefined;
      return "payload_not_json";
    default:
      return "payload_not_json"; // bigint, undefined, symbol, function
  }
}

/**
 * Why `payload` is refused, or undefined if it is a plain JSON object within the depth and size limits. Walks
 * without recursion, so no nesting can overflow the stack; stops at the first breach.
 */
export function payloadRefusal(payload: unknown): PayloadRefusal | undefined {
  if (typeof payload !== "object" || payload === null || !isPlainObject(payload) || Array.isArray(payload))
    return "payload_not_object";
  const stack: Array<[value: unknown, depth: number]> = [[payload, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, depth] = next;
    const refusal = leafRefusal(value);
    if (refusal) return refusal;
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_PAYLOAD_DEPTH) return "payload_too_deep";
    if (Object.getOwnPropertySymbols(value).length > 0) return "payload_not_json";
    const entries = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value) && !Object.keys(value).every(wellFormed)) return "payload_not_json";
    for (const child of entries) stack.push([child, depth + 1]);
  }
  // Only plain values are left: the text cannot throw, and its length is what the size limit counts.
  return JSON.stringify(payload).length > MAX_MESSAGE_CHARS ? "message_too_large" : undefined;
}
