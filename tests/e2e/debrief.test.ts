// The debrief replay in a real browser: a short tutorial game, then the teacher replays it from the log alone.
import { mkdirSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import * as game from "../helpers/debrief-game.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots8";

const { A1, OPTION_A, OPTION_B, OPTION_D, QUESTION } = game.TUTORIAL_TEXT;

/** Whether A1 lies on the table at the moment shown, as the AIOS column of "Wie wist wat" says. */
const a1OnTable = (page: Page) =>
  page.locator('.role-view[data-role="AIOS"] [data-card="A1"]').getAttribute("data-on-table");

async function shoot(page: Page, name: string) {
  await game.screenshot(page, SHOTS, name);
  await game.screenshot(page, SHOTS, `${name}-full`, true);
}

describe.skipIf(!browserPath)("the debrief replay", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("replays a tutorial game: who knew what, a decision's preferences, scrubbing, reload, and the export file", async () => {
    const { teacher, code, pages } = await game.startTutorial(app, game.DUO);
    const [aios, sw] = pages as [Page, Page];

    // One card shared, then B1: different private preferences, a proposal, a vote.
    await aios.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await sw.getByTestId("team-table").getByText("Gedeeld door Amir").waitFor();
    await game.decideB1Apart(aios, sw, "Ze komt niet omdat de bus niet meer rijdt.");

    // The teacher's browser kept the host key: the debrief opens at the end of team T1's game.
    await teacher.goto(`${app.server.url}/debrief/${code}`);
    await teacher.getByRole("heading", { name: `Nabespreking: ${TUTORIAL.title}` }).waitFor();
    await expect.poll(() => new URL(teacher.url()).searchParams.get("team")).toBe("T1");
    const endSeq = new URL(teacher.url()).searchParams.get("seq");
    expect(Number(endSeq)).toBeGreaterThan(0);

    // Each role's view side by side: the AIOS column holds A1 (on the table), the SW column V1 (never shared).
    const aiosView = teacher.locator('.role-view[data-role="AIOS"]');
    const swView = teacher.locator('.role-view[data-role="SW"]');
    await aiosView.getByRole("heading", { name: "Huisarts in opleiding (AIOS)" }).waitFor();
    await swView.getByRole("heading", { name: "Sociaal werker (wijkteam)" }).waitFor();
    const [a, b] = [await aiosView.boundingBox(), await swView.boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1).toBe(true);
    expect(await a1OnTable(teacher)).toBe("true");
    await swView.locator('[data-card="V1"]').getByText("Nooit gedeeld").waitFor();
    await swView
      .getByText("Amir")
      .count()
      .then((n) => expect(n).toBe(0));
    await swView.getByText("Sanne").first().waitFor();
    expect(await game.overflow(teacher)).toBeLessThanOrEqual(0);
    await shoot(teacher, "debrief-end-1366");

    // Jumping to the decision: its panel opens with each player's preference next to the choice, and what was missing.
    const decisionMoment = teacher
      .locator(".moments button")
      .filter({ hasText: `Besloten: ${QUESTION} → ${OPTION_D}` });
    await decisionMoment.click();
    await expect.poll(() => decisionMoment.getAttribute("aria-current")).toBe("step");
    const decisionSeq = new URL(teacher.url()).searchParams.get("seq");
    const panel = teacher.locator('[data-decision="B1"]');
    await expect.poll(() => panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const prefs = panel.locator("table.prefs");
    await prefs
      .locator("tr", { hasText: "Amir, huisarts in opleiding (AIOS)" })
      .getByText(OPTION_A)
      .waitFor();
    await prefs.locator("tr", { hasText: "Sanne, sociaal werker (wijkteam)" }).getByText(OPTION_B).waitFor();
    await panel.getByText(`Besloten: ${OPTION_D} (door het team`).waitFor();
    await panel.getByText("Ze komt niet omdat de bus niet meer rijdt.").waitFor();
    await panel.getByText("Ongeïnformeerd").waitFor();
    await panel.getByText("‘Het vervoer naar de praktijk’ (had: Sociaal werker (wijkteam))").waitFor();
    await panel.getByText("‘Haar val en de trap’", { exact: false }).waitFor();
    await panel.getByText(`Op tafel bij het besluit: ${A1}`).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await shoot(teacher, "debrief-decision-1366");

    // The information flow: A1 was on the table for B1, V1 was not.
    const flow = teacher.locator("table.flow");
    await flow.locator('tr[data-card="A1"]').getByText("✓ op tafel").waitFor();
    await flow.locator('tr[data-card="V1"]').getByText("✗ niet op tafel").waitFor();
    await flow.locator('tr[data-card="V1"]').getByText("Nooit gedeeld").waitFor();
    // Each chart has its numbers in a table with a caption.
    await teacher.locator("caption", { hasText: "Cruciale kaarten op tafel, per verandering" }).waitFor();
    await teacher.locator("caption", { hasText: "De meters, bij elke verandering" }).waitFor();
    expect(await teacher.locator(".chart canvas").count()).toBe(2);
    await teacher.locator("table.flow").scrollIntoViewIfNeeded();
    await shoot(teacher, "debrief-flow-1366");
    await teacher.locator(".chart-figure").first().scrollIntoViewIfNeeded();
    await shoot(teacher, "debrief-charts-1366");

    // Scrubbing back to the start of the game: A1 is still only in the AIOS hand, and the table is empty.
    const scrubber = teacher.getByLabel("Speeltijd", { exact: true });
    await scrubber.focus();
    await scrubber.press("Home");
    await expect.poll(() => a1OnTable(teacher)).toBe("false");
    await teacher.getByTestId("replay-table").getByText("Er ligt nog niets op tafel.").waitFor();
    await aiosView
      .locator('[data-card="A1"]')
      .getByText("Nog niet gedeeld (komt op tafel om", { exact: false })
      .waitFor();
    const earlySeq = new URL(teacher.url()).searchParams.get("seq");
    expect(Number(earlySeq)).toBeLessThan(Number(decisionSeq));

    // A reload lands on the same moment; back returns to the decision, forward to the start again.
    await teacher.reload();
    await aiosView.waitFor();
    expect(new URL(teacher.url()).searchParams.get("seq")).toBe(earlySeq);
    expect(await a1OnTable(teacher)).toBe("false");
    await teacher.goBack();
    await expect.poll(() => new URL(teacher.url()).searchParams.get("seq")).toBe(decisionSeq);
    await expect.poll(() => a1OnTable(teacher)).toBe("true");
    await teacher.goForward();
    await expect.poll(() => a1OnTable(teacher)).toBe("false");

    // Playing event by event moves the moment on by itself, until the teacher pauses.
    await teacher.getByLabel("Snelheid").selectOption({ label: "Per gebeurtenis" });
    await teacher.getByRole("button", { name: "Afspelen" }).click();
    await expect.poll(() => a1OnTable(teacher), { timeout: 20_000 }).toBe("true");
    await teacher.getByRole("button", { name: "Pauzeren" }).click();
    expect(Number(new URL(teacher.url()).searchParams.get("seq"))).toBeGreaterThan(Number(earlySeq));

    // The export downloads, and /debrief/import replays the file in the browser alone.
    await teacher.getByText("Bestanden downloaden (4)").click();
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("button", { name: "Export downloaden (JSON)" }).click(),
    ]);
    mkdirSync(SHOTS, { recursive: true });
    const file = `${SHOTS}/export-${code}.json`;
    await download.saveAs(file);
    const fresh = await app.newPage();
    await fresh.goto(`${app.server.url}/debrief/import`);
    // A wrong file gets a sentence that names the field.
    const wrong = `${SHOTS}/not-an-export.json`;
    writeFileSync(
      wrong,
      JSON.stringify({ format: "wijkcrisis-session", version: 1, session: { code: "nee" } }),
    );
    await fresh.getByLabel("Exportbestand (JSON)").setInputFiles(wrong);
    await fresh
      .getByText(
        "not-an-export.json kan niet worden geopend. Dit exportbestand klopt niet: veld ‘exportedAt’: ontbreekt.",
      )
      .waitFor();
    await shoot(fresh, "debrief-import-error-1366");
    await fresh.getByLabel("Exportbestand (JSON)").setInputFiles(file);
    await fresh.getByRole("heading", { name: `Nabespreking: ${TUTORIAL.title}` }).waitFor();
    await fresh.getByText(`uit bestand export-${code}.json`, { exact: false }).waitFor();
    await fresh.locator('.role-view[data-role="SW"] [data-card="V1"]').getByText("Nooit gedeeld").waitFor();
    expect(await a1OnTable(fresh)).toBe("true");
    await fresh
      .locator(".moments button")
      .filter({ hasText: `Besloten: ${QUESTION} → ${OPTION_D}` })
      .waitFor();

    // A fresh browser with only the teacher link, at 200 % zoom (half the CSS pixels): the key leaves the address bar.
    const hostKey = await game.hostKeyOf(teacher, code);
    const zoomed = await game.zoomedContext(teacher);
    const small = await zoomed.newPage();
    await small.goto(`${app.server.url}/debrief/${code}?team=T1&seq=${decisionSeq}#key=${hostKey}`);
    await small.locator('.role-view[data-role="AIOS"]').waitFor();
    expect(new URL(small.url()).hash).toBe("");
    expect(await a1OnTable(small)).toBe("true");
    // Opened at the moment of a decision, its panel is open.
    await expect
      .poll(() => small.locator('[data-decision="B1"]').evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
    expect(await game.overflow(small)).toBeLessThanOrEqual(0);
    await shoot(small, "debrief-200pct");
    await small.locator('[data-decision="B1"]').scrollIntoViewIfNeeded();
    await shoot(small, "debrief-decision-200pct");
    await small.locator("table.flow").scrollIntoViewIfNeeded();
    await shoot(small, "debrief-flow-200pct");

    // Without any key, the page says what is needed and links home.
    const keyless = await app.newPage();
    await keyless.goto(`${app.server.url}/debrief/${code}`);
    await keyless
      .getByText(`Voor de nabespreking van sessie ${code} is de docentlink nodig.`, { exact: false })
      .waitFor();
    await keyless.getByRole("link", { name: "Naar de startpagina" }).waitFor();
    await zoomed.close();
  }, 90_000);
});
