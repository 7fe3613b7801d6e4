// The facilitator's own part in the browser: answering a question to a contact they play, and setting off an inject.
import { describe, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";

const browserPath = browserOrSkip();

describe.skipIf(!browserPath)("the facilitator in mission control", () => {
  const app = browserApp(browserPath ?? "");

  const joinAs = (code: string, nickname: string, role: string) => app.joinAs(code, nickname, role);

  it("answers a student's question as Erik, and sets off an inject the team then reads", async () => {
    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: "Elke week een andere klacht (36 min)" });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
    const aios = await joinAs(code, "Amir", "AIOS");
    await joinAs(code, "Sanne", "SW");
    await teacher.locator('[data-team="T1"] [data-player="Sanne"]').waitFor();
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await teacher.getByRole("button", { name: "Volgende fase voor team T1" }).click();
    // "Volgende fase" asks first (it names the open decisions); confirm it.
    await teacher.getByRole("button", { name: "Ja, zet door" }).click();

    await aios.getByLabel("Je vraag aan Erik de Vries (optioneel)").fill("Mogen we met je meekijken?");
    await aios.locator('[data-contact="erik"]').getByRole("button", { name: "Contact opnemen" }).click();
    // A call costs game time, so the student confirms it first.
    await aios.locator('[data-contact="erik"]').getByRole("button", { name: "Ja, bellen" }).click();

    // Questions to contacts the facilitator plays are answered in the team's detail panel.
    await teacher.getByRole("button", { name: "Team T1: details, chat, tafel en kennismaken" }).click();
    const question = teacher.locator('[data-question="erik"]');
    await question.getByText("Mogen we met je meekijken?").waitFor();
    await question.getByText("Erik schaamt zich", { exact: false }).waitFor();
    await question.getByLabel("Antwoorden als Erik de Vries").fill("Als iemand met me meegaat, misschien.");
    await question.getByRole("button", { name: "Versturen" }).click();
    await question.getByText("Beantwoord.").waitFor();
    await aios.locator(".feed").getByText("Als iemand met me meegaat, misschien.").waitFor();

    await teacher.getByText("Gebeurtenissen die nog kunnen komen", { exact: false }).click();
    await teacher.getByRole("button", { name: "I1 nu laten gebeuren bij team T1" }).click();
    await aios.locator(".feed").getByText("Erik belde wéér", { exact: false }).waitFor();
  }, 60_000);
});
