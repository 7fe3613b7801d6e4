// The class comparison and "what if" in a real browser: two teams play the tutorial differently (one pools, one
// does not), the teacher compares them, sees where they diverged, and forks the non-pooling team's first decision.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { hostKeyOf, overflow, screenshot, startTutorial, zoomedContext } from "../helpers/debrief-game.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots9";

const OPTION = {
  "B1-A": "Een geheugentest en een herinneringsbrief.",
  "B1-B": "Een folder over de dagbesteding in het buurthuis.",
  "B1-D": "Vervoer regelen en de afspraak opnieuw plannen.",
  "B2-A": "Niemand vast; mevrouw Jansen belt zelf als ze iets nodig heeft.",
  "B2-B": "De SW is het vaste aanspreekpunt en belt de AIOS na de afspraak terug.",
} as const;
type OptionKey = keyof typeof OPTION;

/** Both record the same preference, the AIOS proposes, the SW agrees (and confirms, as B2's regisseur). */
async function decide(aios: Page, sw: Page, key: OptionKey) {
  const [decisionId, optionId] = key.split("-") as [string, string];
  for (const page of [aios, sw]) {
    const article = page.locator(`[data-decision="${decisionId}"]`);
    await article.locator(`#pref-${decisionId}-${optionId}`).check();
    await article.getByRole("button", { name: "Voorkeur vastleggen" }).click();
    await article.getByText(`Jouw voorkeur: ${OPTION[key]}`).waitFor();
  }
  const article = aios.locator(`[data-decision="${decisionId}"]`);
  await article.getByLabel("Optie", { exact: true }).selectOption(optionId);
  await article.getByLabel("Onderbouwing: waarom deze optie?").fill("Dit lijkt ons het beste.");
  await article.getByRole("button", { name: "Voorstel doen" }).click();
  const theirs = sw.locator(`[data-decision="${decisionId}"]`);
  await theirs.getByRole("button", { name: "Eens", exact: true }).click();
  if (decisionId === "B2") await theirs.getByRole("button", { name: "Besluit bevestigen" }).click();
  await sw.locator(`[data-decision="${decisionId}"]`).getByText(`Besloten: ${OPTION[key]}`).waitFor();
}

const shoot = (page: Page, name: string) => screenshot(page, SHOTS, name);

describe.skipIf(!browserPath)("the class comparison and what-if", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("compares a pooling and a silent team, marks where they diverged, and forks the silent team's decision", async () => {
    const students = [
      ["Amir", "AIOS"],
      ["Sanne", "SW"],
      ["Bram", "AIOS"],
      ["Sara", "SW"],
    ] as const;
    // Which team each student landed in is the balancer's business; the test asks mission control.
    const teams = new Map<string, [string, string]>();
    const { teacher, code, pages } = await startTutorial(app, students, {
      teamSize: 2,
      beforeStart: async (host) => {
        const teamOf = (name: string) =>
          host
            .locator(`[data-player="${name}"]`)
            .evaluate((el) => el.closest("[data-team]")?.getAttribute("data-team") ?? "");
        for (const [aios, sw] of [
          ["Amir", "Sanne"],
          ["Bram", "Sara"],
        ] as const) {
          const team = await teamOf(aios);
          expect(await teamOf(sw), `${aios} and ${sw} in one team`).toBe(team);
          teams.set(team, [aios, sw]);
        }
      },
    });
    const pageOf = (name: string | undefined) => pages[students.findIndex(([n]) => n === name)] as Page;
    const team = (id: string) => ({ aios: pageOf(teams.get(id)?.[0]), sw: pageOf(teams.get(id)?.[1]) });
    if (!teams.has("T1") || !teams.has("T2")) throw new Error(`teams: ${[...teams.keys()]}`);
    const pooler = team("T1");
    const silent = team("T2");

    // Team 1 pools every critical card, then chooses D (informed) and B.
    await pooler.aios.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await pooler.sw.locator('[data-card="S1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await pooler.sw.locator('[data-card="V1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await pooler.sw.getByLabel("Toestemming van de cliënt").check();
    await pooler.sw.getByRole("button", { name: "Delen op deze grondslag" }).click();
    await pooler.aios.getByTestId("team-table").getByText("Grondslag: Toestemming van de cliënt").waitFor();
    await decide(pooler.aios, pooler.sw, "B1-D");
    // Team 2 shares nothing and chooses D too (uninformed), then A.
    await decide(silent.aios, silent.sw, "B1-D");
    for (const team of [pooler, silent])
      await team.sw.getByRole("heading", { name: "Fase: Afspraken" }).waitFor();
    await decide(pooler.aios, pooler.sw, "B2-B");
    await decide(silent.aios, silent.sw, "B2-A");
    for (const team of [pooler, silent]) await team.sw.getByRole("heading", { name: "Afloop" }).waitFor();

    // The debrief, opened on the silent team.
    await teacher.goto(`${app.server.url}/debrief/${code}?team=T2`);
    await teacher.getByRole("heading", { name: `Nabespreking: ${TUTORIAL.title}` }).waitFor();

    // Contributions per role: the silent team shared no card; both its players proposed, voted or confirmed.
    const contrib = teacher.locator("table", {
      has: teacher.locator("caption", { hasText: "Bijdragen per rol" }),
    });
    const swRow = contrib.locator("tr", { hasText: "Sociaal werker (wijkteam)" });
    await swRow.waitFor();
    // Columns: shares, chat, proposals, votes, contacts. Sara shared nothing and voted twice.
    expect(await swRow.locator("td").allTextContents()).toEqual(["0", "0", "0", "2", "0"]);
    await teacher.locator(".contributions").scrollIntoViewIfNeeded();
    await shoot(teacher, "contributions-1366");

    // The comparison opens on request: B1 same option, different knowledge; B2 different options.
    await teacher.getByText("Klasvergelijking: alle teams naast elkaar").click();
    const b1 = teacher.locator('.compare-decision[data-decision="B1"]');
    await b1.getByText("≠ zelfde keuze, andere kennis").waitFor();
    expect(await b1.getAttribute("data-diverged")).toBe("knowledge");
    const t1b1 = b1.locator('tr[data-team="T1"]');
    await t1b1.getByText(OPTION["B1-D"]).waitFor();
    await t1b1.getByText("✓ geïnformeerd").waitFor();
    await t1b1.getByText("3 van 3").waitFor();
    const t2b1 = b1.locator('tr[data-team="T2"]');
    await t2b1.getByText(OPTION["B1-D"]).waitFor();
    await t2b1.getByText("✗ ongeïnformeerd").waitFor();
    await t2b1.getByText("0 van 3").waitFor();
    const b2 = teacher.locator('.compare-decision[data-decision="B2"]');
    await b2.getByText("≠ teams kozen verschillend").waitFor();
    await b2.locator('tr[data-team="T1"]').getByText(OPTION["B2-B"]).waitFor();
    await b2.locator('tr[data-team="T2"]').getByText(OPTION["B2-A"]).waitFor();
    const outcomes = teacher.locator("table.compare-outcomes");
    await outcomes.locator('tr[data-team="T2"]').getByText("Slecht").waitFor();
    await teacher.locator("caption", { hasText: "Cruciale kaarten op tafel per team" }).waitFor();
    expect(await teacher.locator(".compare-panel .chart canvas").count()).toBe(1);
    await teacher.getByText("Klasvergelijking: alle teams naast elkaar").scrollIntoViewIfNeeded();
    expect(await overflow(teacher)).toBeLessThanOrEqual(0);
    await shoot(teacher, "compare-1366");
    await teacher.locator(".compare-panel figure").scrollIntoViewIfNeeded();
    await shoot(teacher, "compare-chart-1366");

    // What if the silent team had chosen the folder at B1? The fork plays on beside the original.
    const whatIf = teacher.locator("section.whatif");
    await whatIf.getByLabel("Besluit", { exact: true }).selectOption("B1");
    await whatIf.getByLabel("Andere keuze").selectOption("B");
    await whatIf.getByRole("button", { name: "Speel verder met deze keuze" }).click();
    const fork = whatIf.locator(".whatif-fork").first();
    await fork
      .getByRole("heading", { name: `Wat als: Wat doen jullie voor mevrouw Jansen? → ${OPTION["B1-B"]}` })
      .waitFor();
    const outcomeRow = fork.locator("tr", { hasText: "Afloop" });
    expect(await outcomeRow.locator("td").allTextContents()).toEqual(["Slecht", "Gemengd"]);
    const gez = fork.locator("tr", { hasText: "Gezondheid" });
    expect(await gez.locator("td").allTextContents()).toEqual(["2", "3"]);
    await fork.getByText(`${OPTION["B1-B"]} · ✓ geïnformeerd (door het team)`).waitFor();
    await fork.getByText("In naam van het team toegevoegd: 3", { exact: false }).waitFor();
    await fork.getByText("Alles wat het team na dit besluit deed, gold ook in de wat-als.").waitFor();
    // A second fork is kept beside the first until the page reloads.
    await whatIf.getByLabel("Andere keuze").selectOption("C");
    await whatIf.getByRole("button", { name: "Speel verder met deze keuze" }).click();
    await expect.poll(() => whatIf.locator(".whatif-fork").count()).toBe(2);
    await fork.scrollIntoViewIfNeeded();
    expect(await overflow(teacher)).toBeLessThanOrEqual(0);
    await shoot(teacher, "whatif-1366");

    // The stored log is untouched: the export still holds the team's own choice, and no what-if entry.
    const hostKey = await hostKeyOf(teacher, code);
    const exported = (await (
      await fetch(`${app.server.url}/api/sessions/${code}/export`, {
        headers: { Authorization: `Bearer ${hostKey}` },
      })
    ).json()) as { entries: { type: string; payload: { rationale?: string } }[] };
    expect(exported.entries.some((e) => e.payload?.rationale?.startsWith("Wat als"))).toBe(false);

    // At 200 % zoom the comparison and the fork reflow instead of running off the side.
    const zoomed = await zoomedContext(teacher);
    const small = await zoomed.newPage();
    await small.goto(`${app.server.url}/debrief/${code}?team=T2#key=${hostKey}`);
    await small.getByText("Klasvergelijking: alle teams naast elkaar").click();
    await small.locator('.compare-decision[data-decision="B1"]').scrollIntoViewIfNeeded();
    expect(await overflow(small)).toBeLessThanOrEqual(0);
    await shoot(small, "compare-200pct");
    const smallWhatIf = small.locator("section.whatif");
    await smallWhatIf.getByLabel("Andere keuze").selectOption("B");
    await smallWhatIf.getByRole("button", { name: "Speel verder met deze keuze" }).click();
    await smallWhatIf.locator(".whatif-fork").first().scrollIntoViewIfNeeded();
    expect(await overflow(small)).toBeLessThanOrEqual(0);
    await shoot(small, "whatif-200pct");
    await small.locator(".contributions").scrollIntoViewIfNeeded();
    await shoot(small, "contributions-200pct");
    await zoomed.close();
  }, 150_000);
});
