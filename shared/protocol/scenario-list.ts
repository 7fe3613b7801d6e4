// What the new-session page gets from GET /api/scenarios: the scenarios on offer, and the files in the scenario
// folder that were left out because they do not pass the validator, so the teacher sees why a case is missing.
import { z } from "zod";
import { ScenarioSummary } from "./session.ts";

export const LeftOutFile = z.object({
  /** The file's name only, never the server's path to it. */
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  /** The validator's first problem in the file, in each language, so the page shows it in its own. */
  reason: z.object({ nl: z.string(), en: z.string() }),
  /** How many further problems the validator found in the same file. */
  more: z.number().int().default(0),
  /** Set when the file is valid but its id is already taken by another file (named here); `reason` says so. */
  duplicateOf: z.object({ id: z.string(), file: z.string() }).optional(),
});
export type LeftOutFile = z.infer<typeof LeftOutFile>;

export const ScenarioListResponse = z.object({
  scenarios: z.array(ScenarioSummary),
  /** Absent from a server that predates it: nothing left out. */
  leftOut: z.array(LeftOutFile).default([]),
});
export type ScenarioListResponse = z.infer<typeof ScenarioListResponse>;
