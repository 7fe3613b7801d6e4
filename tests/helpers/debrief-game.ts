// The start every debrief browser test shares: the teacher creates a tutorial session in /host, students join and
// introduce themselves, and the game stands in its first play phase; plus the page checks those tests repeat.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import type { BrowserApp } from "./browser-app.ts";
import { TUTORIAL } from "./server.ts";

const INTRODUCTION: Record<string, string> = { AIOS: "huisarts in opleiding", SW: "sociaal werker" };

/** Fills in and sends phase 0's introduction as `who`. */
export async function introduce(page: Page, who: string) {
  await page.getByLabel("Wie ben ik?").fill(who);
  await page.getByLabel("Wat kan ik voor jullie doen?").fill("Meedenken over de zorg");
  await page.getByLabel("Hoe ben ik direct te bereiken?").fill("Via de chat");
  await page.getByRole("button", { name: "Voorstellen aan mijn team" }).click();
}

/** How far the page sticks out sideways (0 or less: it scrolls only down). */
export const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

export async function screenshot(page: Page, dir: string, name: string, fullPage = false) {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

/** The host key the teacher's browser kept for this session. */
export const hostKeyOf = (teacher: Page, code: string) =>
  teacher.evaluate((c) => localStorage.getItem(`wijkcrisis.host.${c}`), code);

/** A fresh browser context at 200 % zoom (683×384 CSS pixels at twice the density) beside the teacher's. */
export async function zoomedContext(teacher: Page) {
  const browser = teacher.context().browser();
  if (!browser) throw new Error("no browser");
  return browser.newContext({ locale: "nl-NL", viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
}

export type TutorialGame = { teacher: Page; code: string; pages: Page[] };

/**
 * The tutorial, started: a session with `teamSize` players per team, each student joined with their role and
 * introduced ("Amir, huisarts in opleiding"), every page in phase F1. `beforeStart` sees the filled lobby first.
 */
export async function startTutorial(
  app: BrowserApp,
  students: ReadonlyArray<readonly [string, string]>,
  options: { teamSize?: 2 | 3; beforeStart?: (teacher: Page) => Promise<void> } = {},
): Promise<TutorialGame> {
  const teacher = await app.newPage();
  await teacher.goto(`${app.server.url}/host`);
  await teacher.getByLabel("Scenario").selectOption({ label: `${TUTORIAL.title} (5 min)` });
  if (options.teamSize) await teacher.getByLabel("Spelers per team").selectOption(String(options.teamSize));
  await teacher.getByRole("button", { name: "Sessie aanmaken" }).click();
  const code = (await teacher.getByTestId("join-code").textContent())?.trim() ?? "";
  const pages: Page[] = [];
  for (const [name, role] of students) pages.push(await app.joinAs(code, name, role));
  for (const [name] of students) await teacher.locator(`[data-team] [data-player="${name}"]`).waitFor();
  await options.beforeStart?.(teacher);
  await teacher.getByRole("button", { name: "Start", exact: true }).click();
  for (const [i, page] of pages.entries()) {
    const [name, role] = students[i] ?? ["", ""];
    await introduce(page, `${name}, ${INTRODUCTION[role] ?? role}`);
  }
  for (const page of pages)
    await page.getByRole("heading", { name: "Fase: Wat is er aan de hand?" }).waitFor();
  return { teacher, code, pages };
}

/** The pair most debrief tests play with: one team of a GP trainee and a social worker. */
export const DUO = [
  ["Amir", "AIOS"],
  ["Sanne", "SW"],
] as const;

/** Texts of the tutorial (scenarios/tutorial-nl.yaml) that the debrief tests look for on screen. */
export const TUTORIAL_TEXT = {
  A1: "Het vorige consult bij de huisarts",
  S1: "Het vervoer naar de praktijk",
  V1: "Haar val en de trap",
  QUESTION: "Wat doen jullie voor mevrouw Jansen?",
  OPTION_A: "Een geheugentest en een herinneringsbrief.",
  OPTION_B: "Een folder over de dagbesteding in het buurthuis.",
  OPTION_D: "Vervoer regelen en de afspraak opnieuw plannen.",
} as const;

/**
 * B1 the way the debrief tests want it: different private preferences (AIOS option A, SW option B), then the AIOS
 * proposes D with `rationale` and the SW agrees, which moves the team to phase F2.
 */
export async function decideB1Apart(aios: Page, sw: Page, rationale: string) {
  const { OPTION_A, OPTION_B, OPTION_D } = TUTORIAL_TEXT;
  for (const [page, option] of [
    [aios, OPTION_A],
    [sw, OPTION_B],
  ] as const) {
    await page.getByLabel(option).check();
    await page.getByRole("button", { name: "Voorkeur vastleggen" }).click();
    await page.getByText(`Jouw voorkeur: ${option}`).waitFor();
  }
  await aios.getByLabel("Optie", { exact: true }).selectOption({ label: OPTION_D });
  await aios.getByLabel("Onderbouwing: waarom deze optie?").fill(rationale);
  await aios.getByRole("button", { name: "Voorstel doen" }).click();
  await sw.getByText(`Amir stelt voor: ${OPTION_D}`).waitFor();
  await sw.getByRole("button", { name: "Eens", exact: true }).click();
  await sw.getByRole("heading", { name: "Fase: Afspraken" }).waitFor();
}
