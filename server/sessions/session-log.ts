// Appends a session's accepted inputs to the store in seq order; callers await durability before acting on them.
import type { Store, StoredEvent } from "../store/store.ts";

export type Actor = { kind: "host" } | { kind: "player"; playerId: string } | { kind: "system" };

export class SessionLog {
  constructor(
    private readonly store: Store,
    readonly sessionId: string,
    private nextSeq = 1,
  ) {}

  /** The seq is taken synchronously, so concurrent appends keep the order in which they were accepted. */
  append(entry: {
    t: number;
    team: string | null;
    actor: Actor;
    type: string;
    payload: unknown;
  }): Promise<StoredEvent> {
    const event: StoredEvent = { seq: this.nextSeq++, at: Date.now(), ...entry };
    return this.store.append(this.sessionId, event).then(() => event);
  }
}
