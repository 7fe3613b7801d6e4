// The one port serves the client: page paths load the app, missing files stay 404s, the API is not shadowed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
let clientDir: string;

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), "wijkcrisis-static-"));
  mkdirSync(join(clientDir, "assets"));
  writeFileSync(join(clientDir, "index.html"), "<!doctype html><title>app shell</title>");
  writeFileSync(join(clientDir, "assets", "app.js"), "console.log('app')");
  server = await startTestServer({ clientDir });
});
afterAll(async () => {
  await server.stop();
  rmSync(clientDir, { recursive: true, force: true });
});

describe("serving the built client", () => {
  it.each(["/", "/host", "/host/K7QM3", "/join/K7QM3"])(
    "answers the page path %s with the app",
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("app shell");
    },
  );

  it("serves assets as files and a missing asset as 404", async () => {
    expect(await (await fetch(`${server.url}/assets/app.js`)).text()).toContain("console.log");
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it("leaves the API to the API", async () => {
    const response = await fetch(`${server.url}/api/scenarios`);
    expect(response.headers.get("content-type")).toContain("application/json");
    const unknown = await fetch(`${server.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "invalid_request" });
  });
});
