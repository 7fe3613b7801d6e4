// Pooling decides, in real browsers: a team that shares nothing picks the best options anyway, sees them play
// out as their uninformed consequence, and after the game reads why, with the missing cards' holders.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { playOut } from "../../scenarios/engine/knowledge.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { load } from "../helpers/play.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
/** Set to a folder to keep screenshots of the decided decision and the outcome, at 100 % and 200 % zoom. */
const shotsDir = process.env.WIJKCRISIS_SHOTS;

/** Who held each card in a two-player team, in the words of the outcome screen. */
const HOLDER: Record<string, string> = {
  AIOS: "huisarts in opleiding (AIOS)",
  SW: "sociaal werker (wijkteam)",
};

describe.skipIf(!browserPath)("pooling decides, in the browser", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });
  // Texts are read from the scenario at test time: the tutorial's wording is not this test's business.
  const s = load("tutorial-nl.yaml");
  const decision = (id: string) => {
    const d = s.decisions.find((x) => x.id === id);
    if (!d) throw new Error(`the tutorial has no decision ${id}`);
    return d;
  };
  const option = (decisionId: string, optionId: string) => {
    const o = decision(decisionId).options.find((x) => x.id === optionId);
    if (!o) throw new Error(`the tutorial has no option ${decisionId}-${optionId}`);
    return o;
  };

  async function introduce(page: Page, who: string) {
    await page.getByLabel("Wie ben ik?").fill(who);
    await page.getByLabel("Wat kan ik voor jullie doen?").fill("Meedenken over de zorg");
    await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Via de chat");
    await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
  }

  async function prefer(pages: Page[], decisionId: string, optionId: string) {
    for (const page of pages) {
      const article = page.locator(`[data-decision="${decisionId}"]`);
      await article.locator(`#pref-${decisionId}-${optionId}`).check();
      await article.getByRole("button", { name: "Voorkeur vastleggen" }).click();
      await article.getByText(`Jouw voorkeur: ${option(decisionId, optionId).text}`).waitFor();
    }
  }

  async function propose(page: Page, decisionId: string, optionId: string) {
    const article = page.locator(`[data-decision="${decisionId}"]`);
    await article.getByLabel("Optie", { exact: true }).selectOption(optionId);
    await article.getByLabel("Onderbouwing: waarom deze optie?").fill("Dit lijkt ons het beste.");
    await article.getByRole("button", { name: "Voorstel doen" }).click();
  }

  /** Looks at a part at 1366 × 768 and at 200 % zoom (a 683 × 384 window): it must reflow, never scroll sideways. */
  async function shoot(page: Page, target: Locator, name: string) {
    const shot = async (suffix: string) => {
      if (!shotsDir) return;
      mkdirSync(shotsDir, { recursive: true });
      await page.screenshot({ path: join(shotsDir, `${name}-${suffix}.png`) });
      await target.screenshot({ path: join(shotsDir, `${name}-${suffix}-element.png`) });
    };
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await target.scrollIntoViewIfNeeded();
    await shot("1366x768");
    expect(await sideways(), `${name} at 1366 × 768`).toBe(0);
    await page.setViewportSize({ width: 683, height: 384 });
    await target.scrollIntoViewIfNeeded();
    await shot("zoom200");
    expect(await sideways(), `${name} at 200 % zoom`).toBe(0);
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  it("plays the best options without sharing a card: uninformed results, and a review of what was missing", async () => {
    const best1 = option("B1", "D");
    const best2 = option("B2", "B");
    expect(best1.best && best2.best, "D and B are the tutorial's best options").toBe(true);
    // With nothing on the table, this is how the engine plays them out.
    const played1 = playOut(best1, new Set());
    const played2 = playOut(best2, new Set());
    expect(played1.knowledge).toBe("uninformed");
    expect(played1.text, "the best option of B1 has an uninformed consequence").toBeTruthy();

    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByLabel("Spelers per team").selectOption("2");
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
    const aios = await app.joinAs(code, "Amir", "AIOS");
    const sw = await app.joinAs(code, "Sanne", "SW");
    const players = [aios, sw];
    await teacher.locator('[data-team="T1"] [data-player="Sanne"]').waitFor();
    await teacher.getByRole("button", { name: "Start", exact: true }).click();

    for (const page of players) await page.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();
    await introduce(aios, "Amir, huisarts in opleiding");
    await introduce(sw, "Sanne, sociaal werker");
    const f1 = s.phases[1]?.name ?? "";
    for (const page of players) await page.getByRole("heading", { name: `Fase: ${f1}` }).waitFor();

    // An option that waits on a card says so; a hidden one is not there at all.
    for (const o of decision("B1").options.filter((x) => x.available)) {
      const input = sw.locator(`#pref-B1-${o.id}`);
      if (o.hidden) expect(await input.count(), `hidden option B1-${o.id}`).toBe(0);
      else if (o.available && "shared" in o.available)
        await sw
          .locator("label", { has: input })
          .getByText("(vraagt informatie die nog niet op tafel ligt)")
          .waitFor();
    }
    await shoot(sw, sw.locator('[data-decision="B1"]'), "open-decision");

    // B1 by consensus, nothing shared: the team's table stays empty.
    await prefer(players, "B1", "D");
    await propose(aios, "B1", "D");
    await sw.locator('[data-decision="B1"]').getByRole("button", { name: "Eens", exact: true }).click();
    for (const page of players) {
      const b1 = page.locator('[data-decision="B1"]');
      await b1.getByText(`Besloten: ${best1.text} (door het team)`).waitFor();
      const result = b1.locator(".result");
      await expect.poll(() => result.getAttribute("data-knowledge")).toBe("uninformed");
      await result.getByText("Jullie kozen dit zonder informatie die ervoor nodig was.").waitFor();
      await result.getByText(played1.text ?? "").waitFor();
      await page
        .locator(".feed")
        .getByText(played1.text ?? "")
        .waitFor();
      expect(await page.getByTestId("team-table").getByText("Er ligt nog niets op tafel.").count()).toBe(1);
    }
    await shoot(sw, sw.locator('[data-decision="B1"]'), "decided-decision");

    // With its decision taken the phase is over; B2 under the social worker as regisseur.
    const f2 = s.phases[2]?.name ?? "";
    for (const page of players) await page.getByRole("heading", { name: `Fase: ${f2}` }).waitFor();
    await prefer(players, "B2", "B");
    await propose(aios, "B2", "B");
    await sw.locator('[data-decision="B2"]').getByRole("button", { name: "Eens", exact: true }).click();
    await sw.getByRole("button", { name: "Besluit bevestigen" }).click();

    // The outcome says why: each decision, chosen without what it needed, and who held the missing cards.
    for (const page of players) {
      await page.getByRole("heading", { name: "Afloop" }).waitFor();
      const why = page.getByRole("region", { name: "Waarom?" });
      await why.getByRole("heading", { name: "Waarom?" }).waitFor();
      const items = why.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4 }) });
      expect(await items.count()).toBe(s.decisions.length);

      const b1 = why.locator('[data-review="B1"]');
      await b1.getByRole("heading", { name: decision("B1").question }).waitFor();
      await b1.getByText(`Jullie kozen: ${best1.text} (door het team)`).waitFor();
      await b1.getByText("Jullie kozen dit zonder informatie die ervoor nodig was.").waitFor();
      await b1.getByText("Dit was de sterkste keuze, maar die werkt alleen met de informatie").waitFor();
      const missed = await b1.locator(".missed li").allTextContents();
      expect(missed).toHaveLength(played1.missing.length);
      for (const cardId of played1.missing) {
        const card = s.cards.find((c) => c.id === cardId);
        // With two players the optional role's cards go to the social worker.
        const holder =
          HOLDER[
            s.redistribution.find((r) => r.missing === "WV")?.moves.find((m) => m.card === cardId)?.to ??
              card?.owner ??
              ""
          ];
        expect(holder, `a holder for ${cardId}`).toBeTruthy();
        expect(missed).toContain(
          card?.title ? `${card.title} — had de ${holder}` : `een kaart van de ${holder}`,
        );
      }
      const b2 = why.locator('[data-review="B2"]');
      await expect
        .poll(() => b2.locator(".knowledge").getAttribute("data-knowledge"))
        .toBe(played2.knowledge);
      expect(await b2.locator(".missed li").count()).toBe(played2.missing.length);
    }
    await shoot(aios, aios.getByRole("region", { name: "Afloop" }), "outcome");
  }, 90_000);
});
