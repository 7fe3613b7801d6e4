// What the HTTP layer hands a new session room; validated again in the room because matchmaking is reachable by clients.
import { z } from "zod";
import { JoinCodeSchema, LanguageSchema, ScenarioSummary } from "../../shared/protocol/session.ts";

export const SessionCreateOptions = z.object({
  code: JoinCodeSchema,
  hostKey: z.string().min(20),
  /** Proves the request came through this server's HTTP API, not a client calling matchmaking directly. */
  createSecret: z.string().min(20),
  scenario: ScenarioSummary,
  language: LanguageSchema,
  teamSize: z.number().int().min(2).max(3),
});
export type SessionCreateOptions = z.infer<typeof SessionCreateOptions>;

/** Rebuilds a stored session after a restart; only this process's own start-up code knows the secret. */
export const SessionRestoreOptions = z.object({
  restore: z.string().min(1),
  createSecret: z.string().min(20),
});
