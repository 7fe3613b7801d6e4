// The messages an author without programming experience gets, pinned word for word in Dutch and English, each at
// file:line:column: a misspelt field, a colon in a text, a duration, a meter's range, a missing language, and the
// playtest's findings located like check's.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatIssue } from "../../scenarios/engine/issues.ts";
import { locateIssues, parseScenario } from "../../scenarios/engine/parse.ts";
import { playtest } from "../../scenarios/engine/playtest.ts";
import { POOLING_YAML, poolingScenario } from "../engine/pooling-fixture.ts";

const FILE = "casus.yaml";

/** The fixture with the first line containing `find` changed; its 1-based line and the column of `replace`. */
function edit(find: string, replace: string) {
  const lines = POOLING_YAML.split("\n");
  const index = lines.findIndex((l) => l.includes(find));
  if (index < 0) throw new Error(`fixture line not found: ${find}`);
  lines[index] = (lines[index] as string).replace(find, replace);
  return { text: lines.join("\n"), line: index + 1, column: (lines[index] as string).indexOf(replace) + 1 };
}

/** Every error of a broken copy, formatted in both languages. */
function errors(text: string): { nl: string[]; en: string[] } {
  const r = parseScenario(text, FILE);
  if (r.ok) throw new Error("the broken copy parsed");
  return { nl: r.errors.map((e) => formatIssue(e, "nl")), en: r.errors.map((e) => formatIssue(e, "en")) };
}

describe("check's messages, in Dutch and English", () => {
  test("a misspelt field is one message with the field it resembles", () => {
    const b = edit("    question: Wat doen jullie?", "    questoin: Wat doen jullie?");
    expect(errors(b.text)).toEqual({
      nl: [
        `${FILE}:${b.line}:5  beslissing B1 › questoin  onbekend veld \`questoin\`: bedoel je \`question\`?`,
      ],
      en: [
        `${FILE}:${b.line}:5  decision B1 › questoin  unknown field \`questoin\`: did you mean \`question\`?`,
      ],
    });
  });

  test("a text with a colon in it is a YAML error that says to use quotes", () => {
    const b = edit("summary: Twee rollen,", "summary: Let op: twee rollen,");
    const at = `${FILE}:${b.line}:${b.column + "summary: ".length}`;
    expect(errors(b.text)).toEqual({
      nl: [
        `${at}  (YAML-opmaak)  YAML leest een dubbele punt met een spatie erna (": ") als het begin van een nieuw veld: zet aanhalingstekens om een tekst met een dubbele punt, bijvoorbeeld text: "Mevrouw zegt: nee"`,
      ],
      en: [
        `${at}  (YAML syntax)  YAML reads a colon followed by a space (": ") as the start of a new field: put quotes around a text that contains a colon, for example text: "She says: no"`,
      ],
    });
  });

  test("a line without a colon says what a field line looks like", () => {
    const b = edit("durationMinutes: 6", "durationMinutes: 6\nspeeltijd zes minuten");
    expect(errors(b.text)).toEqual({
      nl: [
        `${FILE}:${b.line + 1}:1  (YAML-opmaak)  deze regel is geen "veld: waarde": zet een dubbele punt achter de veldnaam; hoort de regel bij de tekst erboven, zet die hele tekst dan tussen aanhalingstekens`,
      ],
      en: [
        `${FILE}:${b.line + 1}:1  (YAML syntax)  this line is not "field: value": put a colon after the field name; if the line belongs to the text above, put that whole text in quotes`,
      ],
    });
  });

  test('"4 min" as a duration says how to write one', () => {
    const b = edit('duration: "06:00"', "duration: 4 min");
    const at = `${FILE}:${b.line}:${b.column + "duration: ".length}`;
    expect(errors(b.text)).toEqual({
      nl: [
        `${at}  fase F1 › duration  "4 min" is geen tijdsduur: schrijf minuten en seconden als "mm:ss" tussen aanhalingstekens, bijvoorbeeld "04:00" voor vier minuten`,
      ],
      en: [
        `${at}  phase F1 › duration  "4 min" is not a duration: write minutes and seconds as "mm:ss" in quotes, for example "04:00" for four minutes`,
      ],
    });
  });

  test("a meter's start outside 0–5 says that meters run from 0 to 5", () => {
    const b = edit("start: 2", "start: 7");
    const at = `${FILE}:${b.line}:${b.column + "start: ".length}`;
    expect(errors(b.text)).toEqual({
      nl: [`${at}  meter M › start  meters lopen van 0 tot 5: 7 kan niet`],
      en: [`${at}  meter M › start  meters run from 0 to 5: 7 is not possible`],
    });
  });

  test("a missing language says what to write", () => {
    const b = edit("language: nl", "");
    expect(errors(b.text)).toEqual({
      nl: [
        `${FILE}:2:1  language  het veld \`language\` ontbreekt: schrijf bovenaan \`language: nl\` voor een Nederlands scenario of \`language: en\` voor een Engels`,
      ],
      en: [
        `${FILE}:2:1  language  the field \`language\` is missing: write \`language: nl\` at the top for a Dutch scenario, or \`language: en\` for an English one`,
      ],
    });
  });

  test("a cross-reference names the option by its ids, not by its place in a list", () => {
    const b = edit("effects: { M: -1 }, consequence: De test", "effects: { MM: -1 }, consequence: De test");
    const at = `${FILE}:${b.line}:${b.column + "effects: { ".length}`;
    expect(errors(b.text)).toEqual({
      nl: [`${at}  beslissing B1 › optie A › effects › MM  er is geen meter "MM"`],
      en: [`${at}  decision B1 › option A › effects › MM  there is no meter "MM"`],
    });
  });

  test("messages follow the scenario's language unless another is asked for", () => {
    const b = edit("language: nl", "language: en");
    const typo = b.text.replace("question: Wat", "questoin: Wat");
    const own = parseScenario(typo, FILE);
    const asked = parseScenario(typo, FILE, { language: "nl" });
    expect(own.ok || own.errors[0]?.message).toBe("unknown field `questoin`: did you mean `question`?");
    expect(asked.ok || asked.errors[0]?.message).toBe("onbekend veld `questoin`: bedoel je `question`?");
  });
});

/** The playtest's errors of a scenario text, located in the file and formatted in both languages. */
function playtestErrors(text: string): { nl: string[]; en: string[] } {
  const report = playtest(poolingScenario(text));
  const located = (language: "nl" | "en") =>
    locateIssues(text, FILE, report.errors, { language }).map((e) => formatIssue(e));
  return { nl: located("nl"), en: located("en") };
}

const LEAKY = POOLING_YAML.replace(
  "effects: { M: -1 }\n          partial",
  "effects: { M: 3 }\n          partial",
);
const lineOf = (text: string, find: string) => text.split("\n").findIndex((l) => l.includes(find)) + 1;

describe("the playtest's findings carry file:line:column like check's", () => {
  test("a silent team reaching the best outcome is reported at that outcome", () => {
    const at = `${FILE}:${lineOf(LEAKY, "- { id: goed")}:5`;
    const found = playtestErrors(LEAKY);
    expect(found.nl[0]).toBe(
      `${at}  uitkomst goed  3 spelers, silent: 1 pad(en) halen het beste niveau "good" zonder te delen, bijvoorbeeld B1-C → goed`,
    );
    expect(found.en[0]).toBe(
      `${at}  outcome goed  3 players, silent: 1 path(s) reach the best outcome level "good" without pooling, e.g. B1-C → goed`,
    );
    expect(found.en).toContain(
      `${at}  outcome goed  2 players (no WV), guess: 1 path(s) reach the best outcome level "good" without pooling, e.g. B1-C → goed`,
    );
  });

  test("a best option resting on one role's critical cards names that role, at the option", () => {
    const text = POOLING_YAML.replace("needs: [A1, S1]", "needs: [A1, S2]").replace(
      "knew: [S1]",
      "knew: [S2]",
    );
    const at = `${FILE}:${lineOf(text, "- id: C")}:9`;
    expect(playtestErrors(text)).toEqual({
      nl: [
        `${at}  beslissing B1 › optie C  beste optie C van B1 heeft alleen kritieke kaarten van AIOS nodig; ze moet kritieke kaarten van minstens twee rollen nodig hebben`,
      ],
      en: [
        `${at}  decision B1 › option C  best option C of B1 needs critical cards of AIOS only; it must need critical cards of at least two roles`,
      ],
    });
  });

  test('a best option needing no critical card says so, not "from only no role"', () => {
    const text = POOLING_YAML.replace("needs: [A1, S1]", "needs: [S2, V1]").replace(
      "knew: [S1]",
      "knew: [S2]",
    );
    const at = `${FILE}:${lineOf(text, "- id: C")}:9`;
    expect(playtestErrors(text)).toEqual({
      nl: [
        `${at}  beslissing B1 › optie C  beste optie C van B1 heeft geen kritieke kaarten nodig; ze moet kritieke kaarten van minstens twee rollen nodig hebben`,
      ],
      en: [
        `${at}  decision B1 › option C  best option C of B1 needs no critical cards; it must need critical cards of at least two roles`,
      ],
    });
  });
});

const MAIN = join(import.meta.dirname, "../../scripts/scenario/main.ts");
function cli(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], {
    encoding: "utf8",
    cwd: join(import.meta.dirname, "../.."),
    env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8", ...env },
  });
}
const write = (name: string, text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "wijkcrisis-")), name);
  writeFileSync(file, text);
  return file;
};

describe("the CLI", () => {
  test("playtest prints its errors at file:line:column, in the scenario's language, and exits 1", () => {
    const file = write("lek.yaml", LEAKY);
    const r = cli({}, "playtest", file);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")).toContain(
      `${file}:${lineOf(LEAKY, "- { id: goed")}:5  uitkomst goed  fout: 3 spelers, silent: 1 pad(en) halen het beste niveau "good" zonder te delen, bijvoorbeeld B1-C → goed`,
    );
    expect(r.stdout).toContain("playtest mislukt: 4 fouten");
  }, 30_000);

  test("--lang beats the scenario's language; LANG counts only when the scenario names none", () => {
    const typo = edit("    question: Wat doen jullie?", "    questoin: Wat doen jullie?");
    const dutch = write("typo.yaml", typo.text);
    const nameless = write("zonder-taal.yaml", typo.text.replace("language: nl", ""));
    const english = "decision B1 › questoin  unknown field `questoin`: did you mean `question`?";
    expect(cli({ LANG: "en_GB.UTF-8" }, "check", dutch).stderr).toContain("bedoel je `question`?");
    expect(cli({}, "check", "--lang", "en", dutch).stderr).toBe(`${dutch}:${typo.line}:5  ${english}\n`);
    expect(cli({ LANG: "en_GB.UTF-8" }, "check", nameless).stderr).toContain(
      "the field `language` is missing",
    );
    expect(cli({}, "check", nameless).stderr).toContain("het veld `language` ontbreekt");
    expect(cli({}, "check", "--lang", "fr", dutch).stderr).toBe('--lang moet nl of en zijn, niet "fr"\n');
  }, 60_000);
});
