// The worked example in the authoring guide (docs/authoring.md and its English twin) is a real scenario: it passes
// the validator without a warning and the bot playtest without an error, so a reader who copies it starts from one
// that works; and the guide's "needs: [A1]" variant fails the hidden-profile rule as the guide says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";

const GUIDES = [
  { file: "authoring.md", id: "meneer-de-vries", language: "nl" },
  { file: "authoring.en.md", id: "mr-de-vries", language: "en" },
] as const;

/** The one YAML block in the guide that is a whole scenario (it has a top-level `id:`). */
function example(file: string): string {
  const text = readFileSync(new URL(`../../docs/${file}`, import.meta.url), "utf8");
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  const whole = blocks.filter((b) => /^id: /m.test(b));
  expect(whole, `${file}: one complete scenario`).toHaveLength(1);
  return whole[0] ?? "";
}

describe.each(GUIDES)("the example in docs/$file", ({ file, id, language }) => {
  it("passes check without warnings and the playtest without errors", () => {
    const result = parseScenario(example(file), `${id}.yaml`);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join("\n"));
    expect(result.scenario.id).toBe(id);
    expect(result.scenario.language).toBe(language);
    expect(result.warnings).toEqual([]);
    const report = playtest(result.scenario);
    expect(report.errors).toEqual([]);
    // Only the sharing bots reach "good", on the one path the guide names.
    const good = report.paths.filter((p) => p.level === "good");
    expect(good.map((p) => [p.strategy, p.choices.join(" ")])).toEqual([["pool", "B1-C"]]);
  });

  it("fails the hidden-profile rule when the best option rests on one role's card", () => {
    const oneRole = example(file).replace("needs: [A1, S1]", "needs: [A1]");
    const result = parseScenario(oneRole, `${id}.yaml`);
    if (!result.ok) throw new Error("the variant should still parse");
    expect(playtest(result.scenario).errors).toHaveLength(1);
  });
});
