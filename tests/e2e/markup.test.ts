// What players write is shown as text, never run: a nickname, a chat line and an introduction full of markup and
// script reach a teammate's screen and mission control literally, nothing executes, and the pages carry a content
// security policy that allows only the client's own scripts.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../server/http/static.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
/** 23 characters, within the nickname limit: as markup it would set a global `p`. */
const NICK = "<img src=x onerror=p=1>";
const CHAT = '<script>window.q=1</script><b id="bold">vet</b><img src=x onerror="window.q=2">';

const ran = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { p: w.p ?? null, q: w.q ?? null, bold: document.getElementById("bold") !== null };
  });

describe.skipIf(!browserPath)("player-written text in the browser", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("shows markup and script as text on every screen, and the pages send a content security policy", async () => {
    const teacher = await app.newPage();
    const response = await teacher.goto(`${app.server.url}/host`);
    expect(response?.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
    await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
    const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
    const evil = await app.joinAs(code, NICK, "SW");
    const other = await app.joinAs(code, "Amir", "AIOS");
    await teacher.getByText(NICK, { exact: true }).first().waitFor();
    await other.getByText(NICK).first().waitFor();
    await teacher.getByRole("button", { name: "Start", exact: true }).click();

    await evil.getByLabel("Wie ben ik?").fill(CHAT);
    await evil.getByLabel("Wat kan ik voor jullie doen?").fill(CHAT);
    await evil.getByLabel("Hoe ben ik direct te bereiken?").fill(CHAT);
    await evil.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
    await evil.getByLabel("Bericht aan je team").fill(CHAT);
    await evil.getByRole("button", { name: "Versturen" }).click();

    await other.locator(".chat-line", { hasText: CHAT }).waitFor();
    await other.locator(".intro dd", { hasText: CHAT }).first().waitFor();
    expect(await other.locator(".chat-line .nickname").first().textContent()).toBe(NICK);
    for (const page of [teacher, evil, other])
      expect(await ran(page)).toEqual({ p: null, q: null, bold: false });
  });
});
