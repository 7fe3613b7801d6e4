// Appends a session's accepted inputs to the store in seq order; callers await durability before acting on them.
import type { Store, StoredEvent } from "../store/store.ts";

export type LogInput = Omit<StoredEvent, "at">;

export class SessionLog {
  constructor(
    private readonly store: Store,
    readonly sessionId: string,
    private next = 1,
  ) {}

  /** The seq the next accepted input will get; the engine checks entries numbered with it before they are stored. */
  get nextSeq(): number {
    return this.next;
  }

  append(entry: LogInput): Promise<StoredEvent[]> {
    return this.appendAll([entry]);
  }

  /**
   * Entries must continue the seq exactly; all are written in one statement. The seqs are taken before the write,
   * so a failed write leaves a gap, never a reused number.
   */
  async appendAll(entries: readonly LogInput[]): Promise<StoredEvent[]> {
    entries.forEach((entry, i) => {
      if (entry.seq !== this.next + i)
        throw new Error(`log out of order: expected seq ${this.next + i}, got ${entry.seq}`);
    });
    this.next += entries.length;
    const at = Date.now();
    const events = entries.map((entry) => ({ ...entry, at }));
    await this.store.appendMany(this.sessionId, events);
    return events;
  }
}
