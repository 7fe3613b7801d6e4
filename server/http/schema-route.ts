// The scenario format's JSON Schema at a stable address, so an author's editor finds it from any folder:
//   # yaml-language-server: $schema=https://<server>/api/scenario.schema.json
// It is generated from the zod format on each start, so it always matches what this server accepts.
import type { Router } from "express";
import { scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";

export const SCHEMA_ROUTE = "/scenario.schema.json";

export function mountSchemaRoute(router: Router): void {
  const text = scenarioJsonSchemaText();
  router.get(SCHEMA_ROUTE, (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.type("application/schema+json").send(text);
  });
}
