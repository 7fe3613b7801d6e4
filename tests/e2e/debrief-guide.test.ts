// The guided debrief in a real browser: a bookmark set in mission control during the tutorial shows on the replay's
// timeline, the prompts name this game's own cards and options, a note survives a reload, and the report prints.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { NOTE_MAX } from "../../shared/protocol/notes.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots10";

const OPTION_A = "Een geheugentest en een herinneringsbrief.";
const OPTION_B = "Een folder over de dagbesteding in het buurthuis.";
const OPTION_D = "Vervoer regelen en de afspraak opnieuw plannen.";
const QUESTION = "Wat doen jullie voor mevrouw Jansen?";
const S1 = "Het vervoer naar de praktijk";
const V1 = "Haar val en de trap";

async function introduce(page: Page, who: string) {
  await page.getByLabel("Wie ben ik?").fill(who);
  await page.getByLabel("Wat kan ik voor jullie doen?").fill("Meedenken over de zorg");
  await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Via de chat");
  await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe.skipIf(!browserPath)("the guided debrief", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("shows the bookmark on the timeline, prompts from this game, a note that survives a reload, and a report", async () => {
    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
    const aios = await app.joinAs(code, "Amir", "AIOS");
    const sw = await app.joinAs(code, "Sanne", "SW");
    await teacher.locator('[data-team="T1"] [data-player="Sanne"]').waitFor();
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await introduce(aios, "Amir, huisarts in opleiding");
    await introduce(sw, "Sanne, sociaal werker");
    for (const page of [aios, sw])
      await page.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();
    await aios.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await sw.getByTestId("team-table").getByText("Gedeeld door Amir").waitFor();

    // The teacher bookmarks this moment of team T1 from its card in mission control.
    const card = teacher.locator('section.team-card[data-team="T1"]');
    await card.getByText("Bladwijzer", { exact: false }).first().click();
    await card
      .getByLabel("Notitie bij de bladwijzer voor team T1", { exact: false })
      .fill("Amir deelt als eerste");
    await card.getByRole("button", { name: "Bladwijzer zetten voor team T1" }).click();
    await card.getByText("Bladwijzer gezet om", { exact: false }).waitFor();
    expect(await overflow(teacher)).toBeLessThanOrEqual(0);
    await shoot(teacher, "mission-bookmark-1366");

    // B1: different private preferences, then D agreed without S1 and V1; S1 comes on the table only afterwards.
    for (const [page, option] of [
      [aios, OPTION_A],
      [sw, OPTION_B],
    ] as const) {
      await page.getByLabel(option).check();
      await page.getByRole("button", { name: "Voorkeur vastleggen" }).click();
      await page.getByText(`Jouw voorkeur: ${option}`).waitFor();
    }
    await aios.getByLabel("Optie", { exact: true }).selectOption({ label: OPTION_D });
    await aios.getByLabel("Onderbouwing: waarom deze optie?").fill("Vervoer lijkt het probleem.");
    await aios.getByRole("button", { name: "Voorstel doen" }).click();
    await sw.getByText(`Amir stelt voor: ${OPTION_D}`).waitFor();
    await sw.getByRole("button", { name: "Eens", exact: true }).click();
    await sw.getByRole("heading", { name: "Fase: Afspraken" }).waitFor();
    await sw.locator('[data-card="S1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await aios.getByTestId("team-table").getByText("Gedeeld door Sanne").waitFor();
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).click();
    await teacher.getByRole("button", { name: "Ja, beëindigen" }).click();
    await teacher.getByRole("link", { name: "Naar de nabespreking" }).first().waitFor();

    // The bookmark is a moment of T1's timeline: a jump target like the others.
    await teacher.goto(`${app.server.url}/debrief/${code}`);
    await teacher.getByRole("heading", { name: `Nabespreking: ${TUTORIAL.title}` }).waitFor();
    const bookmark = teacher
      .locator(".moments button")
      .filter({ hasText: "Bladwijzer: Amir deelt als eerste" });
    await bookmark.click();
    await expect.poll(() => bookmark.getAttribute("aria-current")).toBe("step");
    await shoot(teacher, "timeline-bookmark-1366");
    expect(new URL(teacher.url()).searchParams.get("seq")).toBe(await bookmark.getAttribute("data-seq"));
    // At the bookmark, A1 was on the table and B1 not yet decided.
    expect(
      await teacher.locator('.role-view[data-role="AIOS"] [data-card="A1"]').getAttribute("data-on-table"),
    ).toBe("true");

    // The guide: four steps, with prompts that name this game's cards, options and roles.
    const guide = teacher.locator(".guide-panel");
    await guide.getByRole("heading", { name: "Nabespreking met het team" }).waitFor();
    expect(await guide.locator(".guide-stage h3").allTextContents()).toEqual([
      "1. Reacties",
      "2. Wat gebeurde er?",
      "3. Analyse",
      "4. Wat neem je mee?",
    ]);
    const happened = guide.locator('[data-stage="happened"]');
    await happened
      .getByText(
        `Ik zag dat ‘${S1}’ (van de sociaal werker (wijkteam)) pas na ‘${QUESTION}’ op tafel kwam; ik vraag me af wat jullie toen wisten…`,
      )
      .waitFor();
    await happened
      .getByText(`Ik zag dat ‘${V1}’ van de sociaal werker (wijkteam) nooit op tafel kwam`, { exact: false })
      .waitFor();
    const analysis = guide.locator('[data-stage="analysis"]');
    await analysis
      .getByText(
        `Ik zag dat jullie ‘${OPTION_D}’ kozen zonder ‘${S1}’ van de sociaal werker (wijkteam) en ‘${V1}’`,
        {
          exact: false,
        },
      )
      .waitFor();
    await analysis
      .getByText(
        `Ik zag dat de huisarts in opleiding (AIOS) vooraf ‘${OPTION_A}’ wilde en later instemde met ‘${OPTION_D}’; wat veranderde er?`,
      )
      .waitFor();
    await analysis
      .getByText(`Ik zag dat de sociaal werker (wijkteam) vooraf ‘${OPTION_B}’ wilde`, { exact: false })
      .waitFor();
    await analysis.getByText("Welke kaart veranderde jullie beeld het meest, en van wie kwam die?").waitFor();
    await guide
      .locator('[data-stage="takeaway"]')
      .getByText("Leerdoel: Ervaren dat ieder iets weet", { exact: false })
      .waitFor();
    const guideText = (await guide.textContent()) ?? "";
    expect(guideText).not.toMatch(/\b(A1|S1|V1|B1|B2|D1|L1)\b|\{\w+\}/);
    // A prompt's jump goes to its moment: the late card's jump lands on the share of S1.
    await happened
      .locator("li.guide-prompt.lateCard")
      .getByRole("button", { name: "Naar dit moment" })
      .click();
    await expect
      .poll(() =>
        teacher.locator('.role-view[data-role="SW"] [data-card="S1"]').getAttribute("data-on-table"),
      )
      .toBe("true");
    await guide.scrollIntoViewIfNeeded();
    expect(await overflow(teacher)).toBeLessThanOrEqual(0);
    await shoot(teacher, "guide-1366");

    // A note: too long is refused in words, a normal one is saved and is there after a reload.
    const note = teacher.getByLabel("Notities bij team T1", { exact: false });
    await note.fill("x".repeat(NOTE_MAX + 5));
    await teacher
      .getByText(
        `Deze notitie is ${NOTE_MAX + 5} tekens lang; er passen er hoogstens ${NOTE_MAX}. Maak hem 5 tekens korter`,
        {
          exact: false,
        },
      )
      .waitFor();
    expect(await note.getAttribute("aria-invalid")).toBe("true");
    await note.fill("Sanne legde S1 pas na het besluit op tafel.\nVragen: wat hield haar tegen?");
    await teacher.getByRole("button", { name: "Notitie opslaan" }).click();
    await teacher.locator(".notes-panel .note-status.ok").getByText("Opgeslagen").waitFor();
    await shoot(teacher, "notes-saved-1366");
    await teacher.reload();
    await expect
      .poll(() => teacher.getByLabel("Notities bij team T1", { exact: false }).inputValue())
      .toBe("Sanne legde S1 pas na het besluit op tafel.\nVragen: wat hield haar tegen?");

    // The printable report: built on the action, printed as A4 without any control.
    await teacher.evaluate(() => {
      window.print = () => {};
    });
    await teacher.getByRole("button", { name: "Rapport afdrukken" }).click();
    const report = teacher.locator("#print-report");
    await expect.poll(() => report.count()).toBe(1);
    expect(await report.locator("h1").textContent()).toBe(`Rapport: ${TUTORIAL.title}`);
    const reportText = (await report.textContent()) ?? "";
    for (const words of [
      "De klas: alle teams",
      "Team T1",
      `${OPTION_D} (ongeïnformeerd)`,
      "Sanne legde S1 pas na het besluit op tafel.",
      "Bladwijzer: Amir deelt als eerste",
      `Ik zag dat ‘${S1}’`,
      "Informatiestroom",
    ])
      expect(reportText, words).toContain(words);
    await teacher.emulateMedia({ media: "print" });
    expect(await report.isVisible()).toBe(true);
    expect(await teacher.locator("#app").isVisible()).toBe(false);
    expect(await report.locator("button, select, input, textarea").count()).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    await teacher.pdf({ path: `${SHOTS}/report.pdf`, format: "A4", printBackground: true });
    await teacher.emulateMedia({ media: "screen" });
    expect(await report.isVisible()).toBe(false);
    if (existsSync("/usr/bin/pdftoppm"))
      execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "70", `${SHOTS}/report.pdf`, `${SHOTS}/report`]);

    // At 200 % zoom (half the CSS pixels) the guide and the notes reflow instead of running off the side.
    const browser = teacher.context().browser();
    if (!browser) throw new Error("no browser");
    const hostKey = await teacher.evaluate((c) => localStorage.getItem(`wijkcrisis.host.${c}`), code);
    const zoomed = await browser.newContext({
      locale: "nl-NL",
      viewport: { width: 683, height: 384 },
      deviceScaleFactor: 2,
    });
    const small = await zoomed.newPage();
    await small.goto(`${app.server.url}/debrief/${code}?team=T1#key=${hostKey}`);
    await small.locator(".guide-panel").scrollIntoViewIfNeeded();
    expect(await overflow(small)).toBeLessThanOrEqual(0);
    await shoot(small, "guide-200pct");
    await small.locator(".notes-panel").scrollIntoViewIfNeeded();
    await expect
      .poll(() => small.getByLabel("Notities bij team T1", { exact: false }).inputValue())
      .toMatch(/^Sanne legde S1/);
    await shoot(small, "notes-200pct");
    await zoomed.close();
  }, 120_000);
});
