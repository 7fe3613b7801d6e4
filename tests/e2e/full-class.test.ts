// A whole class in real Chromium against the real server: the teacher's mission control, three students in browser
// pages and 23 scripted students in nine teams. Along the way: two late arrivals who end up playing, a seat taken
// to a fresh browser with its PIN, a four-second Wi-Fi drop during a vote that decides nothing, the teacher moving
// a team on after confirming, and the end of the session, after which a new student is told it has ended.
// Screenshots of each screen at 1366×768 and at 200 % zoom go to /tmp/shots9/full-class/.
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TeamView } from "../../shared/scenario/views.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { LAPTOP, shooter } from "../helpers/class-shots.ts";
import { playerIdOf, roleOf } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";
import { TUTORIAL } from "../helpers/server.ts";
import { waitFor } from "../helpers/wait.ts";

const browserPath = browserOrSkip();
const shoot = shooter("/tmp/shots9/full-class");

/** Scripted students in join order: with Anna (AIOS) and Bram (SW) in browsers, eight teams of three. */
const SCRIPTED: Array<[nickname: string, role: string]> = [
  ...["Daan", "Eva", "Fenna", "Gijs", "Hanna", "Ilse", "Joost"].map((n) => [n, "AIOS"] as [string, string]),
  ...["Kees", "Lotte", "Maaike", "Niels", "Olga", "Pim", "Roos"].map((n) => [n, "SW"] as [string, string]),
  ...["Sem", "Tess", "Ugo", "Vera", "Wout", "Xander", "Yara", "Zeger"].map(
    (n) => [n, "WV"] as [string, string],
  ),
];
const ENDED = "Deze sessie is afgelopen. Vraag je docent om een nieuwe code.";
/** The tutorial's GP trainee card A1 and social worker card S1, as the students read them. */
const A1 = "Bij haar laatste bezoek, twee maanden geleden, was ze helder en goed georiënteerd.";
const S1 = "De vaste buurtbus die haar naar de praktijk bracht, rijdt sinds vorige maand niet meer.";

describe.skipIf(!browserPath)("a whole class in the browser", () => {
  const app = browserApp(browserPath ?? "", LAPTOP);
  // browserApp reports every page's uncaught error through console.error; the pages this test opens itself are
  // also watched directly.
  const consoleError = vi.spyOn(console, "error");
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  };
  afterEach(() => consoleError.mockRestore());

  it("plays a class through late arrivals, a PIN reclaim, a drop during a vote, a move on and the end", async () => {
    const started = Date.now();
    const session = await app.server.createSession({ scenarioId: TUTORIAL.id, language: "nl", teamSize: 3 });
    const { code, roomId } = session;
    const sdk = app.server.colyseus.sdk;
    // Reads the teacher's views of every team (the same ones mission control draws from); all actions go through
    // the teacher's page.
    const observer = await Scripted.host(sdk, roomId, session.hostKey);
    const hostView = (teamId: string): TeamView | undefined => {
      const json = observer.allViews()[`${teamId}/host`];
      return json ? (JSON.parse(json) as TeamView) : undefined;
    };
    const waitForTeam = (teamId: string, what: string, test: (v: TeamView) => boolean, timeoutMs = 5_000) =>
      waitFor(
        () => {
          const v = hostView(teamId);
          return v && test(v) ? v : undefined;
        },
        what,
        timeoutMs,
      );

    const teacher = watch(await app.newPage());
    await teacher.goto(session.teacherUrl);
    await teacher.getByRole("heading", { name: "Regiekamer" }).waitFor();

    // The lobby: two students in browsers, then 22 scripted ones, balanced into eight mixed teams of three.
    const anna = watch(await app.joinAs(code, "Anna", "AIOS"));
    let bram = watch(await app.joinAs(code, "Bram", "SW"));
    const scripted: Scripted[] = [];
    for (const [nickname, role] of SCRIPTED)
      scripted.push(await Scripted.player(sdk, roomId, nickname, role));
    const teamIds = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"];
    for (const id of teamIds) await teacher.locator(`[data-team="${id}"]`).waitFor();
    await expect.poll(() => teacher.locator("[data-player]").count()).toBe(24);
    expect(await teacher.locator('[data-team="T9"]').count()).toBe(0);
    await anna.getByRole("heading", { name: "Jouw team: T1" }).waitFor();
    await anna.locator(".own-team").locator('[data-player="Bram"]').waitFor();
    await anna.getByRole("heading", { name: "Andere spelers (21)" }).waitFor();
    await shoot(teacher, "mission-lobby");
    await shoot(anna, "student-lobby");

    // The teacher starts: every team plays, each student with their own role's cards.
    await teacher.getByRole("button", { name: "Start", exact: true }).click();
    for (const page of [anna, bram]) {
      await page.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();
      await page.getByRole("heading", { name: "Mijn kaarten" }).waitFor();
    }
    await anna.getByText(A1).waitFor();
    expect(await anna.getByText(S1).count()).toBe(0);
    const views = [];
    for (const p of scripted) views.push(await p.waitForView("the start", (v) => v.status === "playing"));
    const teams = new Map<string, string[]>();
    for (const v of views) {
      expect(v.hand.length).toBeGreaterThan(0);
      expect(v.hand.every((c) => v.viewer.kind === "role" && c.holder === v.viewer.role)).toBe(true);
      expect(v.members).toHaveLength(3);
      teams.set(v.teamId, [...(teams.get(v.teamId) ?? []), v.viewer.kind === "role" ? v.viewer.role : ""]);
    }
    expect([...teams.keys()].sort()).toEqual(teamIds);
    // T1 holds the two browser students and one scripted nurse; every other team is one of each role.
    expect(teams.get("T1")).toEqual(["WV"]);
    for (const id of teamIds.slice(1)) expect(teams.get(id)?.sort()).toEqual(["AIOS", "SW", "WV"]);
    await expect.poll(() => teacher.locator(".team-card.playing").count()).toBe(8);
    await teacher.locator('[data-team="T1"]').getByText("Kennismaken").waitFor();
    await shoot(teacher, "mission-play");
    await shoot(anna, "student-play");

    // The teacher moves T1 on, after the question that names what it costs (nothing, in Kennismaken).
    await teacher.getByRole("button", { name: "Volgende fase voor team T1" }).click();
    const confirm = teacher.getByRole("dialog", { name: "Team T1 naar de volgende fase?" });
    await confirm.getByText("doorzetten kost het team niets", { exact: false }).waitFor();
    await shoot(teacher, "mission-advance-confirm");
    await confirm.getByRole("button", { name: "Ja, zet door" }).click();
    for (const page of [anna, bram]) {
      await page.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();
      await page.getByText("De docent zet het team door naar de volgende fase").first().waitFor();
    }
    await teacher.locator('[data-team="T1"]').getByText("Wat is er aan de hand?").waitFor();
    const t1Nurse = scripted.find((p) => p.view()?.teamId === "T1");
    await t1Nurse?.waitForView("T1 in F1", (v) => v.phase?.id === "F1");
    // Only T1 moved: the other teams are still getting to know each other.
    expect(hostView("T2")?.phase?.id).toBe("F0");

    // Bram takes his seat to a fresh browser (empty storage) with his seat PIN, in the running game.
    const pin = (await bram.getByTestId("seat-pin").textContent())?.trim() ?? "";
    expect(pin).toMatch(/^\d{4}$/);
    const laptop = watch(await app.newPage());
    await laptop.goto(`${app.server.url}/join/${code}`);
    await laptop.getByLabel("Je naam").fill("Bram");
    await laptop.getByRole("button", { name: "Meedoen" }).click();
    await laptop.getByText("Is dit jouw plek? Vul je stoel-PIN in").waitFor();
    await laptop.getByLabel("Stoel-PIN").fill(pin);
    await shoot(laptop, "pin-reclaim");
    await laptop.getByRole("button", { name: "Mijn plek terugnemen" }).click();
    await laptop.locator(".play-header").getByText(`Jouw stoel-PIN: ${pin}`).waitFor();
    await laptop.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();
    await laptop.getByText(S1).waitFor();
    await bram.getByRole("heading", { name: "Je speelt nu verder op een ander apparaat" }).waitFor();
    await shoot(laptop, "pin-reclaimed");
    await shoot(bram, "pin-taken-over");
    await teacher.locator('[data-team="T1"] [data-player="Bram"]:not(.offline)').waitFor();
    expect(await teacher.locator('[data-player="Bram"]').count()).toBe(1);
    bram = laptop;

    // Two late arrivals. Every team is full, so Lieke (a social worker, in a browser) waits in a new team T9 ...
    const lieke = watch(await app.newPage());
    await lieke.goto(`${app.server.url}/join/${code}`);
    await lieke.getByLabel("Je naam").fill("Lieke");
    await lieke.getByLabel("Je rol").selectOption("SW");
    await lieke.getByRole("button", { name: "Meedoen" }).click();
    await lieke.getByRole("heading", { name: "Je zit in team T9" }).waitFor();
    await lieke.getByText("Je team begint zodra er een huisarts in opleiding (AIOS) bij is.").waitFor();
    expect(await lieke.getByRole("heading", { name: "Mijn kaarten" }).count()).toBe(0);
    await shoot(lieke, "student-waiting");
    const t9 = teacher.locator('[data-team="T9"]');
    await t9.getByText("Mist nog: Huisarts in opleiding (AIOS)", { exact: false }).waitFor();
    await shoot(teacher, "mission-waiting-team");
    // ... until Mo, a GP trainee, arrives: the team is complete and starts by itself.
    const mo = await Scripted.player(sdk, roomId, "Mo", "AIOS");
    const moView = await mo.waitForView("Mo playing", (v) => v.status === "playing");
    expect(moView).toMatchObject({ teamId: "T9", viewer: { kind: "role", role: "AIOS" } });
    expect(moView.hand.map((c) => c.id).sort()).toEqual(["A1", "A2"]);
    expect(moView.members.map((m) => m.nickname).sort()).toEqual(["Lieke", "Mo"]);
    await lieke.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();
    await lieke.getByText(S1).waitFor();
    await teacher.locator('[data-team="T9"].playing [data-player="Mo"]').waitFor();
    expect(await mo.send("chat.say", { text: "Hoi Lieke" })).toBe("ok");
    await lieke.locator(".chat-log").getByText("Hoi Lieke").waitFor();
    await shoot(lieke, "late-arrival-play");

    // A vote in T2 (all scripted): everyone introduces themselves, then B1 opens.
    const inT2 = (role: string) => {
      const p = scripted.find((s) => s.view()?.teamId === "T2" && roleOf(s) === role);
      if (!p) throw new Error(`no ${role} in T2`);
      return p;
    };
    const [aios, sw, wv] = [inT2("AIOS"), inT2("SW"), inT2("WV")];
    for (const p of [aios, sw, wv])
      expect(
        await p.send("kennismaken.submit", {
          whoIAm: "Student",
          whatICanDo: "Meedenken",
          howToReachMe: "Chat",
        }),
      ).toBe("ok");
    const opened = await aios.waitForView("B1 open", (v) =>
      v.decisions.some((d) => d.id === "B1" && d.status === "open"),
    );
    const option = opened.decisions.find((d) => d.id === "B1")?.options.find((o) => o.available)?.id ?? "";
    expect(option).not.toBe("");
    for (const p of [aios, sw, wv])
      expect(await p.send("preference.record", { decisionId: "B1", optionId: option })).toBe("ok");
    expect(
      await aios.send("proposal.make", {
        decisionId: "B1",
        optionId: option,
        rationale: "Dit past bij wat we weten.",
      }),
    ).toBe("ok");
    const proposed = await sw.waitForView("the proposal", (v) =>
      v.proposals.some((p) => p.decisionId === "B1" && p.status === "open"),
    );
    const proposalId = proposed.proposals.find((p) => p.decisionId === "B1" && p.status === "open")?.id ?? "";
    expect(await sw.send("proposal.vote", { proposalId, agree: true })).toBe("ok");

    // The nurse's Wi-Fi drops for four seconds; the SDK reconnects by itself after that.
    const wvId = playerIdOf(wv);
    const wvName = wv.view()?.members.find((m) => m.playerId === wvId)?.nickname ?? "";
    wv.room.reconnection.minUptime = 0;
    wv.room.reconnection.minDelay = 4_000;
    wv.room.reconnection.maxDelay = 4_000;
    let backAt = 0;
    wv.room.onReconnect(() => {
      backAt = Date.now();
    });
    const socket = app.server.colyseus
      .getRoomById(roomId)
      .clients.find((c) => c.sessionId === wv.room.sessionId) as unknown as { ref: { terminate(): void } };
    const droppedAt = Date.now();
    socket.ref.terminate();
    const during = await waitForTeam("T2", "the nurse offline", (v) =>
      v.members.some((m) => m.playerId === wvId && !m.connected),
    );
    // Two of three agree and the third is offline, yet the vote waits for the third.
    expect(during.awaited).toEqual([wvId]);
    expect(during.decisions.find((d) => d.id === "B1")).toMatchObject({ status: "open", chosen: null });
    await teacher.locator(`[data-team="T2"] [data-player="${wvName}"].offline`).waitFor();
    // The teacher's card counts the votes as the engine does: the nurse is still waited for.
    await teacher.locator('[data-team="T2"] [data-decision="B1"]').getByText("gestemd 2/3").waitFor();
    await shoot(teacher, "mission-drop-during-vote");
    while (backAt === 0) {
      expect(hostView("T2")?.decisions.find((d) => d.id === "B1")?.status, "decided during the drop").toBe(
        "open",
      );
      expect(Date.now() - droppedAt, "the SDK did not reconnect").toBeLessThan(15_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(backAt - droppedAt).toBeGreaterThanOrEqual(3_900);
    const back = await waitForTeam("T2", "the nurse back", (v) => v.members.every((m) => m.connected));
    expect(back.awaited).toEqual([]);
    expect(back.decisions.find((d) => d.id === "B1")?.status).toBe("open");
    await teacher.locator(`[data-team="T2"] [data-player="${wvName}"]:not(.offline)`).waitFor();
    // Back, the nurse votes on the same proposal: that vote completes the consensus, with nobody absent.
    expect(await wv.send("proposal.vote", { proposalId, agree: true })).toBe("ok");
    const decided = await waitForTeam("T2", "B1 decided", (v) =>
      v.decisions.some((d) => d.id === "B1" && d.status === "decided"),
    );
    expect(decided.decisions.find((d) => d.id === "B1")).toMatchObject({
      chosen: option,
      decidedBy: "team",
      absent: [],
    });
    await aios.waitForView("F2 for T2", (v) => v.phase?.id === "F2");

    // The teacher ends the session, after a second question.
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).click();
    await teacher.getByRole("button", { name: "Ja, beëindigen" }).click();
    await teacher.getByText("De sessie is beëindigd.", { exact: false }).first().waitFor();
    for (const page of [anna, bram, lieke]) await page.getByText("Het spel is afgelopen.").first().waitFor();
    for (const p of [...scripted, mo]) await p.waitForView("the end", (v) => v.status === "ended");
    await shoot(teacher, "mission-ended");
    await shoot(anna, "student-ended");

    // A student who arrives now is refused with the sentence that says why, next to the code.
    const tooLate = watch(await app.newPage());
    await tooLate.goto(`${app.server.url}/join/${code}`);
    await tooLate.getByLabel("Je naam").fill("Quinten");
    await tooLate.getByRole("button", { name: "Meedoen" }).click();
    await tooLate.locator("#code-error").getByText(ENDED).waitFor();
    expect(await tooLate.getByLabel("Je naam").inputValue()).toBe("Quinten");
    await shoot(tooLate, "join-ended");
    expect(hostView("T1")?.members.some((m) => m.nickname === "Quinten")).toBe(false);

    expect(pageErrors).toEqual([]);
    const reported = consoleError.mock.calls.filter((c) => String(c[0]).startsWith("page error:"));
    expect(reported).toEqual([]);
    console.info(`full class: ${Math.round((Date.now() - started) / 1000)} s`);
  }, 180_000);
});
