// What one raw frame got back: every `error` and `ack` that arrived after it, and whether the socket closed.
import { sendRaw } from "./raw-frames.ts";
import type { Scripted } from "./scripted.ts";

export type Reply = { kind: "error"; code: string; command: string } | { kind: "ack"; command: string };
export type Answer = { replies: Reply[]; closed: number | undefined };

const closes = new WeakMap<Scripted, { code: number | undefined }>();

function closeOf(client: Scripted) {
  let entry = closes.get(client);
  if (!entry) {
    const created: { code: number | undefined } = { code: undefined };
    client.room.onLeave((code: number) => {
      created.code = code;
    });
    closes.set(client, created);
    entry = created;
  }
  return entry;
}

/** Starts watching a client's close code; call before sending anything that may close it. */
export function watchClose(client: Scripted) {
  closeOf(client);
}

/**
 * Sends `frame` and collects what came back: waits for the first reply (or a close), then `settleMs` more so a
 * second reply would be seen. Without any reply it gives up after `timeoutMs`.
 */
export async function answerTo(
  client: Scripted,
  frame: Uint8Array,
  { settleMs = 60, timeoutMs = 2_000 } = {},
): Promise<Answer> {
  const close = closeOf(client);
  const errors = client.errors.length;
  const acks = client.acks.length;
  const collected = (): Reply[] => [
    ...client.errors.slice(errors).map((e) => ({ kind: "error" as const, code: e.code, command: e.command })),
    ...client.acks.slice(acks).map((command) => ({ kind: "ack" as const, command })),
  ];
  sendRaw(client.room, frame);
  const started = Date.now();
  while (collected().length === 0 && close.code === undefined && Date.now() - started < timeoutMs)
    await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, settleMs));
  return { replies: collected(), closed: close.code };
}
