import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { LAPTOP, shooter } from "../helpers/class-shots.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots9/decisions";
const shoot = shooter(SHOTS);

describe.skipIf(!browserPath)("moving a team on and pausing it, in the browser", () => {
  const app = browserApp(browserPath ?? "", LAPTOP);

  it("asks before moving on, listing the open decision; a paused student's controls say why", async () => {
    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
    const aios = await app.joinAs(code, "Amir", "AIOS");
    const sw = await app.joinAs(code, "Sanne", "SW");
    await teacher.locator('[data-team="T1"] [data-player="Sanne"]').waitFor();
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await sw.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();

    // Kennismaken has no decisions: the question says moving on costs nothing.
    const advance = teacher.getByRole("button", { name: "Volgende fase voor team T1" });
    await advance.click();
    const dialog = teacher.getByRole("dialog", { name: "Team T1 naar de volgende fase?" });
    await dialog.getByText("doorzetten kost het team niets", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Ja, zet door" }).click();
    await sw.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();

    // In the first real phase the question names the open decision and what its timeout will choose.
    await advance.click();
    await dialog.getByText("Wat doen jullie voor mevrouw Jansen? → wordt", { exact: false }).waitFor();
    await dialog.getByText("Samenwerking", { exact: false }).first().waitFor();
    await shoot(teacher, "advance-confirm");
    await dialog.getByRole("button", { name: "Annuleren" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await advance.evaluate((el) => el === document.activeElement)).toBe(true);
    // Cancelled: nothing moved.
    await sw.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();

    // Pausing this one team disables the student's decision and sharing controls at once, with the reason.
    await teacher.getByRole("button", { name: "Team T1 pauzeren" }).click();
    const decisions = sw.locator("section", { has: sw.getByRole("heading", { name: "Besluiten" }) });
    await decisions.getByText("Het spel staat op pauze", { exact: false }).waitFor();
    const record = sw.getByRole("button", { name: "Voorkeur vastleggen" });
    await expect.poll(() => record.isDisabled()).toBe(true);
    const share = sw.locator("[data-card]").getByRole("button", { name: "Op tafel leggen" }).first();
    await expect.poll(() => share.isDisabled()).toBe(true);
    await shoot(sw, "paused-student");

    // Resuming enables them again and the reason goes away.
    await teacher.getByRole("button", { name: "Team T1 hervatten" }).click();
    await expect.poll(() => record.isDisabled()).toBe(false);
    await expect
      .poll(() => decisions.getByText("Het spel staat op pauze", { exact: false }).isVisible())
      .toBe(false);

    // Confirmed, the team moves on and the students read that the teacher did it.
    await advance.click();
    await dialog.getByRole("button", { name: "Ja, zet door" }).click();
    for (const page of [aios, sw]) {
      await page.getByRole("heading", { name: "Fase: Afspraken" }).waitFor();
      await page.getByText("De docent zet het team door naar de volgende fase").first().waitFor();
    }
    expect(await sw.locator(".feed").getByText("Tijd om").count()).toBe(0);
    await shoot(sw, "advanced-feed");

    // The team's injects: I1 belonged to the phase just left, so it is listed with why, without a button.
    await teacher.getByRole("button", { name: "Team T1: details, chat, tafel en kennismaken" }).click();
    const injects = teacher.locator("#injects-T1");
    await injects.getByText("Gebeurtenissen die nog kunnen komen (0)").click();
    await injects.locator('[data-inject="I1"]').getByText("is voorbij", { exact: false }).waitFor();
    expect(await injects.getByRole("button", { name: "I1 nu laten gebeuren bij team T1" }).count()).toBe(0);
    await injects.scrollIntoViewIfNeeded();
    await shoot(teacher, "injects-blocked");
  }, 60_000);
});
