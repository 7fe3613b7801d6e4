// The gate's reading of frames and payloads, on its own: every byte string is classified without throwing, plain
// JSON objects pass unchanged, and everything msgpack carries beyond JSON is refused with its own code.
import fc from "fast-check";
import { Packr } from "msgpackr";
import { describe, expect, test } from "vitest";
import { MAX_TYPE_CHARS, readFrame } from "../../server/rooms/message-gate.ts";
import { MAX_PAYLOAD_DEPTH, payloadRefusal } from "../../server/rooms/plain-payload.ts";
import { INVALID_COMMAND } from "../../shared/protocol/errors.ts";
import { bytesFrame, dataFrame, nestedArrays, rawString } from "../helpers/raw-frames.ts";

const packr = new Packr();
const frameOf = (type: string | number | Uint8Array, payload?: unknown) =>
  readFrame(dataFrame(type, payload === undefined ? undefined : packr.pack(payload)));

/** JSON objects small and shallow enough to pass: what a well-behaved client sends. */
const jsonObject = fc
  .dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 })
  .filter((o) => JSON.stringify(o).length <= 4_000 && !JSON.stringify(o).includes("__proto__"));

describe("readFrame", () => {
  test("classifies any bytes without throwing", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(["message", "unreadable", "colyseus"]).toContain(readFrame(bytes).kind);
      }),
      { numRuns: 2_000 },
    );
  });

  test("passes a plain JSON object through unchanged, under the type as sent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: MAX_TYPE_CHARS }), jsonObject, (type, payload) => {
        const frame = frameOf(type, payload);
        expect(frame).toEqual({
          kind: "message",
          command: type,
          payload: JSON.parse(JSON.stringify(payload)),
        });
      }),
    );
  });

  test("names a type that is no usable string with the marker", () => {
    for (const type of [
      7,
      -1,
      3.5,
      "x".repeat(MAX_TYPE_CHARS + 1),
      rawString(Uint8Array.of(0xed, 0xa0, 0x80)),
    ])
      expect(frameOf(type, {})).toMatchObject({
        kind: "message",
        command: INVALID_COMMAND,
        refusal: "type_invalid",
      });
    expect(frameOf("", {})).toEqual({ kind: "message", command: "", payload: {} });
    expect(frameOf("*", "host.start")).toMatchObject({ command: "*", refusal: "payload_not_object" });
  });

  test("refuses what JSON cannot carry, and missing or non-object payloads", () => {
    const refusal = (payload: unknown) => (frameOf("chat.say", payload) as { refusal?: string }).refusal;
    for (const payload of [
      { text: 2n ** 63n },
      { text: new Date() },
      { text: Uint8Array.of(1) },
      { t: Number.NaN },
    ])
      expect(refusal(payload)).toBe("payload_not_json");
    // msgpackr turns a lone surrogate on the wire into U+FFFD; a value that still holds one is refused.
    expect(payloadRefusal({ text: "a\uD800" })).toBe("payload_not_json");
    expect(refusal({ text: "a\u0000b" })).toBe("payload_not_json");
    expect(refusal({ "a\u0000": "b" })).toBe("payload_not_json");
    for (const payload of [new Date(0), "host.start", 3, [], null, true])
      expect(refusal(payload)).toBe("payload_not_object");
    expect(readFrame(dataFrame("chat.say"))).toMatchObject({ refusal: "payload_not_object" });
    expect(readFrame(bytesFrame("chat.say", Uint8Array.of(1, 2)))).toMatchObject({
      command: "chat.say",
      refusal: "payload_not_object",
    });
  });

  test("refuses nesting too deep for the decoder as payload_too_deep, not as an unreadable frame", () => {
    const deep = Uint8Array.from([0x81, 0xa1, 0x78, ...nestedArrays(30_000)]);
    expect(readFrame(dataFrame("chat.say", deep))).toMatchObject({
      kind: "message",
      refusal: "payload_too_deep",
    });
  });

  test("calls a body the codec cannot read unreadable, naming the type; a broken header gets the marker", () => {
    for (const body of [
      Uint8Array.of(0x82, 0xa1, 0x61),
      Uint8Array.of(0x93),
      Uint8Array.of(0xd4, 0x01, 0x00),
    ])
      expect(readFrame(dataFrame("chat.say", body))).toEqual({ kind: "unreadable", command: "chat.say" });
    for (const frame of [
      Uint8Array.of(13),
      Uint8Array.of(13, 0xa5, 0x61),
      Uint8Array.of(13, 0xc0),
      Uint8Array.of(),
    ])
      expect(readFrame(frame)).toEqual({ kind: "unreadable", command: INVALID_COMMAND });
    expect(readFrame(Uint8Array.of(14, 1, 2))).toEqual({ kind: "unreadable", command: INVALID_COMMAND });
  });

  test("leaves join, leave, ping and requests to Colyseus", () => {
    for (const code of [10, 12, 18, 21]) expect(readFrame(Uint8Array.of(code))).toEqual({ kind: "colyseus" });
  });
});

describe("payloadRefusal", () => {
  test("never throws, whatever the value", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        (value) => {
          expect(() => payloadRefusal(value)).not.toThrow();
        },
      ),
      { numRuns: 1_000 },
    );
  });

  test("bounds the depth and the size", () => {
    const nest = (depth: number): unknown => (depth === 0 ? 1 : [nest(depth - 1)]);
    expect(payloadRefusal({ a: nest(MAX_PAYLOAD_DEPTH) })).toBeUndefined();
    expect(payloadRefusal({ a: nest(MAX_PAYLOAD_DEPTH + 1) })).toBe("payload_too_deep");
    expect(payloadRefusal({ text: "x".repeat(5_000) })).toBe("message_too_large");
    expect(payloadRefusal(Object.create(null))).toBeUndefined();
    expect(payloadRefusal(new (class Point {})())).toBe("payload_not_object");
    expect(payloadRefusal({ a: new Map() })).toBe("payload_not_json");
  });
});
