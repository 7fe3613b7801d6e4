// Which scenarios the new-session form offers, in what order and with what words: the page's language first; and
// which files of the scenario folder it does not offer, and why.
import type { Language } from "../../shared/i18n/index.ts";
import type { LeftOutFile } from "../../shared/protocol/scenario-list.ts";
import type { ScenarioSummary } from "../../shared/protocol/session.ts";
import { h } from "../ui/dom.ts";
import { language, t } from "../ui/i18n.ts";
import { roleName } from "../ui/labels.ts";

export type ScenarioChoice = { scenario: ScenarioSummary; practice: boolean };

/**
 * Translations of one scenario share an id but for a language suffix (`tutorial-nl`, `tutorial-en`); the form
 * shows only the one in the page's language. A scenario without a translation is shown in its own language.
 */
const baseId = (s: ScenarioSummary) =>
  s.id.endsWith(`-${s.language}`) ? s.id.slice(0, -(s.language.length + 1)) : s.id;

/** The shipped practice round is `tutorial-<language>`: a short first game with every part of the game once. */
const isPractice = (s: ScenarioSummary) => /^tutorial(-|$)/.test(s.id);

export function scenarioChoices(scenarios: ScenarioSummary[], ui: Language): ScenarioChoice[] {
  const groups = new Map<string, ScenarioSummary[]>();
  for (const s of scenarios) groups.set(baseId(s), [...(groups.get(baseId(s)) ?? []), s]);
  const picked = [...groups.values()].map(
    (group) => group.find((s) => s.language === ui) ?? group.find((s) => s.language === "nl") ?? group[0],
  );
  return picked
    .filter((s): s is ScenarioSummary => s !== undefined)
    .map((scenario) => ({ scenario, practice: isPractice(scenario) }))
    .sort(
      (a, b) =>
        Number(b.practice) - Number(a.practice) ||
        Number(b.scenario.language === ui) - Number(a.scenario.language === ui) ||
        a.scenario.title.localeCompare(b.scenario.title, ui),
    );
}

const inLanguage = (lang: Language) => t(lang === "nl" ? "host.inDutch" : "host.inEnglish");

/** "Titel (36 min)", and the scenario's language when it is not the page's. */
export function scenarioLabel({ scenario }: ScenarioChoice): string {
  const params = { title: scenario.title, minutes: scenario.durationMinutes };
  return scenario.language === language()
    ? t("host.scenarioOption", params)
    : t("host.scenarioOptionOther", { ...params, language: inLanguage(scenario.language) });
}

/** Under the choice: what the case is about, how long it takes, its roles, and a word on language and practice. */
export function scenarioAbout({ scenario, practice }: ScenarioChoice): HTMLElement[] {
  const parts: (HTMLElement | null)[] = [
    h("p", { class: "scenario-summary", lang: scenario.language }, scenario.summary),
    h(
      "p",
      { class: "muted" },
      t("host.scenarioFacts", {
        minutes: scenario.durationMinutes,
        roles: scenario.roles
          .map((r) =>
            r.seat === "required" ? roleName(r.id) : t(`host.role.${r.seat}`, { role: roleName(r.id) }),
          )
          .join(", "),
      }),
    ),
    practice ? h("p", { class: "muted" }, t("host.practiceHint")) : null,
    scenario.language !== language()
      ? h("p", { class: "muted" }, t("host.otherLanguage", { language: inLanguage(scenario.language) }))
      : null,
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}

/** "Weggelaten: bestand.yaml:12: reden" for each broken file, so a teacher sees why a case is missing. */
export function leftOutNotice(leftOut: LeftOutFile[]): HTMLElement | null {
  if (leftOut.length === 0) return null;
  const line = (f: LeftOutFile) => {
    const text = t("host.leftOut", { file: f.file, line: f.line, reason: f.reason[language()] });
    return h(
      "li",
      { "data-file": f.file },
      h("span", { class: "left-out-line" }, text),
      f.more > 0 ? h("span", { class: "muted" }, ` ${t("host.leftOutMore", { count: f.more })}`) : null,
    );
  };
  return h(
    "section",
    { class: "scenario-left-out", "aria-labelledby": "left-out-heading" },
    h("h2", { id: "left-out-heading" }, t("host.leftOutHeading")),
    h("p", { class: "muted" }, t("host.leftOutHint")),
    h("ul", {}, ...leftOut.map(line)),
  );
}
