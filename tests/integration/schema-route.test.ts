// The JSON Schema at a stable address on every server, so a scenario file kept in any folder can point its editor
// at it: # yaml-language-server: $schema=https://<server>/api/scenario.schema.json
import { afterAll, beforeAll, expect, test } from "vitest";
import { scenarioJsonSchemaText } from "../../shared/scenario/json-schema.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

test("the server serves the scenario JSON Schema, the same text as scenarios/scenario.schema.json", async () => {
  const response = await fetch(`${server.url}/api/scenario.schema.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/schema\+json/);
  expect(await response.text()).toBe(scenarioJsonSchemaText());
});
