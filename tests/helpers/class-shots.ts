// Screenshots of a screen at a 1366×768 laptop and at 200 % zoom, each checked for sideways scrolling: the test
// artefacts of browser tests that walk a class through its screens.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const LAPTOP = { width: 1366, height: 768 };
/** 200 % zoom on that laptop: the same CSS layout as a viewport of half the size. */
export const ZOOMED = { width: 683, height: 384 };

export async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${what}: page scrolls sideways`).toBeLessThanOrEqual(client);
}

/**
 * A `shoot(page, name)` that saves `<dir>/<name>-1366.png` and `<dir>/<name>-200pct.png` (full page), fails if
 * either size scrolls sideways, and leaves the page at the laptop's size.
 */
export function shooter(dir: string) {
  mkdirSync(dir, { recursive: true });
  return async function shoot(page: Page, name: string): Promise<void> {
    for (const [size, viewport] of [
      ["1366", LAPTOP],
      ["200pct", ZOOMED],
    ] as const) {
      await page.setViewportSize(viewport);
      await noSidewaysScroll(page, `${name} at ${size}`);
      await page.screenshot({ path: `${dir}/${name}-${size}.png`, fullPage: true });
    }
    await page.setViewportSize(LAPTOP);
  };
}
