// axe-core put into a page without weakening its content security policy: `addScriptTag` adds an inline script,
// which the policy (script-src 'self') refuses; the page's own scripts stay the only ones it will run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Evaluates axe's source through the browser's debugging protocol, as a developer's console would: that is not a
 * script the page loads, so the policy does not apply to it and nothing is refused (or logged as refused).
 */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => "axe" in window)) return;
  await page.evaluate(AXE_SOURCE);
}
