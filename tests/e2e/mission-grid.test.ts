// Mission control with a class of ten teams on the projector laptop (1366×768): every team in view at once, no
// sideways scrolling (also at 200 %), a call to a contact the teacher plays raises an alert, one team opens in detail.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { Scripted } from "../helpers/scripted.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots9/mission";
const TEAMS = 10;
const ROLES = ["AIOS", "SW", "WV"];

/** A class of thirty scripted students, balanced into ten teams of three, and started. */
async function startClass(app: ReturnType<typeof browserApp>) {
  const session = await app.server.createSession({
    scenarioId: "elke-week-een-andere-klacht",
    language: "nl",
    teamSize: 3,
  });
  const sdk = app.server.colyseus.sdk;
  const host = await Scripted.host(sdk, session.roomId, session.hostKey, "T3");
  const students: Scripted[] = [];
  for (let i = 0; i < TEAMS * ROLES.length; i++)
    students.push(await Scripted.player(sdk, session.roomId, `Student ${i + 1}`, ROLES[i % ROLES.length]));
  expect(await host.send("host.start")).toBe("ok");
  for (const s of students) await s.waitForView("the game to start", (v) => v.status === "playing");
  return { session, host, students };
}

/** The busiest a card gets in play: every team (but T3) past the introductions, with a proposal and a vote. */
async function busyClass(host: Scripted, students: Scripted[]) {
  for (let team = 1; team <= TEAMS; team++) {
    if (team === 3) continue;
    const members = students.slice((team - 1) * 3, team * 3);
    const [proposer, voter] = members;
    if (!proposer || !voter) throw new Error("a team of three");
    expect(await host.send("host.advance", { teamId: `T${team}` })).toBe("ok");
    const open = await proposer.waitForView("an open decision", (v) =>
      v.decisions.some((d) => d.status === "open"),
    );
    const decision = open.decisions.find((d) => d.status === "open");
    const option = decision?.options.find((o) => o.available)?.id ?? "";
    const decisionId = decision?.id ?? "";
    for (const m of members) {
      await m.waitForView("the open decision", (v) =>
        v.decisions.some((d) => d.id === decisionId && d.status === "open"),
      );
      expect(await m.send("preference.record", { decisionId, optionId: option })).toBe("ok");
    }
    await proposer.waitForView("every preference", (v) =>
      v.decisions.some((d) => d.id === decisionId && d.preferencesRecorded === members.length),
    );
    expect(
      await proposer.send("proposal.make", {
        decisionId,
        optionId: option,
        rationale: "Dit past bij wat we weten.",
      }),
    ).toBe("ok");
    const proposed = await voter.waitForView("the proposal", (v) =>
      v.proposals.some((p) => p.status === "open"),
    );
    const proposal = proposed.proposals.find((p) => p.status === "open");
    expect(await voter.send("proposal.vote", { proposalId: proposal?.id ?? "", agree: true })).toBe("ok");
  }
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function openMission(page: Page, session: CreateSessionResponse) {
  await page.goto(session.teacherUrl);
  await expect.poll(() => page.locator(".team-grid > .team-card").count(), { timeout: 15_000 }).toBe(TEAMS);
}

describe.skipIf(!browserPath)("mission control for a class of ten teams", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("shows every team at once, raises an alert on a call, and opens one team's detail", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { session, host, students } = await startClass(app);
    await busyClass(host, students);
    const teacher = await app.newPage();
    await openMission(teacher, session);
    await expect
      .poll(() => teacher.locator(".team-card .open-decision").count(), { timeout: 10_000 })
      .toBe(TEAMS - 1);
    await teacher.locator(".team-card .open-decision .proposal").first().waitFor();
    await teacher.getByText("Scenario: Elke week een andere klacht").waitFor();

    const grid = await teacher.locator(".team-grid").boundingBox();
    expect(grid?.height ?? Infinity).toBeLessThanOrEqual(768);
    // Scrolled to the grid, the sticky bar stays on top: the bar and all ten teams are on the screen together.
    await teacher.screenshot({ path: `${SHOTS}/grid-1366.png` });
    await teacher.locator(".team-grid").evaluate((el) => el.scrollIntoView({ block: "end" }));
    const bar = await teacher.locator(".mission-bar").boundingBox();
    const top = await teacher.locator(".team-grid").boundingBox();
    console.log("bar", bar, "grid", top);
    expect((bar?.y ?? 1) >= 0 && (bar?.y ?? 0) + (bar?.height ?? 0) <= (top?.y ?? 0) + 1).toBe(true);
    expect(await noSidewaysScroll(teacher)).toBe(true);
    await teacher.screenshot({ path: `${SHOTS}/grid-1366.png` });

    // Team T3 reaches the phase where Erik can be called, introduces itself, chats, and calls him.
    const t3 = students.filter((s) => s.view()?.teamId === "T3");
    expect(t3).toHaveLength(3);
    const [first] = t3;
    if (!first) throw new Error("no T3");
    expect(
      await first.send("kennismaken.submit", {
        whoIAm: "Wijkteam-collega",
        whatICanDo: "Huisbezoek",
        howToReachMe: "Via de chat",
      }),
    ).toBe("ok");
    expect(await first.send("chat.say", { text: "Zullen we Erik bellen?" })).toBe("ok");
    expect(await host.send("host.advance", { teamId: "T3" })).toBe("ok");
    await first.waitForView("the first play phase", (v) =>
      v.contacts.some((c) => c.id === "erik" && c.available),
    );

    // A click first: browsers allow sound only after the user touched the page.
    await teacher.locator(".mission-title h1").click();
    const calls = teacher.locator(".mission-alerts");
    expect(await calls.getAttribute("data-calls")).toBe("0");
    expect(
      await first.send("contact.request", { contactId: "erik", question: "Mogen we met je meekijken?" }),
    ).toBe("ok");
    const alert = teacher.locator('.mission-alerts button.call[data-call^="T3:"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Team T3");
    expect(await alert.textContent()).toContain("Erik de Vries");
    await teacher.locator('.team-card.calling[data-team="T3"]').waitFor();
    await expect.poll(() => teacher.locator(".mission-alerts").getAttribute("data-beeps")).toBe("1");
    await teacher.screenshot({ path: `${SHOTS}/alert-1366.png` });

    // The alert opens T3's detail: the question to answer, the chat, the introductions, the table.
    await alert.click();
    const detail = teacher.locator('dialog.team-detail[data-detail="T3"]');
    await detail.waitFor();
    await detail.getByRole("heading", { name: "Team T3" }).waitFor();
    await detail.getByText("Zullen we Erik bellen?").waitFor();
    await detail.getByText("Wijkteam-collega").waitFor();
    await detail.getByRole("heading", { name: /Op tafel/ }).waitFor();
    await teacher.screenshot({ path: `${SHOTS}/detail-1366.png` });
    await detail.getByLabel("Antwoorden als Erik de Vries").fill("Als iemand met me meegaat, misschien.");
    await detail.getByRole("button", { name: "Versturen" }).click();
    await first.waitForView("Erik's answer", (v) =>
      v.feed.some((f) => f.text.includes("Als iemand met me meegaat")),
    );
    await expect.poll(() => calls.getAttribute("data-calls")).toBe("0");
    await teacher.keyboard.press("Escape");
    await expect.poll(() => detail.isVisible()).toBe(false);

    // At 200 % the same page is one or two columns, and still never wider than the screen.
    await teacher.setViewportSize({ width: 683, height: 384 });
    expect(await noSidewaysScroll(teacher)).toBe(true);
    await teacher.screenshot({ path: `${SHOTS}/grid-200.png` });
    await teacher.getByRole("button", { name: "Team T1: details", exact: false }).click();
    await teacher.locator('dialog.team-detail[data-detail="T1"]').waitFor();
    expect(await noSidewaysScroll(teacher)).toBe(true);
    await teacher.screenshot({ path: `${SHOTS}/detail-200.png` });
  }, 90_000);
});
