// The scenario format as JSON Schema, so an author's editor can autocomplete and check a YAML file.
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
    description: "A Wijkcrisis scenario file (YAML). Ids follow the scenario brief: A1, S2, V3, I4, B2, F0.",
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
