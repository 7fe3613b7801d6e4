// Whatever an author breaks, the validator answers in words: never zod's bare "Invalid input", never `undefined`,
// never an unfilled {placeholder}, in either language. Every line of a small scenario is deleted or given odd values.
import { expect, test } from "vitest";
import { formatIssue } from "../../scenarios/engine/issues.ts";
import { parseScenario } from "../../scenarios/engine/parse.ts";
import { POOLING_YAML } from "../engine/pooling-fixture.ts";

const ODD_VALUES = ["[]", "{}", "7", "-2", "2.5", "ja", "x: y", '""', "null", "{ sahred: A1 }"];

function brokenCopies(text: string): string[] {
  const lines = text.split("\n");
  return lines.flatMap((line, i) => {
    const without = [...lines.slice(0, i), ...lines.slice(i + 1)].join("\n");
    const field = line.match(/^(\s*(?:- )?[A-Za-z$]+:)\s*\S/);
    const odd = field
      ? ODD_VALUES.map((v) => [...lines.slice(0, i), `${field[1]} ${v}`, ...lines.slice(i + 1)].join("\n"))
      : [];
    return [without, ...odd];
  });
}

test("every message of hundreds of broken copies is plain words in Dutch and English", () => {
  const bad: string[] = [];
  let messages = 0;
  for (const copy of brokenCopies(POOLING_YAML)) {
    const r = parseScenario(copy, "casus.yaml");
    if (r.ok) continue;
    for (const e of r.errors)
      for (const language of ["nl", "en"] as const) {
        const line = formatIssue(e, language);
        messages++;
        if (/undefined|Invalid input|\{\w+\}|\[object|NaN|^casus\.yaml:\d+:\d+ {2}\S.* {2}$/.test(line))
          bad.push(line);
      }
  }
  expect(messages).toBeGreaterThan(300);
  expect(bad).toEqual([]);
});
