// The richer format in the browser, on the fixture scenario: players see the story clock, mission control shows an
// inject's note to the teacher only, and the debrief marks a solo and a harmful (✖) choice.
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioCatalog } from "../../server/scenarios/load-catalog.ts";
import { FORMAT_FIXTURE } from "../engine/format-fixture.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import * as game from "../helpers/debrief-game.ts";

const browserPath = browserOrSkip();
const catalog = await loadScenarioCatalog(dirname(FORMAT_FIXTURE));
const TITLE = "Oefenronde met alle velden: mevrouw Jansen vergeet haar afspraken";
const NOTE = "Antwoordsleutel voor de docent.";

describe.skipIf(!browserPath)("the richer scenario format", () => {
  const app = browserApp(browserPath ?? "", { width: 1280, height: 900 }, { catalog });

  it("shows the story clock, an inject's note in mission control only, and the marks in the debrief", async () => {
    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TITLE} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
    const aios = await app.joinAs(code, "Amir", "AIOS");
    const sw = await app.joinAs(code, "Sanne", "SW");
    await teacher.locator('[data-team] [data-player="Sanne"]').waitFor();
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await game.introduce(aios, "Amir, huisarts in opleiding");
    await game.introduce(sw, "Sanne, sociaal werker");
    await aios.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();

    // The story's time stands under the phase name, apart from the timer.
    await aios.locator(".play-header .story-clock").getByText("In het verhaal: vrijdag 09:30").waitFor();

    // The inject's answer key is the teacher's: listed with the inject, never on a student's page.
    await teacher.getByRole("button", { name: "Team T1: details, chat, tafel en kennismaken" }).click();
    await teacher.getByText("Gebeurtenissen die nog kunnen komen", { exact: false }).click();
    await teacher
      .locator('[data-inject="I1"] .inject-note')
      .getByText(`Voor de docent: ${NOTE}`, { exact: false })
      .waitFor();
    for (const page of [aios, sw]) expect(await page.content()).not.toContain(NOTE);
    await teacher.keyboard.press("Escape");
    await teacher.locator('dialog[data-detail="T1"]').waitFor({ state: "hidden" });

    // Moving on twice: B1 and B2 fall to their timeout options, A (solo) and A (harmful).
    await teacher.getByRole("button", { name: "Volgende fase voor team T1" }).click();
    await teacher.getByRole("button", { name: "Ja, zet door" }).click();
    await sw.locator(".play-header .story-clock").getByText("In het verhaal: vrijdag 16:00").waitFor();
    await teacher.getByRole("button", { name: "Volgende fase voor team T1" }).click();
    await teacher.getByRole("button", { name: "Ja, zet door" }).click();
    await aios.getByText("Het spel is afgelopen.").first().waitFor();

    await teacher.goto(`${app.server.url}/debrief/${code}`);
    await teacher.getByRole("heading", { name: `Nabespreking: ${TITLE}` }).waitFor();
    for (const [decision, mark, text] of [
      ["B1", "solo", "Solo-keuze: dit is wat één rol alleen zou doen"],
      ["B2", "harmful", "✖ Schadelijke keuze"],
    ] as const) {
      const panel = teacher.locator(`[data-decision="${decision}"]`);
      // The moment shown may have opened a panel already; a click on an open one would close it.
      if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
        await panel.locator("summary").click();
      await panel.locator(`.option-mark[data-mark="${mark}"]`).getByText(text, { exact: false }).waitFor();
    }
    await teacher.screenshot({ path: "/tmp/h13c/debrief.png", fullPage: true });
  }, 90_000);
});
