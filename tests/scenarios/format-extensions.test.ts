// The richer format at the author's end: the fixture that uses every new field passes check and playtest, the
// validator warns about injects that can never fire (in nl and en), and the graph shows the new parts.
import { describe, expect, test } from "vitest";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";
import { mermaid } from "../../scripts/scenario/graph.ts";
import { fixtureText, loadFixture } from "../engine/format-fixture.ts";

function warnings(text: string): string[] {
  const r = parseScenario(text, "tutorial-format-nl.yaml");
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.message}`).join("\n"));
  return r.warnings.map((w) => `${w.line}:${w.column} ${w.message}`);
}

function errors(text: string): string[] {
  const r = parseScenario(text, "tutorial-format-nl.yaml");
  return r.ok ? [] : r.errors.map((e) => e.message);
}

const I1 = "    from: Assistente\n";
const english = (text: string) => text.replace("language: nl", "language: en");

describe("the fixture with every new field", () => {
  test("passes check without warnings and the playtest without errors; I2 fires on some bot path", () => {
    expect(warnings(fixtureText())).toEqual([]);
    const report = playtest(loadFixture());
    expect(report.errors).toEqual([]);
    expect(report.paths.some((p) => p.fired.includes("I2"))).toBe(true);
    expect(report.paths.some((p) => !p.fired.includes("I2"))).toBe(true);
  }, 60_000);
});

describe("injects that can never fire", () => {
  test("a condition asking for another phase", () => {
    const text = fixtureText().replace(I1, `${I1}    if: { phase: F2 }\n`);
    expect(warnings(text)).toEqual([
      expect.stringMatching(
        / inject I1 gebeurt nooit: ze valt in fase F1, maar haar voorwaarde vraagt fase F2$/,
      ),
    ]);
    expect(warnings(english(text))).toEqual([
      expect.stringMatching(
        / inject I1 never happens: it falls in phase F1, but its condition asks for phase F2$/,
      ),
    ]);
  });
  test("a condition waiting on a decision of a later phase, also inside `all`", () => {
    const text = fixtureText().replace(I1, `${I1}    if: { all: [{ shared: A1 }, { decided: B2 }] }\n`);
    expect(warnings(text)).toEqual([
      expect.stringMatching(
        / inject I1 gebeurt nooit: ze valt in fase F1, maar haar voorwaarde wacht op beslissing B2, die pas in de latere fase F2 valt$/,
      ),
    ]);
    expect(warnings(english(text))).toEqual([
      expect.stringMatching(
        / inject I1 never happens: it falls in phase F1, but its condition waits for decision B2, which only comes in the later phase F2$/,
      ),
    ]);
  });
  test("under `any` or `not` a condition need not hold, so no warning", () => {
    const text = fixtureText().replace(I1, `${I1}    if: { any: [{ phase: F2 }, { shared: A1 }] }\n`);
    expect(warnings(text)).toEqual([]);
  });
  test("a condition asking for the inject itself", () => {
    const text = fixtureText().replace(I1, `${I1}    if: { injected: I1 }\n`);
    expect(warnings(text)).toEqual([
      expect.stringMatching(/ inject I1 gebeurt nooit: haar voorwaarde vraagt dat ze zelf al gebeurd is$/),
    ]);
  });
});

describe("fields checked against the scenario", () => {
  test("`recommended` on a required role is a warning", () => {
    const text = fixtureText().replace(
      "    soloPreference: Een geheugentest",
      "    recommended: true\n    soloPreference: Een geheugentest",
    );
    expect(warnings(text)).toEqual([
      expect.stringMatching(
        / rol AIOS is `recommended`, maar niet optioneel: een verplichte rol is er altijd/,
      ),
    ]);
  });
  test("a sharing condition naming a card, phase or role that does not exist is an error", () => {
    const text = fixtureText().replace(
      "if: { shared: { card: V1, basis: toestemming, phase: F1 } }",
      "if: { shared: { card: V9, phase: F7, by: XX } }",
    );
    expect(errors(text)).toEqual(['er is geen kaart "V9"', 'er is geen fase "F7"', 'er is geen rol "XX"']);
  });
  test("an unknown basis, option mark or meter direction is refused in plain words, nl and en", () => {
    const basis = fixtureText().replace("basis: toestemming, phase: F1", "basis: gevoel, phase: F1");
    const choices = "`toestemming`, `wettelijke_plicht`, `meldrecht`, `conflict_van_plichten`";
    expect(errors(basis)).toEqual([`\`gevoel\` kan hier niet: kies uit ${choices} of \`geanonimiseerd\``]);
    expect(errors(english(basis))).toEqual([
      `\`gevoel\` is not allowed here: use ${choices} or \`geanonimiseerd\``,
    ]);
    const mark = fixtureText().replace("marks: [harmful]", "marks: [bad]");
    expect(errors(mark)).toEqual(["`bad` kan hier niet: kies uit `solo` of `harmful`"]);
    expect(errors(english(mark))).toEqual(["`bad` is not allowed here: use `solo` or `harmful`"]);
    const higher = fixtureText().replace("higher: worse", "higher: down");
    expect(errors(higher)).toEqual(["`down` kan hier niet: kies uit `better` of `worse`"]);
    const typo = fixtureText().replace(
      "{ contacted: { contact: vrijwilligerscentrale",
      "{ contacted: { kontakt: vrijwilligerscentrale",
    );
    expect(errors(typo)).toEqual(["onbekend veld `kontakt`: bedoel je `contact`?"]);
    expect(errors(english(typo))).toEqual(["unknown field `kontakt`: did you mean `contact`?"]);
  });
});

describe("the graph", () => {
  const graph = mermaid(loadFixture());
  test.each([
    ["the story clock of a phase", '"F1 Wat is er aan de hand? (03:00) 🕘 vrijdag 09:30"'],
    ["the story clock at the start", "lobby --> F0: host.start (🕘 vrijdag 09:00)"],
    ["a harmful option", "F2_B2 --> [*]: A ✖ SAM-1"],
    ["a solo option", "F1_B1 --> [*]: A solo GEZ-1"],
    ["a timeout", "F1_B1 --> [*]: ⏱ timeout → A SAM-1"],
    ["an inject's condition", "I2 (at start if shared V1 (toestemming, in F1))"],
    ["an inject's variant", "I2 variant if contacted vrijwilligerscentrale (in F1)"],
    [
      "a contact",
      "note left of F1: ☎ vrijwilligerscentrale Vrijwilligerscentrale (00:30, in F1, max 1, reveals K1)",
    ],
    ["an outcome rule", "ended --> goed: good if GEZ>=5 and SAM>=5"],
    ["the fallback outcome", "ended --> matig: mixed (otherwise)"],
  ])("shows %s", (_what, line) => {
    expect(graph).toContain(line);
  });
});
