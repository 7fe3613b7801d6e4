// Cross-origin calls: in class the pages and the server share one origin, so a page elsewhere gets no CORS headers
// from the API or the matchmaking routes (it used to get its own origin back with credentials); only the dev
// server's port (DEV_CLIENT_PORT, `npm run dev`) is answered, by name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.ts";

const ROUTES = ["/matchmake/joinById/abcdefghi", "/api/sessions", "/api/sessions/ABCDE"];

async function preflight(url: string, origin: string) {
  const response = await fetch(url, {
    method: "OPTIONS",
    headers: {
      Origin: origin,
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "content-type",
    },
  });
  return {
    origin: response.headers.get("access-control-allow-origin"),
    credentials: response.headers.get("access-control-allow-credentials"),
  };
}

describe("cross-origin requests", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ devClientPort: "5173" });
  });
  afterAll(async () => {
    await server.stop();
  });

  it("a page on another origin gets no CORS headers, from the API nor from matchmaking", async () => {
    for (const route of ROUTES) {
      const answer = await preflight(`${server.url}${route}`, "https://evil.example");
      expect(answer, route).toEqual({ origin: null, credentials: null });
    }
    // A real request from there is answered without them too: the browser keeps the answer from its script.
    const lookup = await fetch(`${server.url}/api/sessions/ABCDE`, {
      headers: { Origin: "https://evil.example" },
    });
    expect(lookup.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("the dev server's pages are answered by name", async () => {
    const dev = "http://192.168.1.20:5173";
    expect((await preflight(`${server.url}/api/sessions`, dev)).origin).toBe(dev);
    const matchmaking = await preflight(`${server.url}/matchmake/joinById/abcdefghi`, dev);
    expect(matchmaking).toEqual({ origin: dev, credentials: "true" });
  });
});
