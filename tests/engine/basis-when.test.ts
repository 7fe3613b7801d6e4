// A basis score that depends on the game: consent counts only once it was asked for (here: once the contact was
// called), else the basis's `otherwise`; the validator checks the condition's ids like any other condition.
import { describe, expect, test } from "vitest";
import { bestBasis } from "../../scenarios/engine/bots.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { HOST } from "../../scenarios/engine/writer.ts";
import { fixtureGame, fixtureText, loadFixture } from "./format-fixture.ts";

const CONSENT = `      toestemming:
        score: 2
`;
const CONSENT_WHEN = `      toestemming:
        score: 2
        when: { contacted: vrijwilligerscentrale }
        otherwise:
          score: -1
          effects: { SAM: -1 }
          feedback: Toestemming telt pas als je het mevrouw Jansen gevraagd hebt.
`;

function withWhen(extra = "") {
  const text = fixtureText();
  expect(text).toContain(CONSENT);
  return text.replace(
    CONSENT,
    CONSENT_WHEN.replace("vrijwilligerscentrale", `vrijwilligerscentrale${extra}`),
  );
}

describe("a basis score with when/otherwise", () => {
  const s = loadFixture(withWhen());

  test("before the condition holds, sharing on that basis scores `otherwise`, with its effects", () => {
    const g = fixtureGame(s);
    const before = g.w.state.meters.SAM ?? 0;
    g.w.must(g.wv ?? HOST, "card.share", { cardId: "V1", basis: "toestemming" });
    expect(g.w.state.table.at(-1)?.score).toBe(-1);
    expect(g.w.state.meters.SAM).toBe(before - 1);
  });

  test("once it holds, the basis's own score counts", () => {
    const g = fixtureGame(s);
    g.w.must(g.sw, "contact.request", { contactId: "vrijwilligerscentrale" });
    g.w.must(g.wv ?? HOST, "card.share", { cardId: "V1", basis: "toestemming" });
    expect(g.w.state.table.at(-1)?.score).toBe(2);
  });

  test("bots pick the basis that scores best in the situation at hand", () => {
    const g = fixtureGame(s);
    expect(bestBasis(s, "V1", g.w.state)).not.toBe("toestemming");
    g.w.must(g.sw, "contact.request", { contactId: "vrijwilligerscentrale" });
    expect(bestBasis(s, "V1", g.w.state)).toBe("toestemming");
  });

  test("the validator names an unknown contact in `when`, and `otherwise` without `when`", () => {
    const typo = parseScenario(withWhen("x"), "f.yaml", { language: "nl" });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.errors.map((e) => e.message).join("\n")).toContain("vrijwilligerscentralex");
    const lonely = fixtureText().replace(CONSENT, `${CONSENT}        otherwise: { score: -1 }\n`);
    const r = parseScenario(lonely, "f.yaml", { language: "en" });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.message)).toContain(
        "card V1: `otherwise` without `when` never counts: add a `when`, or put the score in the basis itself",
      );
  });
});
