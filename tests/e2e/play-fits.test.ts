// The play screen in real Chromium with the longest shipped scenario: every state fits a 1366×768 laptop as one
// screen with the essentials in sight, and 200 % zoom (683×384) without sideways scrolling, the case is on screen from the start, a refusal shows next to
// its control and keeps what was typed, a contact call is confirmed first, and chat and contacts name people.
import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { injectAxe } from "../helpers/axe.ts";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { load } from "../helpers/play.ts";
import { Scripted } from "../helpers/scripted.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots9/play";
/** The shipped scenario with the longest option labels and card texts. */
const FILE = "een-brandwond-die-niet-klopt.yaml";
const OTHERS = ["elke-week-een-andere-klacht.yaml", "tutorial-nl.yaml", "tutorial-en.yaml"];
const SIZES = [
  { name: "1366", width: 1366, height: 768 },
  { name: "200pct", width: 683, height: 384 },
] as const;

/** axe-core's serious and critical findings on the play screen, as "rule: selector" lines. */
async function accessibility(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const result = await axe.run({ include: [".play"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
}

/** A scripted player puts every card it holds on the table (a sensitive one with consent as its basis). */
async function shareAll(p: Scripted) {
  for (const card of p.view()?.hand ?? []) {
    if (card.shared) continue;
    const payload = card.sensitive ? { cardId: card.id, basis: "toestemming" } : { cardId: card.id };
    expect(await p.send("card.share", payload)).toBe("ok");
  }
}

/** Sideways overflow at both sizes, without screenshots: for the many states that only need measuring. */
async function measure(page: Page, state: string): Promise<string[]> {
  const wide: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    const m = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    if ((m[0] ?? 0) > (m[1] ?? 0)) wide.push(`${state} at ${size.name}: ${m[0]} > ${m[1]}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  return wide;
}

/** Measures sideways overflow at both sizes and saves a screenshot of each; returns what did not fit. */
async function fits(page: Page, state: string, inSight?: Locator): Promise<string[]> {
  const wide: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (m.scroll > m.client) wide.push(`${state} at ${size.name}: ${m.scroll} > ${m.client}`);
    await page.screenshot({ path: `${SHOTS}/${state}-${size.name}.png`, fullPage: true });
    // What the student sees of the part this state is about: a picture for people, not an assertion, and the part
    // may be re-drawn (a new element with the same content) while it is scrolled to.
    await inSight?.scrollIntoViewIfNeeded().catch(() => undefined);
    await page.screenshot({ path: `${SHOTS}/${state}-${size.name}-view.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  return wide;
}

/**
 * On a 1366×768 laptop the play screen is one screen: the page itself does not scroll, and with every column at its
 * top the scene, the own cards, the current decision, the team table and the chat box are all in the window.
 * Returns what is not.
 */
async function oneScreen(page: Page, state: string): Promise<string[]> {
  await page.setViewportSize({ width: 1366, height: 768 });
  return page.evaluate((state) => {
    for (const el of document.querySelectorAll<HTMLElement>(".play-own, .play-scroll")) el.scrollTop = 0;
    const root = document.documentElement;
    const problems =
      root.scrollHeight > root.clientHeight ? [`${state}: the page scrolls (${root.scrollHeight})`] : [];
    const essentials: [string, string][] = [
      ["scene", ".scene-stage"],
      ["own cards", "[aria-labelledby='hand-heading'] .game-card"],
      ["decision", ".decision h3"],
      ["team table", "#table-heading"],
      ["chat box", "#chat-text"],
    ];
    for (const [name, selector] of essentials) {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      if (!box) problems.push(`${state}: no ${name}`);
      else if (
        box.top < 0 ||
        box.bottom > window.innerHeight ||
        box.left < 0 ||
        box.right > window.innerWidth
      )
        problems.push(`${state}: ${name} out of sight (${Math.round(box.top)}–${Math.round(box.bottom)})`);
    }
    return problems;
  }, state);
}

describe.skipIf(!browserPath)("the play screen fits and speaks clearly", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });
  const s = load(FILE);

  it("fits every state of a game of three, shows the case, and keeps typed text on a refusal", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const session = await app.server.createSession({ scenarioId: s.id, language: "nl", teamSize: 3 });
    const sdk = app.server.colyseus.sdk;
    const host = await Scripted.host(sdk, session.roomId, session.hostKey);
    const page = await app.joinAs(session.code, "Amir", "AIOS");
    const sw = await Scripted.player(sdk, session.roomId, "Sanne", "SW");
    const wv = await Scripted.player(sdk, session.roomId, "Wim", "WV");
    const wide: string[] = [];

    expect(await host.send("host.start")).toBe("ok");
    await page.getByRole("heading", { name: "Fase: Kennismaken" }).waitFor();

    // The shared case is there from the first minute: summary on sight, facts and roles open in place.
    const casus = page.getByTestId("casus");
    await casus.getByText(s.summary).waitFor();
    await casus.getByText("Feiten en rollen").click();
    for (const fact of s.sharedFacts) await casus.getByText(fact.text).waitFor();
    const aios = s.roles.find((r) => r.id === "AIOS");
    if (aios?.description) await casus.getByText(aios.description).waitFor();
    wide.push(...(await fits(page, "1-kennismaken", casus)));
    await casus.getByText("Feiten en rollen").click();

    await page.getByLabel("Wie ben ik?").fill("Amir, huisarts in opleiding");
    await page.getByLabel("Wat kan ik voor jullie doen?").fill("Meedenken over de zorg");
    await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Via de chat");
    await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
    const intro = { whoIAm: "Student", whatICanDo: "Meedenken", howToReachMe: "Chat" };
    expect(await sw.send("kennismaken.submit", intro)).toBe("ok");
    expect(await wv.send("kennismaken.submit", intro)).toBe("ok");
    const first = s.decisions[0];
    if (!first) throw new Error("the scenario has no decisions");
    const decision = page.locator(`[data-decision="${first.id}"]`);
    await decision.waitFor();
    const outOfSight = await oneScreen(page, "decision open");
    wide.push(...(await fits(page, "2-decision-open", decision)));
    const barriers = await accessibility(page);

    // A sensitive card asks for a basis: the form with five bases must fit too.
    const firstSensitive = page.locator(".game-card", { has: page.getByText("Gevoelig") }).first();
    const cardId = await firstSensitive.getAttribute("data-card");
    const sensitive = page.locator(`[aria-labelledby="hand-heading"] [data-card="${cardId}"]`);
    if (cardId) {
      await sensitive.getByRole("button", { name: "Op tafel leggen" }).click();
      await sensitive.locator("fieldset").waitFor();
      wide.push(...(await fits(page, "3-sharing-basis", sensitive.locator("fieldset"))));
      // Shared through the form, it lies on the table with its basis.
      await sensitive.locator("fieldset input").first().check();
      await sensitive.getByRole("button", { name: "Delen op deze grondslag" }).click();
      await sensitive.getByText("Ligt op tafel").waitFor();
    }

    // A refusal shows in the step that caused it, and the rationale the student typed is still there.
    const option = first.options[0];
    if (!option) throw new Error("the decision has no options");
    await decision.locator(`input[value="${option.id}"]`).check();
    await decision.getByRole("button", { name: "Voorkeur vastleggen" }).click();
    await decision.getByText(`Jouw voorkeur: ${option.text}`).waitFor();
    const rationale = decision.getByLabel("Onderbouwing: waarom deze optie?");
    await rationale.fill("Omdat we het kind veilig willen hebben");
    await decision.getByRole("button", { name: "Voorstel doen" }).click();
    const proposeStep = decision.locator("form", {
      has: page.getByRole("button", { name: "Voorstel doen" }),
    });
    await proposeStep.locator(".error").filter({ hasText: /\S/ }).waitFor();
    expect(await rationale.inputValue()).toBe("Omdat we het kind veilig willen hebben");
    wide.push(...(await fits(page, "4-refusal", proposeStep.locator(".error"))));

    // With every preference in, the same rationale goes through and the team votes.
    for (const p of [sw, wv])
      expect(await p.send("preference.record", { decisionId: first.id, optionId: option.id })).toBe("ok");
    await decision.getByText("3 van 3 voorkeuren vastgelegd").waitFor();
    await decision.getByRole("button", { name: "Voorstel doen" }).click();
    await decision.getByText("Amir stelt voor").waitFor();
    expect(await proposeStep.count()).toBe(0);
    wide.push(...(await fits(page, "5-vote", decision)));
    const proposal = (await sw.waitForView("the proposal", (v) => v.proposals.length > 0)).proposals[0];
    for (const p of [sw, wv])
      expect(await p.send("proposal.vote", { proposalId: proposal?.id ?? "", agree: true })).toBe("ok");
    await decision.getByText(`Besloten: ${option.text}`).waitFor();
    // The others put everything on the table: the longest card texts, each with who shared it.
    for (const p of [sw, wv]) await shareAll(p);
    await page.getByTestId("team-table").locator(".game-card").nth(8).waitFor();
    outOfSight.push(...(await oneScreen(page, "decided, nine cards on the table")));
    wide.push(...(await fits(page, "6-decided", decision)));

    // A call costs game time: it is confirmed first, the question stays with the contact, and at the limit
    // the button is off and says why.
    const contact = s.contacts.find(
      (c) => c.limit === 1 && c.phases?.includes(first.phase) && !c.facilitator,
    );
    if (!contact) throw new Error("the scenario has no contact to call once in the first phase");
    const card = page.locator(`[data-contact="${contact.id}"]`);
    await card.getByLabel(`Je vraag aan ${contact.name} (optioneel)`).fill("Wat weet school over Noah?");
    await card.getByRole("button", { name: "Contact opnemen" }).click();
    await card.getByText(/Dit kost .* speeltijd\. Bellen\?/).waitFor();
    wide.push(...(await fits(page, "7-contact-confirm", card.locator(".confirm"))));
    barriers.push(...(await accessibility(page)));
    await card.getByRole("button", { name: "Ja, bellen" }).click();
    await card.getByText("Wat weet school over Noah?").waitFor();
    await card.locator(".conversation").getByText("Amir:").waitFor();
    await card.getByText("vaker kan niet").waitFor();
    expect(await card.getByRole("button", { name: "Contact opnemen" }).isDisabled()).toBe(true);
    // The facilitator reads who asked, not a role id.
    const asked = await host.waitForView("the call", (v) => v.feed.some((f) => f.kind === "contact"));
    expect(asked.feed.find((f) => f.kind === "contact")?.from).toBe("Amir");

    // Chat names teammates by nickname, with their role.
    expect(await sw.send("chat.say", { text: "Ik heb de wijkteamgegevens" })).toBe("ok");
    const line = page.locator(".chat-line", { hasText: "Ik heb de wijkteamgegevens" });
    await line.locator(".nickname", { hasText: "Sanne" }).waitFor();
    await page.getByLabel("Bericht aan je team").fill("Top, leg ze op tafel");
    await page.getByRole("button", { name: "Versturen" }).click();
    await page.locator(".chat-line.own", { hasText: "Top, leg ze op tafel" }).waitFor();
    await expect.poll(() => page.getByLabel("Bericht aan je team").inputValue()).toBe("");
    wide.push(...(await fits(page, "8-contacts-chat", line)));

    // The teacher moves the team through the remaining phases; the outcome shows the meters by name and number.
    for (let guard = 0; guard < 10; guard++) {
      const v = host.view();
      if (v?.status === "ended") break;
      const phase = v?.phase?.id;
      expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
      await host.waitForView("the next phase", (x) => x.phase?.id !== phase || x.status === "ended");
    }
    await page.getByRole("heading", { name: "Afloop" }).waitFor();
    const meters = page.locator(".outcome-meters");
    for (const m of s.meters) await meters.getByText(m.name, { exact: true }).waitFor();
    await meters
      .getByText(/\d van 5/)
      .first()
      .waitFor();
    await page.getByRole("heading", { name: "Waarom?" }).waitFor();
    wide.push(...(await fits(page, "9-outcome", meters)));
    barriers.push(...(await accessibility(page)));

    expect(wide).toEqual([]);
    expect(outOfSight).toEqual([]);
    expect(barriers).toEqual([]);
    for (const p of [sw, wv, host]) await p.room.leave();
  }, 60_000);

  it("fits every decision of every other shipped scenario, and a regisseur's confirmation", async () => {
    const wide: string[] = [];
    for (const file of OTHERS) {
      const other = load(file);
      const session = await app.server.createSession({ scenarioId: other.id, language: "nl", teamSize: 3 });
      const sdk = app.server.colyseus.sdk;
      const host = await Scripted.host(sdk, session.roomId, session.hostKey);
      const page = await app.joinAs(session.code, "Sanne", "SW");
      const aios = await Scripted.player(sdk, session.roomId, "Amir", "AIOS");
      const wv = await Scripted.player(sdk, session.roomId, "Wim", "WV");
      expect(await host.send("host.start")).toBe("ok");
      await page.getByTestId("casus").getByText(other.summary).waitFor();
      for (const p of [aios, wv]) await shareAll(p);
      wide.push(...(await fits(page, `10-${other.id}-start`)));
      // The teacher moves the team past the introductions; each decision in turn is shown, open, at both sizes.
      for (const d of other.decisions) {
        while (host.view()?.decisions.find((x) => x.id === d.id)?.status !== "open") {
          const phase = host.view()?.phase?.id;
          expect(await host.send("host.advance", { teamId: "T1" })).toBe("ok");
          await host.waitForView("the next phase", (v) => v.phase?.id !== phase || v.status === "ended");
        }
        const decision = page.locator(`[data-decision="${d.id}"]`);
        await decision.getByText(d.question).waitFor();
        wide.push(...(await measure(page, `${other.id} ${d.id}`)));
        const rule = d.rule && typeof d.rule === "object" ? d.rule : null;
        if (rule?.regisseur !== "SW") continue;
        // The regisseur's last step, with the proposal and its rationale above it.
        const option = d.options[0]?.id ?? "";
        await decision.locator(`input[value="${option}"]`).check();
        await decision.getByRole("button", { name: "Voorkeur vastleggen" }).click();
        for (const p of [aios, wv])
          expect(await p.send("preference.record", { decisionId: d.id, optionId: option })).toBe("ok");
        expect(
          await aios.send("proposal.make", {
            decisionId: d.id,
            optionId: option,
            rationale: "Past bij wat we weten",
          }),
        ).toBe("ok");
        const confirm = decision.getByRole("button", { name: "Besluit bevestigen" });
        await confirm.waitFor();
        wide.push(...(await fits(page, `10-${other.id}-${d.id}-confirm`, confirm)));
      }
      for (const p of [aios, wv, host]) await p.room.leave();
      await page.context().close();
    }
    expect(wide).toEqual([]);
  }, 60_000);
});
