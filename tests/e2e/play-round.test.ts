// A whole practice round in real browsers: the teacher's mission control and two students' play views.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();

/** Card texts of the tutorial: A1 belongs to the GP trainee, S1 to the social worker. */
const A1 = "Bij haar laatste bezoek, twee maanden geleden, was ze helder en goed georiënteerd.";
const S1 = "De vaste buurtbus die haar naar de praktijk bracht, rijdt sinds vorige maand niet meer.";

describe.skipIf(!browserPath)("a round of play in the browser", () => {
  const app = browserApp(browserPath ?? "");
  const newPage = () => app.newPage();

  const joinAs = (code: string, nickname: string, role: string) => app.joinAs(code, nickname, role);

  async function introduce(page: Page, who: string) {
    await page.getByLabel("Wie ben ik?").fill(who);
    await page.getByLabel("Wat kan ik voor jullie doen?").fill("Meedenken over de zorg");
    await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Via de chat");
    await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
  }

  it("runs from the start through sharing, chat, a pause and a message", async () => {
    const teacher = await newPage();
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";

    // A refusal reaches the teacher as a sentence: nobody is there to start with.
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await teacher
      .getByText("Er zijn nog geen studenten. Wacht tot ze met de code hebben meegedaan.")
      .waitFor();

    const aios = await joinAs(code, "Amir", "AIOS");
    const sw = await joinAs(code, "Sanne", "SW");

    // Mission control shows the balanced team before the start.
    const team = teacher.locator('[data-team="T1"]');
    await team.locator('[data-player="Amir"]').waitFor();
    await team.locator('[data-player="Sanne"]').waitFor();
    expect(await team.locator('[data-player="Sanne"] .role').textContent()).toBe("Sociaal werker (wijkteam)");

    // Moving a player by hand, then rebalancing, puts the team back together.
    const amir = teacher.locator('[data-player="Amir"]');
    await amir.locator("details.move > summary").click();
    await amir.getByLabel("Team", { exact: true }).selectOption({ label: "Nieuw team (T2)" });
    await amir.getByRole("button", { name: "Verplaatsen" }).click();
    await teacher.locator('[data-team="T2"] [data-player="Amir"]').waitFor();
    await teacher.getByRole("button", { name: "Teams opnieuw verdelen" }).click();
    await team.locator('[data-player="Amir"]').waitFor();
    await expect.poll(() => teacher.locator('[data-team="T2"]').count()).toBe(0);
    await expect.poll(() => teacher.getByText("Er zijn nog geen studenten").count()).toBe(0);
    await teacher.getByRole("button", { name: "Start", exact: true }).click();

    // Each student sees the play view with their own cards, and not the other's.
    for (const page of [aios, sw]) {
      await page.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();
      await page.getByRole("heading", { name: "Mijn kaarten" }).waitFor();
    }
    await aios.getByText(A1).waitFor();
    await sw.getByText(S1).waitFor();
    expect(await aios.getByText(S1).count()).toBe(0);
    expect(await sw.getByText(A1).count()).toBe(0);
    await teacher.locator('[data-team="T1"] [data-critical]').getByText("0 van 3").waitFor();

    // Phase 0 ends by itself once everyone has introduced themselves.
    await introduce(aios, "Amir, huisarts in opleiding");
    await sw.locator('[data-intro="Amir"]').getByText("Amir, huisarts in opleiding").waitFor();
    await introduce(sw, "Sanne, sociaal werker");
    await aios.locator('[data-intro="Sanne"]').getByText("Sanne, sociaal werker").waitFor();
    for (const page of [aios, sw])
      await page.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();
    await teacher.locator('[data-team="T1"]').getByText("Wat is er aan de hand?").waitFor();

    // The teacher moves the team on: the first decision falls to its timeout, the second opens.
    await teacher.getByRole("button", { name: "Volgende fase voor team T1" }).click();
    // "Volgende fase" asks first (it names the open decisions); confirm it.
    await teacher.getByRole("button", { name: "Ja, zet door" }).click();
    await teacher.locator('[data-team="T1"]').getByText("Afspraken").waitFor();
    for (const page of [aios, sw]) await page.getByRole("heading", { name: "Fase: Afspraken" }).waitFor();
    await sw.getByText("Besloten: Een geheugentest en een herinneringsbrief. (door de docent)").waitFor();
    await sw.getByText("De docent zet het team door naar de volgende fase").first().waitFor();

    // Sharing puts the card on the other student's table, with who shared it.
    await aios.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    const swTable = sw.getByTestId("team-table");
    await swTable.getByText(A1).waitFor();
    await swTable.getByText("Gedeeld door Amir").waitFor();
    await teacher.locator('[data-team="T1"] [data-critical]').getByText("1 van 3").waitFor();

    // A sensitive card asks for a legal basis first.
    await sw.locator('[data-card="V1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await sw.getByLabel("Toestemming van de cliënt").check();
    await sw.getByRole("button", { name: "Delen op deze grondslag" }).click();
    await aios.getByTestId("team-table").getByText("Grondslag: Toestemming van de cliënt").waitFor();

    // A reload returns the student to the game, not the lobby, with the table as it was.
    await sw.reload();
    await sw.getByRole("heading", { name: "Fase: Afspraken" }).waitFor();
    await sw.getByTestId("team-table").getByText(A1).waitFor();
    await teacher.locator('[data-player="Sanne"]:not(.offline)').waitFor();

    // The clock counts down between updates.
    const timer = aios.locator(".play-header .timer");
    const before = await timer.textContent();
    await expect.poll(() => timer.textContent(), { timeout: 3_000 }).not.toBe(before);

    // A refusal is shown next to the decision: nobody has recorded a preference yet.
    await aios.getByLabel("Onderbouwing: waarom deze optie?").fill("Zo komt ze weer naar de praktijk.");
    await aios.getByRole("button", { name: "Voorstel doen" }).click();
    await aios.getByText("Eerst moet iedereen zijn eigen voorkeur vastleggen.").waitFor();

    await sw.getByLabel("Bericht aan je team").fill("Zullen we vervoer regelen?");
    await sw.getByRole("button", { name: "Versturen" }).click();
    await aios.locator(".chat-log").getByText("Zullen we vervoer regelen?").waitFor();

    await teacher.getByRole("button", { name: "Alles pauzeren" }).click();
    for (const page of [aios, sw])
      await page.getByText("Gepauzeerd: de docent heeft het spel stilgezet.").waitFor();
    await teacher.locator('[data-timer="T1"]').getByText("gepauzeerd").waitFor();
    await teacher.getByRole("button", { name: "Alles hervatten" }).click();
    for (const page of [aios, sw])
      await expect.poll(() => page.getByText("Gepauzeerd: de docent").isVisible()).toBe(false);

    // The message form is folded in mission control's sticky bar.
    await teacher.locator("#message-box summary").click();
    await teacher.getByLabel("Bericht", { exact: true }).fill("Nog twee minuten voor dit besluit.");
    await teacher.getByRole("button", { name: "Versturen" }).click();
    for (const page of [aios, sw])
      await page.locator(".feed").getByText("Nog twee minuten voor dit besluit.").waitFor();

    // The second decision under a regisseur rule: preferences, a proposal, a vote, the regisseur confirms.
    const contact = "De SW is het vaste aanspreekpunt en belt de AIOS na de afspraak terug.";
    for (const page of [aios, sw]) {
      await page.getByLabel(contact).check();
      await page.getByRole("button", { name: "Voorkeur vastleggen" }).click();
      await page.getByText(`Jouw voorkeur: ${contact}`).waitFor();
    }
    await aios.getByLabel("Optie", { exact: true }).selectOption({ label: contact });
    await aios
      .getByLabel("Onderbouwing: waarom deze optie?")
      .fill("Eén vast aanspreekpunt voor mevrouw Jansen.");
    await aios.getByRole("button", { name: "Voorstel doen" }).click();
    await sw.getByText(`Amir stelt voor: ${contact}`).waitFor();
    await sw.getByRole("button", { name: "Eens", exact: true }).click();
    await sw.getByRole("button", { name: "Besluit bevestigen" }).click();

    // The last decision ends the game: both students and the teacher see the outcome.
    for (const page of [aios, sw]) {
      await page.getByText(`Besloten: ${contact} (door de regisseur)`).waitFor();
      await page.getByRole("heading", { name: "Afloop" }).waitFor();
      await page.getByText("Mevrouw Jansen mist ook haar volgende afspraak.").first().waitFor();
    }
    await teacher.locator('[data-team="T1"]').getByText("afgelopen").first().waitFor();

    // Ending the session asks once more.
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).click();
    await teacher.getByRole("button", { name: "Ja, beëindigen" }).click();
    await teacher.getByText("De sessie is beëindigd.").waitFor();
  }, 60_000);
});
