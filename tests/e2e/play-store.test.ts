// The play page draws from one store: a change re-draws only the sections whose slice of the view changed. Each
// section counts its draws (data-draws); a chat line must not re-draw the hand, the decisions or the table, and a
// card on the table must not re-draw the chat.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { Scripted } from "../helpers/scripted.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const INJECT = "Mevrouw Jansen belde: ze kan vrijdag weer niet komen.";
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

  it("an inject is announced in the scene first, then lands in the news", async () => {
    const session = await app.server.createSession({ scenarioId: TUTORIAL.id, language: "nl", teamSize: 2 });
    const sdk = app.server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const page = await app.joinAs(session.code, "Amir", "AIOS");
    const sw = await Scripted.player(sdk, session.roomId, "Sanne", "SW");
    expect(await host.send("host.start")).toBe("ok");
    // The scene is drawn (Phaser loads once the page is idle) before the inject comes.
    const canvas = page.locator(".scene-stage canvas");
    await canvas.waitFor();
    expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
    await page.locator("[data-decision]").first().waitFor();
    expect(await host.send("host.inject", { injectId: "I1" })).toBe("ok");
    await expect.poll(() => canvas.getAttribute("data-last-event")).toBe("inject:practice");
    const inNews = page.locator(".feed").getByText(INJECT);
    expect(await inNews.count()).toBe(0);
    await inNews.waitFor();
    await sw.room.leave();
    await host.room.leave();
  });
});
