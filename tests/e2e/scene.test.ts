// The play page's drawn neighbourhood in real Chromium, through a round of the tutorial: Phaser loads only once
// the play page is up (never on the join page), the canvas is drawn, shared cards land on the scene's table as
// they do on the DOM's, an empty slot shows while an option waits for a card, an inject and a call are announced
// at their places, and the page logs no errors. With reduced motion nothing flies or pulses. Screenshots of the
// scene at each phase go to SHOTS_DIR.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenarioCatalog } from "../../server/scenarios/load-catalog.ts";
import { browserOrSkip, launchBrowser } from "../helpers/browser.ts";
import { buildClient } from "../helpers/build-client.ts";
import { colours } from "../helpers/canvas-colours.ts";
import { Scripted } from "../helpers/scripted.ts";
import { startTestServer, type TestServer, TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots10/scene";
/** Tutorial cards: S1 the social worker's, A1 the GP trainee's, V1 the district nurse's (sensitive). */
const S1 = "De vaste buurtbus die haar naar de praktijk bracht, rijdt sinds vorige maand niet meer.";
const INJECT = "Mevrouw Jansen belde: ze kan vrijdag weer niet komen.";

/**
 * The shipped tutorial, with its best option only open once S1 is on the table: no shipped scenario gates an
 * option on a card, and that is the one thing a player's view says about a card still missing.
 */
function tutorialWithGate(dir: string) {
  const yaml = readFileSync(new URL("../../scenarios/tutorial-nl.yaml", import.meta.url), "utf8");
  const gated = yaml.replace(
    "      - id: D\n        best: true\n",
    "      - id: D\n        best: true\n        available: { shared: S1 }\n",
  );
  if (gated === yaml) throw new Error("the tutorial's option B1-D moved; update this test");
  writeFileSync(join(dir, "tutorial-nl.yaml"), gated);
}

/** A card's flight takes most of a second, after the server's round trip: poll longer than vitest's 1 s default. */
const SOON = { timeout: 5_000 };
const fact = (canvas: Locator, name: string) => canvas.getAttribute(`data-${name}`);

describe.skipIf(!browserPath)("the drawn neighbourhood on the play page", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    const scenarios = mkdtempSync(join(tmpdir(), "wijkcrisis-scene-"));
    dirs.push(scenarios);
    tutorialWithGate(scenarios);
    const catalog = await loadScenarioCatalog(scenarios);
    expect(catalog.problems).toEqual([]);
    const clientDir = await buildClient();
    dirs.push(clientDir);
    server = await startTestServer({ clientDir, catalog });
    browser = await launchBrowser(browserPath ?? "");
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A student's page in the waiting room; `watch` sees the page before it opens the join page, `reducedMotion`
   * asks the browser to say the reader wants less motion.
   */
  async function joinAs(
    code: string,
    nickname: string,
    role: string,
    watch: (page: Page) => void,
    reducedMotion: "reduce" | "no-preference" = "no-preference",
  ) {
    if (!browser || !server) throw new Error("not started");
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion });
    watch(page);
    await page.goto(`${server.url}/join/${code}`);
    await page.getByLabel("Je naam").fill(nickname);
    await page.getByLabel("Je rol").selectOption(role);
    await page.getByRole("button", { name: "Meedoen" }).click();
    await page.getByRole("heading", { name: "Wachtruimte" }).waitFor();
    return page;
  }

  it("draws the scene after the page is usable and follows the round", async () => {
    mkdirSync(SHOTS, { recursive: true });
    if (!server) throw new Error("not started");
    const session = await server.createSession({ scenarioId: TUTORIAL.id, language: "nl", teamSize: 3 });
    const sdk = server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const problems: string[] = [];
    const phaserRequests: string[] = [];
    const page = await joinAs(session.code, "Amir", "AIOS", (p) => {
      p.on("console", (m) => {
        if (m.type() === "error") problems.push(`console: ${m.text()}`);
      });
      p.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      p.on("request", (r) => {
        if (/\/assets\/phaser-[^/]*\.js$/.test(r.url())) phaserRequests.push(r.url());
      });
    });
    const sw = await Scripted.player(sdk, session.roomId, "Sanne", "SW");
    const wv = await Scripted.player(sdk, session.roomId, "Wim", "WV");

    // The join page and the waiting room never ask for Phaser.
    expect(phaserRequests).toEqual([]);
    expect(await host.send("host.start")).toBe("ok");
    await page.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();
    // The page is usable before the scene is drawn: the introduction form takes text right away.
    await page.getByLabel("Wie ben ik?").fill("Amir, huisarts in opleiding");

    const canvas = page.getByTestId("scene").locator("canvas");
    await canvas.waitFor();
    expect(phaserRequests).toHaveLength(1);
    await expect.poll(() => fact(canvas, "table-cards"), SOON).toBe("0");
    expect(await canvas.getAttribute("role")).toBe("img");
    expect(await canvas.getAttribute("aria-label")).toContain("Nog geen kaarten op de teamtafel.");
    expect(await colours(page, canvas)).toBeGreaterThan(8);
    expect(await fact(canvas, "motion")).toBe("full");
    await canvas.screenshot({ path: `${SHOTS}/1-kennismaken.png` });

    await page.getByLabel("Wat kan ik voor jullie doen?").fill("Meedenken over de zorg");
    await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Via de chat");
    await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
    const intro = { whoIAm: "Student", whatICanDo: "Meedenken", howToReachMe: "Chat" };
    for (const p of [sw, wv]) expect(await p.send("kennismaken.submit", intro)).toBe("ok");
    await page.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();

    // The first decision's best option waits for a card: the scene shows an empty slot, never which card.
    await expect.poll(() => fact(canvas, "slots"), SOON).toBe("1");
    await page.getByText("De wijk in woorden").click();
    await page
      .locator(".scene-words-list")
      .getByText(/Er ontbreekt nog iets/)
      .waitFor();
    await canvas.screenshot({ path: `${SHOTS}/2-wat-is-er-aan-de-hand.png` });
    await page.getByText("De wijk in woorden").click();

    // A card shared by the social worker reaches the table in the DOM and, after its flight, in the scene.
    expect(await sw.send("card.share", { cardId: "S1" })).toBe("ok");
    await page.getByTestId("team-table").getByText(S1).waitFor();
    await expect.poll(() => fact(canvas, "table-cards"), SOON).toBe("1");
    expect(await fact(canvas, "flights")).toBe("1");
    expect(await fact(canvas, "slots")).toBe("0");
    expect(await canvas.getAttribute("aria-label")).toContain("1 kaart op de teamtafel.");
    await canvas.screenshot({ path: `${SHOTS}/3-card-shared.png` });

    // The student's own card flies from their seat too, and the nurse's sensitive one with its basis.
    await page.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    expect(await wv.send("card.share", { cardId: "V1", basis: "toestemming" })).toBe("ok");
    await expect.poll(() => fact(canvas, "table-cards"), SOON).toBe("3");

    // The practice assistant's call arrives at the practice on the map as it lands in the feed.
    expect(await host.send("host.inject", { injectId: "I1" })).toBe("ok");
    await page.locator(".feed").getByText(INJECT).waitFor();
    await expect.poll(() => fact(canvas, "events"), SOON).toBe("1");
    expect(await fact(canvas, "last-event")).toBe("inject:practice");
    expect(await fact(canvas, "pulses")).toBe("1");
    await canvas.screenshot({ path: `${SHOTS}/4-inject.png` });

    // A contact being called shows at its place, and its reply card joins the table.
    expect(await sw.send("contact.request", { contactId: "vrijwilligerscentrale" })).toBe("ok");
    await expect.poll(() => fact(canvas, "last-event"), SOON).toBe("call:contact:vrijwilligerscentrale");
    await expect.poll(() => fact(canvas, "table-cards"), SOON).toBe("4");
    await canvas.screenshot({ path: `${SHOTS}/5-call.png` });

    // The remaining phases and the outcome, each pictured.
    for (let guard = 0; guard < 5; guard++) {
      const v = host.view();
      if (v?.status === "ended") break;
      const phase = v?.phase?.id;
      expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
      const next = await host.waitForView(
        "the next phase",
        (x) => x.phase?.id !== phase || x.status === "ended",
      );
      if (next.status === "ended") await page.getByRole("heading", { name: "Afloop" }).waitFor();
      else await page.getByRole("heading", { name: `Fase: ${next.phase?.name}` }).waitFor();
      await page.waitForTimeout(300);
      await canvas.screenshot({
        path: `${SHOTS}/${6 + guard}-${next.status === "ended" ? "outcome" : next.phase?.id}.png`,
      });
    }
    expect(await colours(page, canvas)).toBeGreaterThan(8);
    expect(await fact(canvas, "table-cards")).toBe("4");

    // At 200 % zoom the scene is a thin strip: the page's essentials stay in sight.
    await page.setViewportSize({ width: 683, height: 384 });
    await expect
      .poll(async () => (await page.getByTestId("scene").boundingBox())?.height ?? 999)
      .toBeLessThan(90);
    await page.screenshot({ path: `${SHOTS}/9-zoom-200.png` });

    expect(problems).toEqual([]);
    for (const p of [sw, wv, host]) await p.room.leave();
  }, 90_000);
  it("keeps still when the reader asks for reduced motion: cards land at once, markers do not pulse", async () => {
    mkdirSync(SHOTS, { recursive: true });
    if (!server) throw new Error("not started");
    const session = await server.createSession({ scenarioId: TUTORIAL.id, language: "nl", teamSize: 3 });
    const sdk = server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const problems: string[] = [];
    const page = await joinAs(
      session.code,
      "Amir",
      "AIOS",
      (p) => p.on("pageerror", (e) => problems.push(`page error: ${e.message}`)),
      "reduce",
    );
    const sw = await Scripted.player(sdk, session.roomId, "Sanne", "SW");
    const wv = await Scripted.player(sdk, session.roomId, "Wim", "WV");
    expect(await host.send("host.start")).toBe("ok");
    const intro = { whoIAm: "Student", whatICanDo: "Meedenken", howToReachMe: "Chat" };
    await page.getByLabel("Wie ben ik?").fill("Amir, huisarts in opleiding");
    await page.getByLabel("Wat kan ik voor jullie doen?").fill("Meedenken over de zorg");
    await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Via de chat");
    await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
    for (const p of [sw, wv]) expect(await p.send("kennismaken.submit", intro)).toBe("ok");
    await page.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();
    const canvas = page.getByTestId("scene").locator("canvas");
    await canvas.waitFor();
    await expect.poll(() => fact(canvas, "motion"), SOON).toBe("reduced");

    // No flight to wait for: the scene has the card the moment the DOM's team table shows it.
    expect(await sw.send("card.share", { cardId: "S1" })).toBe("ok");
    await page.getByTestId("team-table").getByText(S1).waitFor();
    expect(await fact(canvas, "table-cards")).toBe("1");
    expect(await fact(canvas, "flights")).toBe("0");

    // The inject is marked at the practice, without a pulsing ring.
    expect(await host.send("host.inject", { injectId: "I1" })).toBe("ok");
    await page.locator(".feed").getByText(INJECT).waitFor();
    await expect.poll(() => fact(canvas, "last-event"), SOON).toBe("inject:practice");
    expect(await fact(canvas, "pulses")).toBe("0");
    await canvas.screenshot({ path: `${SHOTS}/10-reduced-motion.png` });
    expect(problems).toEqual([]);
    for (const p of [sw, wv, host]) await p.room.leave();
  }, 60_000);
});
