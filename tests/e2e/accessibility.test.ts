// Every page a class sees, checked by axe-core in Chromium (no serious or critical findings), never wider than the
// screen at 1366×768 and at 200 % zoom, and keeping the focus where the user was after a language switch or a join.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { injectAxe } from "../helpers/axe.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { Scripted } from "../helpers/scripted.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots9/mission";
const SIZES = [
  { name: "1366", width: 1366, height: 768 },
  { name: "200pct", width: 683, height: 384 },
];

type Finding = { id: string; impact: string | null; help: string; targets: string[] };

/** axe's findings on the page as it is now; the serious and critical ones must be none. */
async function axe(page: Page): Promise<Finding[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
}

const severe = (findings: Finding[]) =>
  findings.filter((f) => f.impact === "serious" || f.impact === "critical");

async function noSidewaysScroll(page: Page, label: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const wide = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(wide.scroll, `${label} at ${size.name}`).toBeLessThanOrEqual(wide.client);
    await page.screenshot({ path: `${SHOTS}/a11y-${label}-${size.name}.png` });
  }
  await page.setViewportSize(SIZES[0] ?? { width: 1366, height: 768 });
}

describe.skipIf(!browserPath)("accessibility of every page", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("passes axe on home, host form, join, lobby, play, mission control and debrief, and fits both sizes", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const report: Record<string, Finding[]> = {};
    const check = async (name: string, page: Page) => {
      report[name] = await axe(page);
      expect(severe(report[name] ?? []), `${name}: ${JSON.stringify(severe(report[name] ?? []))}`).toEqual(
        [],
      );
    };

    const home = await app.newPage();
    await home.goto(app.server.url);
    await home.getByRole("heading", { name: "Wijkcrisis" }).waitFor();
    await check("home", home);

    await home.getByRole("link", { name: "Sessie starten (docent)" }).click();
    await home.getByLabel("Scenario").locator("option").first().waitFor({ state: "attached" });
    await home.locator(".scenario-about p").first().waitFor();
    await check("host form", home);

    const session = await app.server.createSession();
    const teacher = await app.newPage();
    await teacher.goto(session.teacherUrl);
    await teacher.getByTestId("join-code").waitFor();

    const student = await app.newPage();
    await student.goto(`${app.server.url}/join/${session.code}`);
    await student.getByLabel("Je naam").waitFor();
    await check("join", student);
    await noSidewaysScroll(student, "join");

    await student.getByLabel("Je naam").fill("Amir");
    await student.getByLabel("Je rol").selectOption("AIOS");
    await student.getByRole("button", { name: "Meedoen" }).click();
    await student.getByRole("heading", { name: "Wachtruimte" }).waitFor();
    // The focus left with the form; it lands on the lobby's heading, not on the page's body.
    expect(await student.evaluate(() => document.activeElement?.textContent)).toBe("Wachtruimte");
    const sdk = app.server.colyseus.sdk;
    await Scripted.player(sdk, session.roomId, "Sanne", "AIOS");
    await Scripted.player(sdk, session.roomId, "Wim", "WV");
    await student.locator('[data-player="Sanne"]').waitFor();
    await check("lobby", student);
    await noSidewaysScroll(student, "lobby");
    await teacher.locator('[data-player="Sanne"]').waitFor();
    await check("mission control (lobby)", teacher);

    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    expect(await host.send("host.start")).toBe("ok");
    await student.locator(".play-header, [data-testid='team-table']").first().waitFor();
    await check("play", student);
    await teacher.locator(".team-grid .team-card").first().waitFor();
    await check("mission control", teacher);
    await noSidewaysScroll(teacher, "mission");
    await teacher.getByRole("button", { name: "Team T1: details", exact: false }).click();
    await teacher.locator("dialog.team-detail[open]").waitFor();
    await check("team detail", teacher);
    await teacher.keyboard.press("Escape");

    expect(await host.send("host.end")).toBe("ok");
    const debrief = await app.newPage();
    await debrief.goto(session.teacherUrl);
    await debrief
      .getByTestId("join-code")
      .waitFor({ state: "detached" })
      .catch(() => {});
    await debrief.goto(`${app.server.url}/debrief/${session.code}`);
    await debrief.locator("h1").first().waitFor();
    await debrief.locator(".debrief-head, .debrief-message").first().waitFor();
    await check("debrief", debrief);

    // The moderate findings are for the report, not a failure.
    for (const [name, findings] of Object.entries(report))
      for (const f of findings.filter((x) => !severe([x]).length))
        console.log(`axe ${name}: ${f.impact} ${f.id} (${f.help}) ${f.targets.join(", ")}`);
  }, 90_000);

  it("keeps the focus on the language switch, and what was typed, after switching", async () => {
    const session = await app.server.createSession();
    const page = await app.newPage();
    await page.goto(`${app.server.url}/join/${session.code}`);
    await page.getByLabel("Je naam").fill("Noor");
    await page.getByRole("button", { name: "English" }).focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("Your name").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-language"))).toBe("en");
    expect(await page.getByLabel("Your name").inputValue()).toBe("Noor");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    // A page in a session reloads in the new language and rejoins by itself; the focus is back on the switch.
    await page.getByRole("button", { name: "Join" }).click();
    await page.getByRole("heading", { name: "Lobby" }).waitFor();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { name: "Wachtruimte" }).waitFor();
    await page.locator('[data-player="Noor"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-language"))).toBe("nl");
  }, 60_000);
});
