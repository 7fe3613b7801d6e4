// Finds a Chromium to drive without downloading one: an explicit path, then Debian's, then an installed Chrome.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

export function findBrowser(env: Record<string, string | undefined> = process.env): string | undefined {
  const explicit = env.BROWSER_PATH ?? env.CHROME_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`BROWSER_PATH points to ${explicit}, which does not exist`);
    return explicit;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

export const BROWSER_HINT =
  "Browser tests skipped: no Chromium found. Install one (Debian: apt-get install chromium) or set BROWSER_PATH.";

/** Under CI a missing browser is an error, never a silent skip; on a developer's machine it is a skip with a hint. */
export function browserOrSkip(): string | undefined {
  const path = findBrowser();
  if (path) return path;
  if (process.env.CI === "true") throw new Error(`CI=true but no browser was found. ${BROWSER_HINT}`);
  console.warn(BROWSER_HINT);
  return undefined;
}

/** Playwright gives every launch a fresh, empty profile directory of its own (it refuses --user-data-dir here). */
export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
