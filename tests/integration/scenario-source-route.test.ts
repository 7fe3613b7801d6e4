// GET /api/scenarios/:id/source: the YAML text of a scenario the server offers, for the preview page that runs the
// engine on it in the browser; nothing for an id the folder does not offer.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fromThisMachine } from "../../server/http/scenario-source-route.ts";
import { startTestServer, type TestServer, TUTORIAL } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

test("an offered scenario's text comes back as read, with a file name to report problems against", async () => {
  const source = readFileSync(new URL(`../../scenarios/${TUTORIAL.id}.yaml`, import.meta.url), "utf8");
  const response = await fetch(`${server.url}/api/scenarios/${TUTORIAL.id}/source`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ id: TUTORIAL.id, file: `${TUTORIAL.id}.yaml`, source });
});

test("an id the folder does not offer is a 404 with the error code", async () => {
  const response = await fetch(`${server.url}/api/scenarios/nope/source`);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: "unknown_scenario" });
});

test("the answer key stays on the server's machine: a request through a proxy is refused in words", async () => {
  const response = await fetch(`${server.url}/api/scenarios/${TUTORIAL.id}/source`, {
    headers: { "X-Forwarded-For": "10.0.0.7", "Accept-Language": "nl" },
  });
  expect(response.status).toBe(403);
  expect((await response.json()).error).toBe("preview_local_only");
  const from = (remoteAddress: string, headers: Record<string, string> = {}) =>
    fromThisMachine({ headers, socket: { remoteAddress } } as never);
  expect(from("127.0.0.1")).toBe(true);
  expect(from("::1")).toBe(true);
  expect(from("192.168.1.23")).toBe(false);
  expect(from("127.0.0.1", { "x-real-ip": "192.168.1.23" })).toBe(false);
});
