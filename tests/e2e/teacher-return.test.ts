// Getting back in as the teacher: the teacher link from another browser, the home list, an ended session's page.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
/** Set SHOTS_DIR to keep screenshots of the home list and the teacher link at 1366x768 and at 200 % zoom. */
const shotsDir = process.env.SHOTS_DIR;

/** 200 % zoom on a 1366x768 screen lays the page out in half the CSS pixels; then back to normal. */
async function shoot(page: Page, name: string) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-1366.png` });
  await page.setViewportSize({ width: 683, height: 384 });
  await page.screenshot({ path: `${shotsDir}/${name}-200pct.png` });
  await page.screenshot({ path: `${shotsDir}/${name}-200pct-full.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe.skipIf(!browserPath)("the teacher gets back into a session", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("through the teacher link in a fresh browser, and to the ended session's debrief the day after", async () => {
    const teacher = await app.newPage();
    await teacher
      .context()
      .grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.server.url });
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";

    // The link is folded away (the class sees this page) until the teacher opens it and copies it.
    const linkField = teacher.getByLabel("Docentlink (geheim: niet delen met studenten)");
    expect(await linkField.isVisible()).toBe(false);
    await teacher.getByText("Docentlink", { exact: true }).click();
    await teacher
      .getByText("Bewaar deze link: daarmee kom je terug in de regiekamer", { exact: false })
      .waitFor();
    await teacher.getByRole("button", { name: "Link kopiëren" }).click();
    await teacher.getByText("Gekopieerd.", { exact: false }).waitFor();
    const teacherUrl = await teacher.evaluate(() => navigator.clipboard.readText());
    expect(teacherUrl).toMatch(new RegExp(`/host/${code}#key=[\\w-]{20,}$`));
    expect(await linkField.inputValue()).toBe(teacherUrl);
    await shoot(teacher, "mission-teacher-link");
    // It opens over mission control, so it folds away again and takes the key off the screen.
    await teacher.keyboard.press("Escape");
    await linkField.waitFor({ state: "hidden" });

    await app.joinAs(code, "Amir", "AIOS");
    await app.joinAs(code, "Sanne", "SW");

    // Another browser, nothing stored: the link alone gets it into mission control, and the key leaves the bar.
    const other = await app.newPage();
    await other.goto(teacherUrl);
    await other.getByRole("heading", { name: "Regiekamer" }).waitFor();
    await other.locator('[data-team="T1"] [data-player="Sanne"]').waitFor();
    expect(await other.getByTestId("join-code").textContent()).toBe(code);
    expect(other.url()).toBe(`${app.server.url}/host/${code}`);
    const kept = await other.evaluate(() => localStorage.getItem("wijkcrisis.hosted") ?? "");
    expect(kept).toContain(teacherUrl.split("#key=")[1]);
    expect(kept).toContain(TUTORIAL.title);

    // The second browser is a real host: it starts the game, and both offer the debrief once the session ends.
    await other.getByRole("button", { name: "Start", exact: true }).click();
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).waitFor();
    await shoot(teacher, "mission-play");
    // During play the debrief is one link in the heading (a new tab); the ended banner waits for the end.
    expect(
      await teacher.getByRole("link", { name: "Nabespreking (opent in een nieuw tabblad)" }).isVisible(),
    ).toBe(true);
    expect(await teacher.getByRole("link", { name: "Naar de nabespreking" }).isVisible()).toBe(false);
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).click();
    await teacher.getByRole("button", { name: "Ja, beëindigen" }).click();
    const toDebrief = teacher.getByRole("link", { name: "Naar de nabespreking" });
    await toDebrief.waitFor();
    expect(await toDebrief.getAttribute("href")).toBe(`/debrief/${code}`);
    await other.getByRole("link", { name: "Naar de nabespreking" }).waitFor();
    await shoot(teacher, "mission-ended");

    // The home page of the first browser lists it as ended, with the debrief and no way into a live room.
    await teacher.goto(`${app.server.url}/`);
    const entry = teacher.locator(`.hosted-item[data-code="${code}"]`);
    await teacher.locator(`.hosted-item[data-code="${code}"][data-status="ended"]`).waitFor();
    await entry.getByText("Afgelopen", { exact: false }).waitFor();
    await entry.getByText(TUTORIAL.title).waitFor();
    const debrief = entry.getByRole("link", { name: `Nabespreking van sessie ${code}` });
    expect(await debrief.getAttribute("href")).toBe(`/debrief/${code}`);
    expect(await entry.getByRole("link", { name: `Regiekamer van sessie ${code}` }).count()).toBe(0);
    const stored = await teacher.evaluate(
      (c) =>
        JSON.parse(localStorage.getItem("wijkcrisis.hosted") ?? "[]").find(
          (s: { code: string }) => s.code === c,
        ),
      code,
    );
    expect(typeof stored?.endedAt).toBe("number");
    await shoot(teacher, "home-list");

    // Mission control of the ended session says so and points to the debrief, never "does not exist".
    for (const page of [teacher, other]) {
      await page.goto(`${app.server.url}/host/${code}`);
      await page.getByText(`Sessie ${code} is afgelopen`, { exact: false }).waitFor();
      expect(await page.getByText("bestaat niet", { exact: false }).count()).toBe(0);
      expect(await page.getByRole("link", { name: "Naar de nabespreking" }).getAttribute("href")).toBe(
        `/debrief/${code}`,
      );
    }
    await shoot(teacher, "host-ended");
  }, 90_000);

  it("marks a session that retention deleted, and lets the teacher take it off the list", async () => {
    const gone = await app.server.createSession();
    const live = await app.server.createSession();
    const page = await app.newPage();
    await page.goto(`${app.server.url}/`);
    await page.evaluate(
      ({ a, b }) =>
        localStorage.setItem(
          "wijkcrisis.hosted",
          JSON.stringify([
            { code: a.code, hostKey: a.hostKey, scenarioTitle: "Oud", createdAt: 1, endedAt: null },
            { code: b.code, hostKey: b.hostKey, scenarioTitle: "Nieuw", createdAt: 2, endedAt: null },
          ]),
        ),
      { a: gone, b: live },
    );
    const deleted = await fetch(`${app.server.url}/api/sessions/${gone.code}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${gone.hostKey}` },
    });
    expect(deleted.status).toBe(204);
    await page.reload();

    // Newest first; the live one offers mission control, the deleted one says what happened.
    // The list is drawn after the page loads, so read it once it is there.
    const codes = () =>
      page.locator(".hosted-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-code")));
    await expect.poll(codes).toEqual([live.code, gone.code]);
    await page.locator(`.hosted-item[data-code="${live.code}"][data-status="lobby"]`).waitFor();
    await page.getByRole("link", { name: `Regiekamer van sessie ${live.code}` }).waitFor();
    const goneItem = page.locator(`.hosted-item[data-code="${gone.code}"]`);
    await goneItem.getByText("Niet meer op de server", { exact: false }).waitFor();
    expect(await goneItem.getByRole("link").count()).toBe(0);
    await shoot(page, "home-list-mixed");

    // Its host page says it is gone (the key is still here, so that is the server's word, not a missing key).
    await page.goto(`${app.server.url}/host/${gone.code}`);
    await page.getByText(`Sessie ${gone.code} bestaat niet (meer)`, { exact: false }).waitFor();
    await page.getByRole("link", { name: "Al je sessies" }).click();
    await goneItem.getByRole("button", { name: `Sessie ${gone.code} uit de lijst halen` }).click();
    await goneItem.waitFor({ state: "detached" });

    // A session that still exists asks first: removing it loses this browser's key.
    const liveItem = page.locator(`.hosted-item[data-code="${live.code}"]`);
    await liveItem.getByRole("button", { name: `Sessie ${live.code} uit de lijst halen` }).click();
    await liveItem
      .getByText("Zonder de docentlink kom je daarna niet meer in deze sessie.", { exact: false })
      .waitFor();
    await shoot(page, "home-list-confirm");
    await liveItem.getByRole("button", { name: "Annuleren" }).click();
    expect(await liveItem.count()).toBe(1);

    // A wrong key in a link is named as such, and not kept.
    const stranger = await app.newPage();
    await stranger.goto(`${app.server.url}/host/${live.code}#key=${"x".repeat(32)}`);
    await stranger.getByText(`Deze docentlink past niet bij sessie ${live.code}`, { exact: false }).waitFor();
    expect(stranger.url()).toBe(`${app.server.url}/host/${live.code}`);
    expect(await stranger.evaluate(() => localStorage.getItem("wijkcrisis.hosted"))).toBeNull();
  }, 60_000);
});
