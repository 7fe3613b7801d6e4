import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { shooter } from "../helpers/class-shots.ts";
import { Scripted } from "../helpers/scripted.ts";

const browserPath = browserOrSkip();
/** Screenshots of each state at 1366×768 and at 200 % zoom (683×384 is the same layout). */
const shotsDir = process.env.SHOTS_DIR ?? "/tmp/shots9/seats";

const shoot = shooter(shotsDir);

const seatPin = async (page: Page) => (await page.getByTestId("seat-pin").textContent())?.trim() ?? "";
const storedSeat = (page: Page, code: string) =>
  page.evaluate((c) => localStorage.getItem(`wijkcrisis.seat.${c}`), code);

describe.skipIf(!browserPath)("a student's seat", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("survives a failed join, moves to a fresh browser with the PIN, and comes back to the first tab", async () => {
    const session = await app.server.createSession({
      scenarioId: "tutorial-nl",
      language: "nl",
      teamSize: 2,
    });
    const code = session.code;
    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host/${code}#key=${session.hostKey}`);
    await teacher.getByTestId("join-code").waitFor();

    const anna = await app.joinAs(code, "Anna", "AIOS");
    const bram = await app.joinAs(code, "Bram", "SW");
    const pin = await seatPin(anna);
    expect(pin).toMatch(/^\d{4}$/);
    await anna.getByText(`Jouw stoel-PIN: ${pin}`).waitFor();
    await shoot(anna, "lobby-pin");

    // A second tab in Anna's browser tries a name that is taken: it is offered the PIN, and nothing is lost.
    const annaSeat = await storedSeat(anna, code);
    const other = await anna.context().newPage();
    await other.goto(`${app.server.url}/join`);
    await other.getByLabel("Code van de sessie").fill(code);
    await other.getByLabel("Je naam").fill("Bram");
    await other.getByRole("button", { name: "Meedoen" }).click();
    await other.getByText("Is dit jouw plek? Vul je stoel-PIN in").waitFor();
    expect(await other.getByLabel("Je naam").inputValue()).toBe("Bram");
    expect(await other.getByLabel("Code van de sessie").inputValue()).toBe(code);
    await shoot(other, "join-pin-prompt");
    expect(await storedSeat(anna, code)).toBe(annaSeat);
    await other.close();
    await anna.reload();
    await anna.locator('[data-player="Anna"]').getByText("(jij)").waitFor();

    // The teacher starts; the PIN stays on Anna's screen, in the play page's header.
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await anna.locator(".play-header").getByText(`Jouw stoel-PIN: ${pin}`).waitFor();
    await bram.locator(".play-header").waitFor();
    await shoot(anna, "play-pin");

    // A fresh browser (a borrowed laptop): the name is taken, a wrong PIN says so beside the field, the right one
    // gives Anna her own seat in the running game.
    const laptop = await app.newPage();
    await laptop.goto(`${app.server.url}/join/${code}`);
    await laptop.getByLabel("Je naam").fill("Anna");
    await laptop.getByRole("button", { name: "Meedoen" }).click();
    const pinField = laptop.getByLabel("Stoel-PIN");
    await pinField.waitFor();
    expect(await laptop.evaluate(() => document.activeElement?.id)).toBe("pin");
    await pinField.fill(pin === "0000" ? "1111" : "0000");
    await laptop.getByRole("button", { name: "Mijn plek terugnemen" }).click();
    await laptop.locator("#pin-error").getByText("Deze stoel-PIN klopt niet.", { exact: false }).waitFor();
    await shoot(laptop, "join-pin-wrong");
    await pinField.fill(pin);
    await laptop.getByRole("button", { name: "Mijn plek terugnemen" }).click();
    await laptop.locator(".play-header").getByText(`Jouw stoel-PIN: ${pin}`).waitFor();
    expect(await laptop.locator(".play-header").textContent()).toContain("Huisarts in opleiding");

    // The first tab says where the game went, and is not an empty lobby.
    await anna.getByRole("heading", { name: "Je speelt nu verder op een ander apparaat" }).waitFor();
    expect(await anna.getByRole("heading", { name: "Wachtruimte" }).count()).toBe(0);
    await shoot(anna, "taken-over");
    // Its stored seat was not thrown away: "Hier verder spelen" takes the seat back with the PIN it knows.
    await anna.getByRole("button", { name: "Hier verder spelen" }).click();
    await anna.locator(".play-header").getByText(`Jouw stoel-PIN: ${pin}`).waitFor();
    await laptop.getByRole("heading", { name: "Je speelt nu verder op een ander apparaat" }).waitFor();
    // Meanwhile the teacher sees one Anna, online.
    await teacher.locator('[data-player="Anna"]:not(.offline)').first().waitFor();
    expect(await teacher.locator('[data-player="Anna"]').count()).toBe(1);
  }, 60_000);

  it("is handed over by the teacher: a fresh PIN on mission control and on the student's own screen", async () => {
    const session = await app.server.createSession({
      scenarioId: "tutorial-nl",
      language: "nl",
      teamSize: 2,
    });
    const code = session.code;
    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host/${code}#key=${session.hostKey}`);
    const cor = await app.joinAs(code, "Cor", "SW");
    const dee = await app.joinAs(code, "Dee", "AIOS");
    const old = await seatPin(cor);
    // In the lobby the hand-over sits with the player in the team list, beside "Verplaatsen".
    const deeBefore = await seatPin(dee);
    await teacher.getByLabel("Stoel van Dee overdragen").click();
    const lobbyRow = teacher.locator("details.handover", {
      has: teacher.getByLabel("Stoel van Dee overdragen"),
    });
    await lobbyRow.getByRole("button", { name: "Nieuwe PIN maken" }).click();
    const lobbySaid = lobbyRow.getByText(/Nieuwe stoel-PIN voor Dee: \d{4}/);
    await lobbySaid.waitFor();
    const deeFresh = /(\d{4})/.exec((await lobbySaid.textContent()) ?? "")?.[1] ?? "";
    await expect.poll(() => seatPin(dee)).toBe(deeFresh);
    if (deeFresh !== deeBefore) expect(await dee.getByText(deeBefore, { exact: true }).count()).toBe(0);
    await shoot(teacher, "handover-lobby");
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await cor.locator(".play-header").waitFor();

    // During play the hand-over is with the player in the team's detail panel.
    await teacher.getByRole("button", { name: /^Team T1: details/ }).click();
    const summary = teacher.getByLabel("Stoel van Cor overdragen");
    const row = teacher.locator("details.handover", { has: summary });
    await summary.click();
    await row.getByRole("button", { name: "Nieuwe PIN maken" }).click();
    const said = row.getByText(/Nieuwe stoel-PIN voor Cor: \d{4}/);
    await said.waitFor();
    const fresh = /(\d{4})/.exec((await said.textContent()) ?? "")?.[1] ?? "";
    await shoot(teacher, "handover");
    await expect.poll(() => seatPin(cor)).toBe(fresh);
    if (fresh !== old) expect(await cor.getByText(`Jouw stoel-PIN: ${old}`).count()).toBe(0);

    const tablet = await app.newPage();
    await tablet.goto(`${app.server.url}/join/${code}`);
    await tablet.getByLabel("Je naam").fill("cor");
    await tablet.getByRole("button", { name: "Meedoen" }).click();
    await tablet.getByLabel("Stoel-PIN").fill(fresh);
    await tablet.getByRole("button", { name: "Mijn plek terugnemen" }).click();
    await tablet.locator(".play-header").getByText(`Jouw stoel-PIN: ${fresh}`).waitFor();
    await cor.getByRole("heading", { name: "Je speelt nu verder op een ander apparaat" }).waitFor();
  }, 60_000);

  it("tells a new student next to the code that the session has ended, keeping what was typed", async () => {
    const session = await app.server.createSession({
      scenarioId: "tutorial-nl",
      language: "nl",
      teamSize: 2,
    });
    const host = await Scripted.host(app.server.colyseus.sdk, session.roomId, session.hostKey);
    await app.joinAs(session.code, "Dirk", "AIOS");
    await app.joinAs(session.code, "Els", "SW");
    expect(await host.send("host.start")).toBe("ok");
    expect(await host.send("host.end")).toBe("ok");
    const late = await app.newPage();
    await late.goto(`${app.server.url}/join`);
    await late.getByLabel("Code van de sessie").fill(session.code);
    await late.getByLabel("Je naam").fill("Fleur");
    const sentence = "Deze sessie is afgelopen. Vraag je docent om een nieuwe code.";
    await late.locator("#code-error").getByText(sentence).waitFor();
    await late.getByRole("button", { name: "Meedoen" }).click();
    await late.locator("#code-error").getByText(sentence).waitFor();
    expect(await late.getByLabel("Je naam").inputValue()).toBe("Fleur");
    await shoot(late, "join-ended");
  }, 60_000);
});
