// A refusal by the limits per address reaches the student as a sentence next to the code field: when the join itself
// is refused (`too_many_attempts` from the room) and when the code's look-up is (429 from the API).
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../helpers/browser.ts";
import { browserApp } from "../helpers/browser-app.ts";

const browserPath = browserOrSkip();
const SENTENCE = "Te veel pogingen, wacht even en probeer het opnieuw.";
/** Tiny limits, so one test reaches them: two joins and one miss, and next to no refill. */
const SLOW = 0.0001;

describe.skipIf(!browserPath)("limits per address on the join page", () => {
  const app = browserApp(browserPath ?? "", undefined, {
    addressLimits: { joins: { burst: 2, perSecond: SLOW }, lookupMisses: { burst: 1, perSecond: SLOW } },
  });

  it("shows the sentence next to the code field for a refused join and for a refused look-up", async () => {
    const session = await app.server.createSession();
    await app.joinAs(session.code, "Anna", "SW");
    await app.joinAs(session.code, "Bo", "AIOS");
    const page = await app.newPage();
    await page.goto(`${app.server.url}/join/${session.code}`);
    await page.getByLabel("Je naam").fill("Chris");
    await page.getByRole("button", { name: "Meedoen" }).click();
    const codeError = page.locator("#code-error");
    await expect.poll(() => codeError.textContent()).toBe(SENTENCE);
    expect(await page.getByRole("heading", { name: "Wachtruimte" }).count()).toBe(0);

    // Guessing: the first wrong code is only not found, the next is refused.
    const code = page.getByLabel("Code van de sessie");
    await code.fill("CCCCC");
    await expect.poll(() => codeError.textContent()).toBe("Er is geen lopende sessie met deze code.");
    await code.fill("DDDDD");
    await expect.poll(() => codeError.textContent()).toBe(SENTENCE);
  });
});
