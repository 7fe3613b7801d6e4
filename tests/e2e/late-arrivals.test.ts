// A student who arrives after the start, in Chromium at 1366×768 and at 200 % zoom: a clear waiting screen while
// their team lacks a role, then the play page once a GP trainee joins; the teacher sees the waiting team's card.
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { LAPTOP, shooter } from "../helpers/class-shots.ts";
import { Scripted } from "../helpers/scripted.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = "/tmp/shots9/late-arrivals";
const shoot = shooter(SHOTS);

describe.skipIf(!browserPath)("a late arrival in the browser", () => {
  const app = browserApp(browserPath ?? "", LAPTOP);

  it("waits on a proper waiting screen, then plays once the team is complete", async () => {
    const session = await app.server.createSession({ scenarioId: TUTORIAL.id, language: "nl", teamSize: 2 });
    const sdk = app.server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const first = [
      await Scripted.player(sdk, session.roomId, "Iris", "AIOS"),
      await Scripted.player(sdk, session.roomId, "Jan", "SW"),
    ];
    expect(await host.send("host.start")).toBe("ok");
    for (const p of first) await p.waitForView("the start", (v) => v.status === "playing");

    const teacher = await app.newPage();
    await teacher.goto(session.teacherUrl);

    const student = await app.newPage();
    await student.goto(`${app.server.url}/join/${session.code}`);
    await student.getByLabel("Je naam").fill("Lieke");
    await student.getByLabel("Je rol").selectOption("SW");
    await student.getByRole("button", { name: "Meedoen" }).click();

    await student.getByRole("heading", { name: "Je zit in team T2" }).waitFor();
    await student.getByText("Je team begint zodra er een huisarts in opleiding (AIOS) bij is.").waitFor();
    await student.getByText("Je speelt als Sociaal werker (wijkteam).").waitFor();
    // Never a half-built play page: no hand, no table, no decisions while the team waits.
    expect(await student.getByRole("heading", { name: "Mijn kaarten" }).count()).toBe(0);
    await shoot(student, "student-waiting");

    const card = teacher.locator('[data-team="T2"]');
    await card.getByText("Mist nog: Huisarts in opleiding (AIOS)", { exact: false }).waitFor();
    expect(await card.getByRole("button", { name: "Team T2 starten" }).isDisabled()).toBe(true);
    await shoot(teacher, "mission-waiting-team");

    await Scripted.player(sdk, session.roomId, "Mo", "AIOS");
    await student.getByRole("heading", { name: "Mijn kaarten" }).waitFor();
    expect(await student.getByTestId("waiting-team").count()).toBe(0);
    await shoot(student, "student-playing");
    await teacher.locator('[data-team="T2"]:not(.waiting)').waitFor();

    // During play the teacher moves Jan from T1 into T2's free nurse seat, from T1's detail panel.
    const jan = first[1];
    const janId = host.view()?.members.find((m) => m.nickname === "Jan")?.playerId ?? "";
    await teacher.locator('[data-team="T1"] .details-button').click();
    const dialog = teacher.locator("dialog.team-detail");
    await dialog.locator(`#move-${janId} summary`).click();
    await dialog.locator(`#move-team-${janId}`).selectOption("T2");
    await dialog.locator(`#move-role-${janId}`).selectOption("WV");
    await shoot(teacher, "mission-move-during-play");
    await dialog.locator(`#move-submit-${janId}`).click();
    const moved = await jan?.waitForView("Jan in T2", (v) => v.teamId === "T2");
    expect(moved).toMatchObject({ status: "playing", viewer: { kind: "role", role: "WV" } });
    expect(moved?.members.map((m) => m.nickname).sort()).toEqual(["Jan", "Lieke", "Mo"]);
    await student.getByText("Jan", { exact: true }).first().waitFor();
  });
});
