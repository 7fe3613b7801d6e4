// The teacher-led replay in real Chromium: after a short game the teacher's debrief drives two students' screens,
// one steps away and comes back; projector mode names nobody; every export button downloads its file.
import { readFileSync } from "node:fs";
import { matchMaker } from "@colyseus/core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { DUO, overflow, screenshot, startTutorial } from "../helpers/debrief-game.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots11";

/** At 1366x768, and at 200 % zoom (the same page laid out in half the CSS pixels). */
async function shoot(page: Page, name: string) {
  await screenshot(page, SHOTS, `${name}-1366`);
  expect(await overflow(page), name).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 683, height: 384 });
  await screenshot(page, SHOTS, `${name}-200`);
  expect(await overflow(page), `${name} at 200 %`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1366, height: 768 });
}

const leadLine = (page: Page) => page.locator(".lead-follow .lead-line");

describe.skipIf(!browserPath)("the teacher-led replay", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("leads two students' screens, one steps away and comes back; projector mode and the exports", async () => {
    const { teacher, code, pages } = await startTutorial(app, DUO);
    const [aios, sw] = pages as [Page, Page];
    await aios.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await sw.getByTestId("team-table").getByText("Gedeeld door Amir").waitFor();

    // During play the debrief cannot lead: it would show every role's cards.
    await teacher.goto(`${app.server.url}/debrief/${code}`);
    await teacher.getByTestId("lead-status").getByText("pas als de sessie is afgelopen").waitFor();
    expect(await teacher.getByRole("button", { name: "Klas laten meekijken" }).isDisabled()).toBe(true);

    // The teacher ends the session; the students see their outcome.
    await teacher.goto(`${app.server.url}/host/${code}`);
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).click();
    await teacher.getByRole("button", { name: "Ja, beëindigen" }).click();
    for (const page of [aios, sw]) await page.getByRole("heading", { name: "Afloop" }).waitFor();

    await teacher.goto(`${app.server.url}/debrief/${code}`);
    await teacher.getByTestId("lead-status").getByText("De sessie draait nog").waitFor();
    await teacher.getByRole("button", { name: "Klas laten meekijken" }).click();
    await teacher.getByTestId("lead-status").getByText("De klas ziet nu team 1").waitFor();

    // Both students follow: the end of team 1's game, A1 on the table.
    for (const page of [aios, sw]) {
      await leadLine(page).getByText("De docent laat team 1 zien — moment").waitFor();
      await page.getByTestId("lead-table").locator('[data-card="A1"]').waitFor();
      expect(await page.locator(".play").isHidden()).toBe(true);
    }
    await shoot(sw, "student-follows");
    await shoot(teacher, "teacher-leads");

    // The teacher scrubs to the start: both screens show the empty table of that moment.
    const scrubber = teacher.getByLabel("Speeltijd", { exact: true });
    await scrubber.focus();
    await scrubber.press("Home");
    for (const page of [aios, sw])
      await page.getByTestId("lead-table").getByText("Er ligt nog niets op tafel.").waitFor();
    // The moment is game time since the team's first entry: the start is 0:00 (the end may be too, on a fast
    // machine, so only the start is asserted).
    await expect.poll(() => leadLine(sw).textContent()).toContain("moment 0:00");

    // Sanne looks on her own: her own outcome again, while the teacher moves on.
    await sw.getByRole("button", { name: "Zelf verder kijken" }).click();
    await sw.getByText("De docent laat team 1 zien. Jij kijkt nu zelf verder.").waitFor();
    expect(await sw.locator(".play").isVisible()).toBe(true);
    expect(await sw.getByTestId("lead-picture").isHidden()).toBe(true);
    await shoot(sw, "student-away");
    await scrubber.press("End");
    await aios.getByTestId("lead-table").locator('[data-card="A1"]').waitFor();
    expect(await sw.getByTestId("lead-picture").isHidden()).toBe(true);
    // Back to the teacher: the moment shown now, not the one she left.
    await sw.getByRole("button", { name: "Volg de docent" }).click();
    await sw.getByTestId("lead-table").locator('[data-card="A1"]').waitFor();
    expect(await sw.locator(".play").isHidden()).toBe(true);

    // Amir reloads: the current picture comes back by itself.
    await aios.reload();
    await leadLine(aios).getByText("De docent laat team 1 zien — moment").waitFor();
    await aios.getByTestId("lead-table").locator('[data-card="A1"]').waitFor();
    // The picture names nobody: not the other student, not even himself.
    for (const page of [aios, sw]) {
      const text = await page.getByTestId("lead-picture").innerText();
      expect(text).not.toMatch(/Amir|Sanne/);
    }

    // Stopping gives both their own screens back.
    await teacher.getByRole("button", { name: "Stoppen met leiden" }).click();
    for (const page of [aios, sw]) {
      await page.locator(".play").waitFor({ state: "visible" });
      expect(await page.locator(".lead-follow").isHidden()).toBe(true);
    }

    // Projector mode: teams by number, roles instead of names, anywhere on the page; the URL keeps it.
    await teacher.getByRole("button", { name: "Projectormodus" }).click();
    await expect.poll(() => new URL(teacher.url()).searchParams.get("projector")).toBe("1");
    await teacher.locator(".debrief.projector").waitFor();
    await teacher.locator("#replay-team option", { hasText: "Team 1" }).waitFor({ state: "attached" });
    const noNames = async () => {
      const text = await teacher.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/Amir|Sanne/);
      expect(text).toContain("AIOS");
    };
    await noNames();
    await shoot(teacher, "projector");
    await teacher.reload();
    await teacher.locator(".debrief.projector").waitFor();
    await noNames();
    // Every decision panel and table stays nameless when opened.
    for (const d of await teacher.locator("details").all())
      await d.evaluate((e) => e.setAttribute("open", ""));
    await noNames();
    await teacher.getByRole("button", { name: "Projectormodus uit" }).click();
    await teacher.locator('.role-view[data-role="SW"]').getByText("Sanne").first().waitFor();

    // Every export button downloads a file with the server's name; they sit in one menu that folds after a click.
    const exportButton = async (label: string) => {
      await teacher.getByText("Bestanden downloaden (4)").click();
      return teacher.getByRole("button", { name: label });
    };
    const exports: Array<[string, RegExp]> = [
      ["Export downloaden (JSON)", /-export\.json$/],
      ["Gebeurtenissen (CSV)", /-log\.csv$/],
      ["Meetwaarden per besluit (CSV)", /-measures\.csv$/],
      ["Onderzoeksbestand (gepseudonimiseerd)", /-research\.json$/],
    ];
    for (const [label, suffix] of exports) {
      const [download] = await Promise.all([
        teacher.waitForEvent("download"),
        (await exportButton(label)).click(),
      ]);
      const name = download.suggestedFilename();
      expect(name).toMatch(new RegExp(`^wijkcrisis-${code}-\\d{4}-\\d{2}-\\d{2}`));
      expect(name).toMatch(suffix);
      const file = `${SHOTS}/${name}`;
      await download.saveAs(file);
      const body = readFileSync(file, "utf8");
      expect(body.length).toBeGreaterThan(50);
      if (name.endsWith(".json")) expect(() => JSON.parse(body)).not.toThrow();
      // The research file is pseudonymised by the server: the names must not be in it.
      if (name.endsWith("-research.json")) expect(body).not.toMatch(/Amir|Sanne/);
      await teacher.getByTestId("export-status").getByText(`${name} is gedownload.`).waitFor();
    }

    // A failed download says what failed and why.
    await teacher.route("**/api/sessions/*/measures.csv", (route) => route.abort());
    await (await exportButton("Meetwaarden per besluit (CSV)")).click();
    await teacher
      .getByTestId("export-status")
      .getByText(
        "Downloaden van ‘Meetwaarden per besluit (CSV)’ lukte niet: er is geen verbinding met de server.",
      )
      .waitFor();
    await teacher.route("**/api/sessions/*/research", (route) =>
      route.fulfill({ status: 403, body: '{"error":"host_key_invalid"}' }),
    );
    await (await exportButton("Onderzoeksbestand (gepseudonimiseerd)")).click();
    await teacher
      .getByTestId("export-status")
      .getByText("de server accepteert de docentsleutel van deze browser niet", { exact: false })
      .waitFor();
    await shoot(teacher, "export-failed");
  }, 180_000);

  it("leads the class the next day: the closed room opens again, and students with their join link follow", async () => {
    const { teacher, code, pages } = await startTutorial(app, DUO);
    const [aios, sw] = pages as [Page, Page];
    await aios.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await sw.getByTestId("team-table").getByText("Gedeeld door Amir").waitFor();
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).click();
    await teacher.getByRole("button", { name: "Ja, beëindigen" }).click();
    await sw.getByRole("heading", { name: "Afloop" }).waitFor();
    // The room closes, as it does once nobody has been connected for the idle time (or at a restart).
    const lookup = (await (await fetch(`${app.server.url}/api/sessions/${code}`)).json()) as {
      roomId: string;
    };
    await matchMaker.remoteRoomCall(lookup.roomId, "disconnect");
    await expect
      .poll(async () => (await fetch(`${app.server.url}/api/sessions/${code}`)).json())
      .toEqual({ error: "session_ended", roomId: null });

    // Sanne opens her join link before the teacher leads: her seat is kept, and her page waits.
    await sw.goto(`${app.server.url}/join/${code}`);
    await sw.getByRole("heading", { name: "Deze sessie is afgelopen" }).waitFor();
    await shoot(sw, "student-waits");

    await teacher.goto(`${app.server.url}/debrief/${code}`);
    await teacher.getByTestId("lead-status").getByText("De sessie draait niet meer op de server").waitFor();
    await teacher.getByRole("button", { name: "Klas laten meekijken" }).click();
    await teacher.getByTestId("lead-status").getByText("De klas ziet nu team 1").waitFor();
    await teacher.getByTestId("lead-rejoin").getByText(`${app.server.url}/join/${code}`).waitFor();
    await shoot(teacher, "teacher-leads-next-day");

    // Sanne's waiting page gets in by itself; Amir opens his link now. Both follow team 1, A1 on the table.
    await aios.goto(`${app.server.url}/join/${code}`);
    for (const page of [sw, aios]) {
      await leadLine(page).getByText("De docent laat team 1 zien — moment").waitFor();
      await page.getByTestId("lead-table").locator('[data-card="A1"]').waitFor();
    }
    await teacher.getByRole("button", { name: "Stoppen met leiden" }).click();
    await sw.locator(".play").waitFor({ state: "visible" });
  }, 90_000);
});
