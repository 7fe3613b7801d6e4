// Scripted clients for integration tests: real SDK connections that send commands and read their own views.
import type { Client, Room } from "@colyseus/sdk";
import { readSynced } from "../../shared/protocol/view-parts.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import { waitFor } from "./wait.ts";

type ErrorMessage = { code: string; command: string; message: string };
/** `views` is tagged for StateView: a client receives the map only once something in it is granted to it. */
type SyncedState = {
  views?: { get(key: string): { toJSON(): unknown } | undefined; keys(): IterableIterator<string> };
};

export class Scripted {
  readonly errors: ErrorMessage[] = [];
  /** Commands the server accepted, in order; each arrives after its effect's patch. */
  readonly acks: string[] = [];
  /** Seat PINs the server sent this client (on joining, and after a hand-over), newest last. */
  readonly pins: string[] = [];
  constructor(
    readonly room: Room,
    private readonly key: () => string | undefined,
    /** Every frame this client received from the server, decoded as text, for secrecy checks. */
    readonly frames: string[],
  ) {
    room.onMessage("error", (e: ErrorMessage) => this.errors.push(e));
    room.onMessage("ack", (a: { command: string }) => this.acks.push(a.command));
    room.onMessage("seat.pin", (m: { pin: string }) => this.pins.push(m.pin));
  }

  /** Joins and starts recording raw frames before the first state arrives. */
  private static async connect(sdk: Client, roomId: string, options: Record<string, unknown>) {
    const room = await sdk.joinById(roomId, options);
    const frames: string[] = [];
    const events = room.connection.events as { onmessage?: (event: { data: unknown }) => void };
    const deliver = events.onmessage;
    events.onmessage = (event) => {
      const data = event.data;
      const bytes =
        data instanceof ArrayBuffer
          ? new Uint8Array(data)
          : ArrayBuffer.isView(data)
            ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
            : undefined;
      frames.push(bytes ? new TextDecoder().decode(bytes) : String(data));
      deliver?.(event);
    };
    const first = new Promise<void>((resolve) => room.onStateChange.once(() => resolve()));
    await Promise.race([
      first,
      new Promise((_, reject) => setTimeout(() => reject(new Error("no state within 5 s")), 5_000)),
    ]);
    return { room, frames };
  }

  static async player(sdk: Client, roomId: string, nickname: string, role?: string, token?: string) {
    const { room, frames } = await Scripted.connect(sdk, roomId, {
      nickname,
      role,
      playerToken: token ?? `${nickname}-token-0123456789abcdef`,
    });
    const me = () => {
      const state = room.state as unknown as {
        players: Map<string, { sessionId: string; teamId: string; role: string }>;
      };
      for (const p of state.players.values()) if (p.sessionId === room.sessionId) return p;
      return undefined;
    };
    return new Scripted(
      room,
      () => {
        const p = me();
        return p?.teamId ? `${p.teamId}/${p.role}` : undefined;
      },
      frames,
    );
  }

  static async host(sdk: Client, roomId: string, hostKey: string, teamId = "T1") {
    const { room, frames } = await Scripted.connect(sdk, roomId, { hostKey });
    return new Scripted(room, () => `${teamId}/host`, frames);
  }

  private state(): SyncedState {
    return this.room.state as unknown as SyncedState;
  }

  allViews(): Record<string, string> {
    const out: Record<string, string> = {};
    const views = this.state().views;
    for (const key of views?.keys() ?? []) out[key] = JSON.stringify(readSynced(views?.get(key)) ?? null);
    return out;
  }

  view(): TeamView | undefined {
    const key = this.key();
    return key ? readSynced(this.state().views?.get(key)) : undefined;
  }

  async waitForView(what: string, test: (v: TeamView) => boolean, timeoutMs = 5_000): Promise<TeamView> {
    return waitFor(
      () => {
        const v = this.view();
        return v && test(v) ? v : undefined;
      },
      what,
      timeoutMs,
    );
  }

  /**
   * Sends a command and resolves with "ok" when the server's receipt arrives (its effect is then in this client's
   * state, since the patch precedes the receipt), or with the error code it was refused with.
   */
  async send(type: string, payload: unknown = {}): Promise<string> {
    const errorsBefore = this.errors.length;
    const acksBefore = this.acks.length;
    this.room.send(type, payload);
    return waitFor(() => {
      const error = this.errors.slice(errorsBefore).find((e) => e.command === type);
      if (error) return error.code;
      return this.acks.slice(acksBefore).includes(type) ? "ok" : undefined;
    }, `the server's answer to ${type}`);
  }
}
