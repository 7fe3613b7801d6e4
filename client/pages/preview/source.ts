// Where the preview's scenario comes from: a file the server offers (its YAML text from the API), a file of the
// author's own, or pasted text; each is read by the engine's own parser in the page's language, so a file that does
// not parse shows the validator's messages in plain words, with file, line and column.
import { formatIssue, type ScenarioIssue } from "../../../scenarios/engine/issues.ts";
import { parseScenario } from "../../../scenarios/engine/parse.ts";
import { ScenarioSourceResponse } from "../../../shared/protocol/scenario-source.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import { api } from "../../net/api.ts";
import { language } from "../../ui/i18n.ts";

export type Loaded =
  | { ok: true; scenario: Scenario; file: string; warnings: string[] }
  | { ok: false; file: string; errors: string[] };

const lines = (issues: ScenarioIssue[]) => issues.map((i) => formatIssue(i, language()));

export function readScenario(text: string, file: string): Loaded {
  const result = parseScenario(text, file, { language: language() });
  return result.ok
    ? { ok: true, scenario: result.scenario, file, warnings: lines(result.warnings) }
    : { ok: false, file, errors: lines(result.errors) };
}

export const fetchSource = (id: string) =>
  api(`/scenarios/${encodeURIComponent(id)}/source`, (body) => ScenarioSourceResponse.parse(body));
