// The play page draws from one store: a change re-draws only the sections whose slice of the view changed. Each
// section counts its draws (data-draws); a chat line must not re-draw the hand, the decisions or the table, and a
// card on the table must not re-draw the chat.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SECTIONS = ["hand", "decisions", "table", "casus", "chat", "feed", "contacts"] as const;

/** How often each section of the play page has been drawn so far. */
async function draws(page: Page): Promise<Record<(typeof SECTIONS)[number], number>> {
  return page.evaluate((ids) => {
    const count = (id: string) => {
      const el = document.querySelector(`section[aria-labelledby="${id}-heading"]`);
      return Number((el as HTMLElement | null)?.dataset.draws ?? "0");
    };
    return Object.fromEntries(ids.map((id) => [id, count(id)])) as Record<(typeof ids)[number], number>;
  }, SECTIONS);
}

describe.skipIf(!browserPath)("the play page re-draws only what changed", () => {
  const app = browserApp(browserPath ?? "");

  it("a chat line re-draws the chat alone; a shared card the table and hand, not the chat", async () => {
    const teacher = await app.newPage();
    await teacher.goto(`${app.server.url}/host`);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
    const sw = await app.joinAs(code, "Sanne", "SW");
    const aios = await app.joinAs(code, "Amir", "AIOS");
    await teacher.locator('[data-team="T1"] [data-player="Amir"]').waitFor();
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    await aios.getByRole("heading", { name: "Mijn kaarten" }).waitFor();
    await sw.getByRole("heading", { name: "Mijn kaarten" }).waitFor();
    // Let the start settle: every section has drawn its first view.
    await expect.poll(async () => (await draws(aios)).hand).toBeGreaterThan(0);
    await aios.waitForTimeout(500);

    const before = await draws(aios);
    await sw.getByLabel("Bericht aan je team").fill("Zien jullie de buurtbus ook?");
    await sw.getByRole("button", { name: "Versturen" }).click();
    await aios.getByText("Zien jullie de buurtbus ook?").waitFor();
    const afterChat = await draws(aios);
    expect(afterChat.chat).toBe(before.chat + 1);
    for (const quiet of ["hand", "decisions", "table", "casus", "contacts"] as const)
      expect(afterChat[quiet], quiet).toBe(before[quiet]);

    await aios.locator("[data-card] button", { hasText: "Op tafel leggen" }).first().click();
    await expect.poll(async () => (await draws(aios)).table).toBeGreaterThan(afterChat.table);
    const afterShare = await draws(aios);
    expect(afterShare.hand).toBeGreaterThan(afterChat.hand);
    expect(afterShare.chat).toBe(afterChat.chat);
    expect(afterShare.casus).toBe(afterChat.casus);
  });
});
