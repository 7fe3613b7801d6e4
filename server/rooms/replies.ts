// What the room answers a client: a refusal in the client's language, and receipts for accepted commands, sent
// together right after the patch that carries their effect.
import type { Client } from "@colyseus/core";
import { type Language, translate } from "../../shared/i18n/index.ts";
import type { AckMessage, ErrorCode, ErrorMessage } from "../../shared/protocol/errors.ts";

/** The language a client joined with (both host and player options carry it); Dutch before that. */
export function languageOf(client: Client): Language {
  return (client.auth as { language?: Language } | undefined)?.language ?? "nl";
}

export function sendError(client: Client, command: string, code: ErrorCode, params?: Record<string, string>) {
  // A refused start that names its team has its own sentence; the code stays the engine's.
  const key = code === "roles_missing" && params ? "error.roles_missing_in_team" : (`error.${code}` as const);
  const message = translate(languageOf(client), key, params);
  client.send("error", { code, command, message, ...(params ? { params } : {}) } satisfies ErrorMessage);
}

/** How long accepted commands wait to share one early patch and their receipts. */
const ACK_WINDOW_MS = 15;

/**
 * Receipts go out right after a patch, so on the one ordered socket a client that reads `ack` already sees the
 * command's effect. Commands within a short window share one early patch: one flush per command would encode
 * the state for every client each time, which costs more than it saves once a whole class is busy.
 */
export class Receipts {
  private readonly pending: Array<[Client, string]> = [];
  private flush: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly patch: () => void,
    private readonly label: () => string,
  ) {}

  add(client: Client, command: string) {
    this.pending.push([client, command]);
    // Not the room clock: it ticks inside broadcastPatch, which would call this timer again from within itself.
    this.flush ??= setTimeout(() => {
      this.flush = undefined;
      try {
        this.patch();
      } catch (error) {
        // A patch that fails must neither stop the server nor swallow the receipts: each command got its effect.
        console.error(`session ${this.label()}: patch failed`, error);
      }
      for (const [c, cmd] of this.pending.splice(0)) c.send("ack", { command: cmd } satisfies AckMessage);
    }, ACK_WINDOW_MS);
  }

  dispose() {
    clearTimeout(this.flush);
  }
}
