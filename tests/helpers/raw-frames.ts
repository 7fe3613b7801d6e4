// Hand-built Colyseus frames for tests that send what no well-behaved SDK call would: BigInt, Date, bad bodies.
// The payload codec is msgpackr with the SDK's defaults (the SDK packs with `new Packr()`), the header the
// protocol's: one opcode byte, then the type as a msgpack string or number.
import { Protocol, type Room } from "@colyseus/sdk";
import { Packr } from "msgpackr";

const packr = new Packr();

/** Any value the SDK's codec can write: BigInt, Date, Map, Uint8Array and undefined included. */
export function packPayload(value: unknown): Uint8Array {
  return packr.pack(value);
}

/** A msgpack string header followed by `bytes` as they are (so invalid UTF-8 and lone surrogates can be sent). */
export function rawString(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  const head = n < 32 ? [0xa0 | n] : n < 256 ? [0xd9, n] : [0xda, n & 0xff, n >> 8];
  return Uint8Array.from([...head, ...bytes]);
}

/** The type as the SDK writes it: UTF-8 in a msgpack string, or a msgpack number. */
export function typeBytes(type: string | number): Uint8Array {
  if (typeof type === "string") return rawString(new TextEncoder().encode(type));
  if (Number.isInteger(type) && type >= 0 && type < 128) return Uint8Array.of(type);
  const b = new Uint8Array(9);
  b[0] = 0xcb;
  new DataView(b.buffer).setFloat64(1, type);
  return b;
}

/** A ROOM_DATA frame: `room.send(type, payload)` with the header and body given as bytes. */
export function dataFrame(type: string | number | Uint8Array, body?: Uint8Array): Uint8Array {
  const head = type instanceof Uint8Array ? type : typeBytes(type);
  return Uint8Array.from([Protocol.ROOM_DATA, ...head, ...(body ?? [])]);
}

/** A ROOM_DATA_BYTES frame: `room.sendBytes(type, bytes)`. */
export function bytesFrame(type: string, bytes: Uint8Array): Uint8Array {
  return Uint8Array.from([Protocol.ROOM_DATA_BYTES, ...typeBytes(type), ...bytes]);
}

/** Sends one frame as it is, past the SDK's own encoding. */
export function sendRaw(room: Room, frame: Uint8Array) {
  room.connection.send(frame);
}

/** Nested arrays `depth` deep around an empty one, as msgpack: 0x91 (array of one) repeated, then 0x90. */
export function nestedArrays(depth: number): Uint8Array {
  const b = new Uint8Array(depth + 1).fill(0x91);
  b[depth] = 0x90;
  return b;
}
