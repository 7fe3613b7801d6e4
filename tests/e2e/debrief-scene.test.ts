// The drawn neighbourhood in the debrief's replay, in real Chromium: a finished tutorial game with three cards on
// the table, an inject and a call; the teacher opens the debrief, the scene is drawn after the page is usable, and
// it follows the replay's moment: an empty table at the start, one more card per step, all cards at the end. A jump
// puts cards in place without flights; a step forward lets one card fly. With reduced motion nothing flies or
// pulses. At 200 % zoom nothing goes sideways. Screenshots go to SHOTS_DIR.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";
import { colours } from "../helpers/canvas-colours.ts";
import * as game from "../helpers/debrief-game.ts";
import { TUTORIAL } from "../helpers/server.ts";

const browserPath = browserOrSkip();
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots10/debrief-scene";

const fact = (canvas: Locator, name: string) => canvas.getAttribute(`data-${name}`);
/** The cards the replay's own text table lists at the moment shown. */
const domCards = (page: Page) => page.getByTestId("replay-table").locator("li.game-card").count();
const seqOf = (page: Page) => Number(new URL(page.url()).searchParams.get("seq"));

describe.skipIf(!browserPath)("the drawn neighbourhood in the debrief replay", () => {
  const app = browserApp(browserPath ?? "", { width: 1366, height: 768 });

  it("follows the replay's moment, flies only on a step forward, keeps still with reduced motion", async () => {
    const { teacher, code, pages } = await game.startTutorial(app, game.DUO);
    const [aios, sw] = pages as [Page, Page];

    // The assistant's inject set off, A1 and S1 shared, the volunteer centre called (its card K1 joins the table).
    await teacher.getByRole("button", { name: "Team T1: details, chat, tafel en kennismaken" }).click();
    await teacher.getByText("Gebeurtenissen die nog kunnen komen", { exact: false }).click();
    await teacher.getByRole("button", { name: "I1 nu laten gebeuren bij team T1" }).click();
    await aios.locator(".feed").getByText("ze kan vrijdag weer niet komen", { exact: false }).waitFor();
    await teacher.keyboard.press("Escape");
    await aios.locator('[data-card="A1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await sw.getByTestId("team-table").getByText("Gedeeld door Amir").waitFor();
    await sw.locator('[data-card="S1"]').getByRole("button", { name: "Op tafel leggen" }).click();
    await aios.getByTestId("team-table").getByText("Gedeeld door Sanne").waitFor();
    const centre = sw.locator('[data-contact="vrijwilligerscentrale"]');
    await centre.getByRole("button", { name: "Contact opnemen" }).click();
    await centre.getByRole("button", { name: "Ja, bellen" }).click();
    await aios.getByTestId("team-table").getByText("Van contact: Vrijwilligerscentrale").waitFor();
    await game.decideB1Apart(aios, sw, "Vervoer is het probleem.");
    await teacher.getByRole("button", { name: "Sessie beëindigen" }).click();
    await teacher.getByRole("button", { name: "Ja, beëindigen" }).click();
    await teacher.getByText("De sessie is beëindigd.").waitFor();

    // The debrief opens at the end; the page works before the scene is drawn, and Phaser comes once.
    const phaser: string[] = [];
    teacher.on("request", (r) => {
      if (/\/assets\/phaser-[^/]*\.js$/.test(r.url())) phaser.push(r.url());
    });
    await teacher.goto(`${app.server.url}/debrief/${code}`);
    await teacher.getByRole("heading", { name: `Nabespreking: ${TUTORIAL.title}` }).waitFor();
    await teacher.getByTestId("replay-table").locator("li.game-card").first().waitFor();
    const scene = teacher.locator(".replay-scene");
    const canvas = scene.getByTestId("scene").locator("canvas");
    await canvas.waitFor();
    expect(phaser).toHaveLength(1);
    await expect.poll(() => fact(canvas, "table-cards")).toBe(String(await domCards(teacher)));
    const endCards = Number(await fact(canvas, "table-cards"));
    expect(endCards).toBe(3);
    // Opening on a moment is a jump: the cards are in place, none flew, and what happened is marked.
    expect(await fact(canvas, "flights")).toBe("0");
    expect(await fact(canvas, "marked")).toBe("2");
    expect(await fact(canvas, "motion")).toBe("full");
    expect(await canvas.getAttribute("aria-label")).toContain("3 kaarten op de teamtafel.");
    expect(await canvas.getAttribute("aria-label")).toContain("berichten: 1; gebelde contacten: 1.");
    expect(await colours(teacher, canvas)).toBeGreaterThan(8);
    // Beside the moments, above the role views: the moments list and the first role view stay on the screen.
    const box = await scene.boundingBox();
    const moments = await teacher.locator(".moments-panel").boundingBox();
    expect(box && moments && box.x > moments.x + moments.width - 1).toBe(true);
    expect(box && box.y + box.height).toBeLessThan(768);
    expect(await game.overflow(teacher)).toBeLessThanOrEqual(0);
    await game.screenshot(teacher, SHOTS, "1-end-1366");

    // Back to the start: an empty table, nothing marked.
    const scrubber = teacher.getByLabel("Speeltijd", { exact: true });
    await scrubber.focus();
    await scrubber.press("Home");
    await expect.poll(() => fact(canvas, "table-cards")).toBe("0");
    expect(await domCards(teacher)).toBe(0);
    expect(await fact(canvas, "marked")).toBe("0");
    await game.screenshot(teacher, SHOTS, "2-start-1366");

    // Moment by moment the scene's table follows the text table; a step that shares a card lets it fly.
    const next = teacher.getByRole("button", { name: "Volgende gebeurtenis ▶" });
    let seen = 0;
    for (let guard = 0; guard < 40 && seen < endCards; guard++) {
      const before = seqOf(teacher);
      const flewBefore = Number(await fact(canvas, "flights"));
      await next.click();
      await expect.poll(() => seqOf(teacher)).toBeGreaterThan(before);
      const cards = await domCards(teacher);
      // A card flies for most of a second before it counts as on the table.
      await expect.poll(() => fact(canvas, "table-cards"), { timeout: 5_000 }).toBe(String(cards));
      expect(Number(await fact(canvas, "flights")) - flewBefore).toBe(cards - seen);
      if (seen === 0 && cards > 0) await game.screenshot(teacher, SHOTS, "3-first-card-1366");
      seen = cards;
    }
    expect(seen).toBe(endCards);
    // The inject and the call were steps too: each rang at its place.
    expect(await fact(canvas, "pulses")).toBe("2");

    // A jump to the end puts the rest in place without a single flight more.
    const flown = await fact(canvas, "flights");
    await scrubber.press("End");
    await expect.poll(() => fact(canvas, "table-cards")).toBe(String(endCards));
    expect(await fact(canvas, "flights")).toBe(flown);
    await expect.poll(() => fact(canvas, "marked")).toBe("2");

    // The scene has no place in print: the printed page leaves it out.
    await teacher.emulateMedia({ media: "print" });
    expect(await scene.isVisible()).toBe(false);
    await teacher.emulateMedia({ media: "screen" });

    // Projector mode draws the scene again, from the pseudonymised log.
    await teacher.getByRole("button", { name: "Projectormodus", exact: true }).click();
    const projected = teacher.locator(".replay-scene canvas");
    await expect.poll(() => fact(projected, "table-cards")).toBe(String(endCards));
    await game.screenshot(teacher, SHOTS, "4-projector-1366");
    await teacher.getByRole("button", { name: "Projectormodus uit" }).click();

    // With reduced motion: the same steps put each card on the table at once, and no marker pulses.
    const hostKey = await game.hostKeyOf(teacher, code);
    const calm = await app.newPage();
    await calm.emulateMedia({ reducedMotion: "reduce" });
    await calm.goto(`${app.server.url}/debrief/${code}?team=T1&seq=0#key=${hostKey}`);
    const calmCanvas = calm.locator(".replay-scene canvas");
    await calmCanvas.waitFor();
    await expect.poll(() => fact(calmCanvas, "motion")).toBe("reduced");
    const calmNext = calm.getByRole("button", { name: "Volgende gebeurtenis ▶" });
    for (let guard = 0; guard < 40 && (await domCards(calm)) < endCards; guard++) {
      const before = seqOf(calm);
      await calmNext.click();
      await expect.poll(() => seqOf(calm)).toBeGreaterThan(before);
      // No flight to wait for: the card is on the scene's table as soon as the text table has it.
      expect(await fact(calmCanvas, "table-cards")).toBe(String(await domCards(calm)));
    }
    expect(await fact(calmCanvas, "table-cards")).toBe(String(endCards));
    expect(await fact(calmCanvas, "flights")).toBe("0");
    expect(await fact(calmCanvas, "pulses")).toBe("0");
    await game.screenshot(calm, SHOTS, "5-reduced-motion-1366");

    // At 200 % zoom the scene is a thin strip in the one column, and nothing goes sideways.
    const zoomed = await game.zoomedContext(teacher);
    const small = await zoomed.newPage();
    await small.goto(`${app.server.url}/debrief/${code}?team=T1#key=${hostKey}`);
    const smallScene = small.locator(".replay-scene");
    await smallScene.locator("canvas").waitFor();
    await expect.poll(() => fact(smallScene.locator("canvas"), "table-cards")).toBe(String(endCards));
    expect((await smallScene.boundingBox())?.height ?? 999).toBeLessThan(120);
    await smallScene.scrollIntoViewIfNeeded();
    expect(await game.overflow(small)).toBeLessThanOrEqual(0);
    await game.screenshot(small, SHOTS, "6-zoom-200");
    await zoomed.close();
  }, 120_000);
});
