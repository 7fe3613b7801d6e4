// What GET /api/scenarios/:id/source answers: an offered scenario's YAML text as the server read it, so the preview
// page (client/pages/preview/) can run the engine on exactly that file in the browser.
import { z } from "zod";

export const ScenarioSourceResponse = z.object({
  id: z.string(),
  /** A file name to report problems against (the scenario's id with `.yaml`), never the server's path. */
  file: z.string(),
  source: z.string(),
});
export type ScenarioSourceResponse = z.infer<typeof ScenarioSourceResponse>;
