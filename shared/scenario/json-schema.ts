// The scenario format as JSON Schema, so an author's editor can autocomplete, check and explain a YAML file: every
// field carries its Dutch help from format-help.ts. The server serves it at /api/scenario.schema.json.
import { z } from "zod";
import { ScenarioSchema } from "./format.ts";

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return {
    ...schema,
    $id: "https://wijkcrisis.local/scenario.schema.json",
    title: "Wijkcrisis scenario",
    description:
      "Een Wijkcrisis-scenariobestand (YAML). Ids volgen de casusbeschrijving: A1, S2, V3, I4, B2, F0. Dit schema staat ook op elke Wijkcrisis-server: # yaml-language-server: $schema=https://<server>/api/scenario.schema.json",
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
