// A teacher and a student in two real browser contexts: create a session, join with the code, see each other.
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browserOrSkip, launchBrowser } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { buildClient } from "../helpers/build-client.ts";
import { startTestServer, TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();

describe.skipIf(!browserPath)("teacher and student in the browser", () => {
  const app = browserApp(browserPath ?? "");
  const newPage = () => app.newPage();

  it("creates a session, joins it with the code, and shows the lobby live on both screens", async () => {
    const teacher = await newPage();
    await teacher.goto(`${app.server.url}/`);
    await teacher.getByRole("link", { name: "Sessie starten (docent)" }).click();
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const codeText = await teacher.getByTestId("join-code").textContent({ timeout: 10_000 });
    const code = codeText?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{5}$/);
    expect(teacher.url()).toBe(`${app.server.url}/host/${code}`);

    const student = await newPage();
    await student.goto(`${app.server.url}/join`);
    await student.getByLabel("Code van de sessie").fill(code.toLowerCase());
    await student.getByLabel("Je naam").fill("Fatima");
    await student.getByLabel("Je rol").selectOption("SW");
    await student.getByRole("button", { name: "Meedoen" }).click();

    await student.getByRole("heading", { name: "Wachtruimte" }).waitFor();
    await student.locator('[data-player="Fatima"]').getByText("(jij)").waitFor();
    const onTeacher = teacher.locator('[data-player="Fatima"]');
    await onTeacher.waitFor();
    expect(await onTeacher.textContent()).toContain("Sociaal werker (wijkteam)");

    // A reload keeps the seat: no second Fatima, and she is back online on the teacher's screen.
    await student.reload();
    await student.getByRole("heading", { name: "Wachtruimte" }).waitFor();
    await student.locator('[data-player="Fatima"]').getByText("(jij)").waitFor();
    await teacher.locator('[data-player="Fatima"]:not(.offline)').waitFor();
    expect(await teacher.locator("[data-player]").count()).toBe(1);

    // A second student sees the first one, and the teacher sees both.
    const second = await newPage();
    await second.goto(`${app.server.url}/join/${code}`);
    await second.getByLabel("Je naam").fill("Daan");
    await second.getByRole("button", { name: "Meedoen" }).click();
    await second.locator('[data-player="Fatima"]').waitFor();
    await teacher.locator('[data-player="Daan"]').waitFor();
  });

  it("tells a student in Dutch when the code does not exist", async () => {
    const student = await newPage();
    await student.goto(`${app.server.url}/join`);
    await student.getByLabel("Code van de sessie").fill("KKKKK");
    await student.getByLabel("Je naam").fill("Iris");
    await student.getByRole("button", { name: "Meedoen" }).click();
    await student.getByText("Er is geen lopende sessie met deze code.").first().waitFor();
  });
});

describe.skipIf(!browserPath)("after a server restart", () => {
  it("the teacher's dashboard and the student's lobby get back into the rebuilt session by themselves", async () => {
    const clientDir = await buildClient();
    const first = await startTestServer({ clientDir });
    const port = Number(new URL(first.url).port);
    const browser = await launchBrowser(browserPath ?? "");
    try {
      const teacher = await (await browser.newContext()).newPage();
      await teacher.goto(`${first.url}/host`);
      await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
      const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
      const student = await (await browser.newContext()).newPage();
      await student.goto(`${first.url}/join/${code}`);
      await student.getByLabel("Je naam").fill("Mees");
      await student.getByRole("button", { name: "Meedoen" }).click();
      await teacher.locator('[data-player="Mees"]:not(.offline)').waitFor();

      await first.stop({ keepStore: true });
      await teacher.getByText("Verbinding verbroken, opnieuw verbinden…").waitFor();
      const second = await startTestServer({ clientDir, port, store: first.store });
      try {
        expect((await second.restoreSessions()).restored).toEqual([code]);
        await teacher.locator('[data-player="Mees"]:not(.offline)').waitFor({ timeout: 20_000 });
        await student.locator('[data-player="Mees"]').getByText("(jij)").waitFor({ timeout: 20_000 });
        await expect.poll(() => teacher.locator("#status").isHidden(), { timeout: 10_000 }).toBe(true);
        expect(await teacher.locator("[data-player]").count()).toBe(1);
      } finally {
        await second.stop();
      }
    } finally {
      await browser.close();
      rmSync(clientDir, { recursive: true, force: true });
    }
  }, 90_000);
});
