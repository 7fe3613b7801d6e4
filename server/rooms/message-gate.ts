// Reads every frame a client sends before Colyseus does, so each message gets one answer and a bad frame an error.
//
// @colyseus/core 0.18 decodes a ROOM_DATA frame in RoomMessages.onData: the type with @colyseus/schema's
// decode.string/decode.number (which reads the empty string "" as the number `undefined`), the body with msgpackr's
// `unpack`; a body that fails to unpack closes the socket (4002) without a word, and the type "*" is handed to the
// wildcard handler as if the payload were the type. No public hook sits before that, so the room takes the frame at
// `Room._onMessage`, the per-frame entry that Colyseus' own latency simulation and @colyseus/testing wrap as well:
// data frames are read here, everything else (join, leave, ping, requests) goes on to Colyseus unchanged.
import { type Client, ClientState, CloseCode, Protocol, type Room } from "@colyseus/core";
import { unpack } from "msgpackr";
import { type ErrorCode, INVALID_COMMAND } from "../../shared/protocol/errors.ts";
import { payloadRefusal, wellFormed } from "./plain-payload.ts";

/** Longest message type answered as sent; every real type is far shorter. */
export const MAX_TYPE_CHARS = 64;

/** A frame as the room sees it. */
export type Frame =
  /** A message: `command` is the type as sent, or INVALID_COMMAND; `refusal` if it must be refused unread. */
  | { kind: "message"; command: string; payload: unknown; refusal?: ErrorCode }
  /** Cannot be decoded: answered with `message_unreadable`, then the connection is closed. */
  | { kind: "unreadable"; command: string }
  /** Colyseus' own business (join, leave, ping, requests). */
  | { kind: "colyseus" };

const PASSED_ON = new Set<number>([
  Protocol.JOIN_ROOM,
  Protocol.LEAVE_ROOM,
  Protocol.PING,
  Protocol.ROOM_REQUEST,
]);

/** The low five bits of a frame's first byte are its opcode (PROTOCOL_CODE_MASK in @colyseus/shared-types). */
const CODE_MASK = 0x1f;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Bytes after a msgpack number prefix (the protocol writes a numeric type this way); fixints have none. */
const NUMBER_WIDTH: Readonly<Record<number, number>> = {
  202: 4,
  203: 8,
  204: 1,
  205: 2,
  206: 4,
  207: 8,
  208: 1,
  209: 2,
  210: 4,
  211: 8,
};
const numberWidth = (prefix: number) => (prefix < 0x80 || prefix >= 0xe0 ? 0 : NUMBER_WIDTH[prefix]);
/** Bytes of the length after a str8 / str16 / str32 prefix. */
const STRING_LENGTH_BYTES: Readonly<Record<number, number>> = { 217: 1, 218: 2, 219: 4 };

/**
 * The message type at `offset`: a msgpack string (lengths little-endian, as @colyseus/schema writes them) or a
 * number. `type` is undefined when it is not a usable string; undefined overall when the header is broken.
 */
export function readType(
  bytes: Uint8Array,
  offset: number,
): { type: string | undefined; end: number } | undefined {
  const prefix = bytes[offset];
  if (prefix === undefined) return undefined;
  const lengthBytes = STRING_LENGTH_BYTES[prefix] ?? 0;
  const start = offset + 1 + lengthBytes;
  if (start > bytes.length) return undefined;
  let length: number | undefined;
  if (prefix >= 0xa0 && prefix <= 0xbf) length = prefix & 0x1f;
  else if (lengthBytes > 0) {
    length = 0;
    for (let i = lengthBytes - 1; i >= 0; i--) length = length * 256 + (bytes[offset + 1 + i] ?? 0);
  }
  if (length === undefined) {
    const width = numberWidth(prefix);
    if (width === undefined || start + width > bytes.length) return undefined;
    return { type: undefined, end: start + width };
  }
  const end = start + length;
  if (end > bytes.length) return undefined;
  let type: string | undefined;
  try {
    type = utf8.decode(bytes.subarray(start, end));
  } catch {
    type = undefined;
  }
  return {
    type: type !== undefined && type.length <= MAX_TYPE_CHARS && wellFormed(type) ? type : undefined,
    end,
  };
}

/** Decodes a msgpack body; a nesting too deep for the decoder's recursion is told apart from a broken body. */
function readBody(body: Uint8Array): { payload: unknown } | { refusal: ErrorCode } | undefined {
  if (body.length === 0) return { payload: undefined };
  try {
    return { payload: unpack(body) };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return { refusal: "payload_too_deep" };
    return undefined;
  }
}

/** Reads one frame; pure, so the fuzz tests and the room agree on what a frame is. */
export function readFrame(bytes: Uint8Array): Frame {
  const code = (bytes[0] ?? 0) & CODE_MASK;
  if (bytes.length > 0 && PASSED_ON.has(code)) return { kind: "colyseus" };
  if (code !== Protocol.ROOM_DATA && code !== Protocol.ROOM_DATA_BYTES)
    return { kind: "unreadable", command: INVALID_COMMAND };
  const header = readType(bytes, 1);
  if (!header) return { kind: "unreadable", command: INVALID_COMMAND };
  const command = header.type ?? INVALID_COMMAND;
  const rest = bytes.subarray(header.end);
  if (code === Protocol.ROOM_DATA_BYTES)
    return {
      kind: "message",
      command,
      payload: rest,
      refusal: header.type === undefined ? "type_invalid" : "payload_not_object",
    };
  const body = readBody(rest);
  if (!body) return { kind: "unreadable", command };
  if (header.type === undefined)
    return { kind: "message", command, payload: undefined, refusal: "type_invalid" };
  if ("refusal" in body) return { kind: "message", command, payload: undefined, refusal: body.refusal };
  const refusal = payloadRefusal(body.payload);
  return { kind: "message", command, payload: body.payload, ...(refusal ? { refusal } : {}) };
}

export type GateHandlers = {
  /** A decoded message, refused or not: the room answers it exactly once. */
  message(client: Client, frame: Extract<Frame, { kind: "message" }>): void;
  /** An undecodable frame: the room sends its error; the gate closes the connection right after. */
  unreadable(client: Client, command: string): void;
};

type FrameEntry = (client: Client, buffer: Uint8Array) => void;

/** Puts the gate in front of Colyseus' frame handling for this room; call in onCreate, before anyone joins. */
export function installMessageGate(room: Room, handlers: GateHandlers) {
  const entry = room as unknown as { _onMessage: FrameEntry };
  const colyseus = entry._onMessage;
  entry._onMessage = (client, buffer) => {
    if (client.state === ClientState.LEAVING) return;
    const frame = readFrame(buffer);
    if (frame.kind === "colyseus") return colyseus.call(room, client, buffer);
    if (frame.kind === "message") return handlers.message(client, frame);
    handlers.unreadable(client, frame.command);
    client.leave(CloseCode.WITH_ERROR);
  };
}
