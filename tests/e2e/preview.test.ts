// The preview page in Chromium: an author opens /preview from the new-session page, sees a broken pasted file's
// problems in plain words, reads a shipped scenario from the server, plays it as one role against bots to an outcome
// on the students' own play screen, and then watches pooling bots play it to an outcome. Screenshots at 1366×768
// and 200 % (SHOTS_DIR), axe on every screen.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { injectAxe } from "../helpers/axe.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { LAPTOP, shooter } from "../helpers/class-shots.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots-preview";
const SOURCE = readFileSync(new URL("../../scenarios/tutorial-nl.yaml", import.meta.url), "utf8");
const TITLE_LINE = `title: "${TUTORIAL.title}"`;
const D = "Vervoer regelen en de afspraak opnieuw plannen.";
const B2 = "De SW is het vaste aanspreekpunt en belt de AIOS na de afspraak terug.";

/** axe-core's serious and critical findings, as "rule: selector" lines. */
async function axe(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const result = await (window as unknown as { axe: { run: () => Promise<Result> } }).axe.run();
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
}

describe.skipIf(!browserPath)("the preview page", () => {
  const app = browserApp(browserPath ?? "", LAPTOP);

  it("plays a shipped scenario as one role against bots to an outcome, then lets bots play it", async () => {
    const shoot = shooter(SHOTS);
    const page = await app.newPage();
    await page.goto(`${app.server.url}/host`);
    await page.getByRole("link", { name: "Scenario uitproberen" }).click();
    await page.getByRole("heading", { name: "Scenario uitproberen" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/preview");

    // A pasted file with an unquoted colon: the validator's advice with file and line, not the YAML library's words.
    expect(SOURCE).toContain(TITLE_LINE);
    const line = SOURCE.split("\n").indexOf(TITLE_LINE) + 1;
    await page
      .getByLabel("Of plak de tekst van het bestand")
      .fill(SOURCE.replace(TITLE_LINE, `title: ${TUTORIAL.title}`));
    await page.getByRole("button", { name: "Geplakte tekst inlezen" }).click();
    await page.getByRole("heading", { name: "Dit bestand kan nog niet gespeeld worden" }).waitFor();
    const issue = (await page.locator(".preview-errors .issue").first().textContent()) ?? "";
    expect(issue).toMatch(new RegExp(`^geplakt\\.yaml:${line}:\\d+ `));
    expect(issue).not.toContain("Implicit map keys");
    expect(await page.locator(".preview-mode").isHidden()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await shoot(page, "preview-errors");

    // A file of the author's own, chosen from disk.
    await page.locator("#preview-file").setInputFiles({
      name: "mijn-casus.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(SOURCE),
    });
    await page.getByText(`Ingelezen: ${TUTORIAL.title} (mijn-casus.yaml)`).waitFor();
    expect(await page.locator(".preview-errors").count()).toBe(0);

    // The shipped file from the server's folder.
    await page.getByLabel("Uit de scenariomap van de server").selectOption(TUTORIAL.id);
    await page.getByRole("button", { name: "Dit scenario inlezen" }).click();
    await page.getByText(`Ingelezen: ${TUTORIAL.title} (${TUTORIAL.id}.yaml)`).waitFor();
    await page.getByLabel("Jouw rol").selectOption("AIOS");
    expect(await axe(page)).toEqual([]);
    await shoot(page, "preview-setup");
    await page.getByRole("button", { name: "Starten" }).click();

    // The students' play screen, for the AIOS; the SW and WV are bots.
    await page.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();
    await page.getByLabel("Wie ben ik?").fill("De auteur, als huisarts in opleiding");
    await page.getByLabel("Wat kan ik voor jullie doen?").fill("Uitproberen");
    await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Hier");
    await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
    await page.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();
    await page.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    // The pooling bots put their cards on the table a moment later.
    const table = page.getByTestId("team-table");
    await table.locator('[data-card="S1"]').waitFor({ timeout: 15_000 });
    await table.locator('[data-card="V1"]').waitFor({ timeout: 15_000 });
    await shoot(page, "preview-play");
    expect(await axe(page)).toEqual([]);

    const decide = async (option: string, rationale: string) => {
      await page.getByLabel(option).check();
      await page.getByRole("button", { name: "Voorkeur vastleggen" }).click();
      await page.getByText("3 van 3 voorkeuren vastgelegd").waitFor({ timeout: 15_000 });
      await page.getByLabel("Optie", { exact: true }).selectOption({ label: option });
      await page.getByLabel("Onderbouwing: waarom deze optie?").fill(rationale);
      await page.getByRole("button", { name: "Voorstel doen" }).click();
    };
    await decide(D, "Alles ligt op tafel.");
    await page.getByRole("heading", { name: "Fase: Afspraken" }).waitFor({ timeout: 15_000 });
    await decide(B2, "Eén vast aanspreekpunt.");
    // The SW bot is B2's regisseur: it confirms once everyone agreed, and the game ends.
    await page.getByText(`Besloten: ${B2} (door de regisseur)`).waitFor({ timeout: 15_000 });
    await page.getByRole("heading", { name: "Afloop" }).waitFor();
    await page.locator(".outcome .level.good").waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, "preview-outcome");

    // Bots play the whole game with the pooling strategy.
    await page.getByRole("button", { name: "Stoppen en opnieuw kiezen" }).click();
    await page.getByLabel("Bots spelen").check();
    await page.getByLabel("Strategie van de bots").selectOption("pool");
    await page.getByRole("button", { name: "Starten" }).click();
    await page.getByRole("heading", { name: "Bots spelen: Delen" }).waitFor();
    await page.getByRole("heading", { name: "Uitkomst" }).waitFor({ timeout: 15_000 });
    const steps = await page.locator(".preview-steps li").allTextContents();
    expect(steps.some((s) => s.includes("Op tafel door Sociaal werker"))).toBe(true);
    expect(steps.filter((s) => s.includes("Gekozen:"))).toHaveLength(2);
    await page.locator(".preview-summary .level.good").waitFor();
    await page.locator('.preview-summary [data-card="V1"]').waitFor();
    expect(await axe(page)).toEqual([]);
    await shoot(page, "preview-bots");

    // In English the page's own words come from their own chunk, the play screen's from the page's catalogue.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Try out a scenario" }).waitFor();
    await page
      .getByLabel("From the server's scenario folder")
      .locator("option")
      .first()
      .waitFor({ state: "attached" });
  }, 120_000);
});
