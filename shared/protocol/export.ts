// The session export: everything a browser needs to replay a session on its own, the day after or from a file.
import { z } from "zod";
import { TeamNoteSchema } from "./notes.ts";
import { JoinCodeSchema, LanguageSchema } from "./session.ts";

export const EXPORT_FORMAT = "wijkcrisis-session";
export const EXPORT_VERSION = 1;

export const StoredEntrySchema = z.object({
  seq: z.number().int().min(0),
  t: z.number().int().min(0),
  /** null for session entries (lobby, start, end), else the team id. */
  team: z.string().nullable(),
  actor: z.unknown(),
  type: z.string(),
  payload: z.unknown(),
  /** Wall-clock ms when it was stored. */
  at: z.number(),
});
export type StoredEntry = z.infer<typeof StoredEntrySchema>;

/**
 * `GET /api/sessions/<code>/export` (host key). The scenario travels along as its YAML source with a version hash,
 * so the file replays even after the scenario file changed (parseScenario reads it back); `entries` is the whole
 * log in seq order, and the fold of those entries (scenarios/engine/session.ts) is the session.
 */
export const SessionExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number(),
  session: z.object({
    code: JoinCodeSchema,
    scenarioId: z.string(),
    language: LanguageSchema,
    teamSize: z.number().int().min(2).max(3),
    createdAt: z.number(),
    endedAt: z.number().nullable(),
  }),
  /** The scenario file's YAML text as the server had it. */
  scenarioSource: z.string(),
  /** A hash of that text: two exports with the same version played the same rules. */
  scenarioVersion: z.string(),
  /** The session's seed (from session.start); 0 if it never started. */
  seed: z.number().int().min(0),
  entries: z.array(StoredEntrySchema),
  /** Per team, the engine's debrief measures (scenarios/engine/debrief.ts), for readers without the engine. */
  teams: z.record(z.string(), z.object({ seed: z.number().int(), debrief: z.unknown() })),
  /**
   * The facilitator's notes per team (`GET /api/sessions/<code>/notes`), in team order: the teacher's own text, so
   * they may name students; the pseudonymised research export leaves them out. Absent in files exported before
   * notes travelled along.
   */
  notes: z.array(TeamNoteSchema).default([]),
});
export type SessionExport = z.infer<typeof SessionExportSchema>;
