// The new-session page in a browser: a broken scenario file shows as "Weggelaten: file:line: reason" under the list,
// and once fixed it is offered on the next load of the page, without a restart of the server.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenarioCatalog } from "../../server/scenarios/load-catalog.ts";
import { browserOrSkip, launchBrowser } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHIPPED = new URL("../../scenarios/", import.meta.url).pathname;
const CASE = readFileSync(join(SHIPPED, "elke-week-een-andere-klacht.yaml"), "utf8");
const TITLE = "title: Elke week een andere klacht";

describe.skipIf(!browserPath)("the new-session page and the scenario folder", () => {
  let dir = "";
  let clientDir = "";
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "wijkcrisis-scenarios-"));
    copyFileSync(join(SHIPPED, "tutorial-nl.yaml"), join(dir, "tutorial-nl.yaml"));
    clientDir = await buildClient();
    server = await startTestServer({
      clientDir,
      catalog: await loadScenarioCatalog(dir, { warn: () => {} }),
    });
    browser = await launchBrowser(browserPath ?? "");
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const d of [dir, clientDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it("shows a broken file as left out with file and line, and offers it once fixed", async () => {
    if (!browser || !server) throw new Error("not started");
    const page = await (await browser.newContext({ locale: "nl-NL" })).newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const options = () => page.getByLabel("Scenario").locator("option").allTextContents();

    await page.goto(`${server.url}/host`);
    await page.locator(".scenario-about p").first().waitFor();
    expect(await page.locator(".scenario-left-out").count()).toBe(0);

    // A colon in an unquoted title (line 7): the YAML mistake a course designer makes first.
    expect(CASE).toContain(TITLE);
    writeFileSync(join(dir, "casus.yaml"), CASE.replace(TITLE, "title: Elke week: een andere klacht"));
    await page.reload();
    await page.getByRole("heading", { name: "Niet aangeboden" }).waitFor();
    const line = (await page.locator(".scenario-left-out li .left-out-line").textContent()) ?? "";
    expect(line).toMatch(/^Weggelaten: casus\.yaml:7: \S/);
    expect(line).not.toContain(dir);
    expect(await options()).toHaveLength(1);
    // Everything stays inside the white card, even a long scenario title in the select and a long reason.
    const overflow = await page.evaluate(() => {
      const card = document.querySelector(".host-form")?.getBoundingClientRect();
      if (!card) return ["no card"];
      return [...document.querySelectorAll(".host-form > *, .scenario-left-out li")]
        .filter((el) => el.getBoundingClientRect().right > card.right + 0.5)
        .map((el) => el.tagName.toLowerCase());
    });
    expect(overflow).toEqual([]);
    // Set SHOTS_DIR to keep a screenshot of the page with the left-out line.
    if (process.env.SHOTS_DIR) await page.screenshot({ path: join(process.env.SHOTS_DIR, "left-out.png") });

    writeFileSync(join(dir, "casus.yaml"), CASE);
    await page.reload();
    await expect.poll(options).toHaveLength(2);
    expect(await page.locator(".scenario-left-out").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
