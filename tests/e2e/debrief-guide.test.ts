// The guided debrief in a real browser: a bookmark set in mission control during the tutorial shows on the replay's
// timeline, the prompts name this game's own cards and options, a note survives a reload, and the report prints.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { NOTE_MAX } from "../../shared/protocol/notes.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import * as game from "../helpers/debrief-game.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots10";

const { OPTION_A, OPTION_B, OPTION_D, QUESTION, S1, V1 } = game.TUTORIAL_TEXT;

const shoot = (page: Page, name: string) => game.screenshot(page, SHOTS, name);

describe.skipIf(!browserPath)("the guided debrief", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("shows the bookmark on the timeline, prompts from this game, a note that survives a reload, and a report", async () => {
    const { teacher, code, pages } = await game.startTutorial(app, game.DUO);
    const [aios, sw] = pages as [Page, Page];
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
    expect(await game.overflow(teacher)).toBeLessThanOrEqual(0);
    await shoot(teacher, "mission-bookmark-1366");

    // B1: different private preferences, then D agreed without S1 and V1; S1 comes on the table only afterwards.
    await game.decideB1Apart(aios, sw, "Vervoer lijkt het probleem.");
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
    expect(await game.overflow(teacher)).toBeLessThanOrEqual(0);
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
    const hostKey = await game.hostKeyOf(teacher, code);
    const zoomed = await game.zoomedContext(teacher);
    const small = await zoomed.newPage();
    await small.goto(`${app.server.url}/debrief/${code}?team=T1#key=${hostKey}`);
    await small.locator(".guide-panel").scrollIntoViewIfNeeded();
    expect(await game.overflow(small)).toBeLessThanOrEqual(0);
    await shoot(small, "guide-200pct");
    await small.locator(".notes-panel").scrollIntoViewIfNeeded();
    await expect
      .poll(() => small.getByLabel("Notities bij team T1", { exact: false }).inputValue())
      .toMatch(/^Sanne legde S1/);
    await shoot(small, "notes-200pct");
    await zoomed.close();
  }, 120_000);
});
