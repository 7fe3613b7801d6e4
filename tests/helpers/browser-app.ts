// One real app for a browser test file: the built client served by the real server, and a Chromium to visit it.
import { rmSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser } from "./browser.ts";
import { buildClient } from "./build-client.ts";
import { startTestServer, type TestServer } from "./server.ts";

export type BrowserApp = {
  readonly server: TestServer;
  newPage(): Promise<Page>;
  /** A student's page that joined the session with this code and is waiting in the lobby. */
  joinAs(code: string, nickname: string, role: string): Promise<Page>;
};

/**
 * Registers set-up and tear-down in the calling describe block; every page gets a fresh Dutch-speaking context.
 * An uncaught error on any page, or anything its content security policy refused, fails the test it happened in:
 * a student would have met a broken screen.
 */
export function browserApp(
  browserPath: string,
  viewport = { width: 1280, height: 900 },
  /** Passed on to the server, e.g. `addressLimits` for a test of the limits per address. */
  serverOptions: Parameters<typeof startTestServer>[0] = {},
): BrowserApp {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let clientDir: string | undefined;
  const pageErrors: string[] = [];
  afterEach(() => {
    const seen = pageErrors.splice(0);
    expect(seen, "uncaught errors on the pages").toEqual([]);
  });
  beforeAll(async () => {
    clientDir = await buildClient();
    server = await startTestServer({ ...serverOptions, clientDir });
    browser = await launchBrowser(browserPath);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (clientDir) rmSync(clientDir, { recursive: true, force: true });
  });
  const app: BrowserApp = {
    get server() {
      if (!server) throw new Error("the app is not started yet");
      return server;
    },
    async newPage() {
      if (!browser) throw new Error("the browser is not started yet");
      const context = await browser.newContext({ locale: "nl-NL", viewport });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      page.on("pageerror", (error) => {
        console.error(`page error: ${error.message}`);
        pageErrors.push(`${page.url()}: ${error.message}`);
      });
      // Something the content security policy refused is a broken page too.
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy"))
          pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      return page;
    },
    async joinAs(code, nickname, role) {
      const page = await app.newPage();
      await page.goto(`${app.server.url}/join/${code}`);
      await page.getByLabel("Je naam").fill(nickname);
      await page.getByLabel("Je rol").selectOption(role);
      await page.getByRole("button", { name: "Meedoen" }).click();
      await page.getByRole("heading", { name: "Wachtruimte" }).waitFor();
      return page;
    },
  };
  return app;
}
