// The scenarios a teacher can choose from: summaries for the API, full scenarios for the session rooms, and each
// file's text as read, so an export carries the exact rules its log was played by.
import type { LeftOutFile } from "../../shared/protocol/scenario-list.ts";
import type { ScenarioSummary } from "../../shared/protocol/session.ts";
import type { Scenario } from "../../shared/scenario/format.ts";

export interface ScenarioCatalog {
  list(): ScenarioSummary[];
  get(id: string): ScenarioSummary | undefined;
  scenario(id: string): Scenario | undefined;
  /** The scenario file's YAML text as it was loaded, or undefined for an unknown id or a scenario built in code. */
  source(id: string): string | undefined;
  /**
   * Brings the catalogue up to date with its folder (files added, changed or removed since the last look); resolves
   * once a scan that started after the call has finished. A catalogue built in code has nothing to re-read.
   */
  refresh?(): Promise<void>;
  /** The folder's files that are not offered, each with its first problem. */
  leftOut?(): LeftOutFile[];
}

export function summaryOf(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    title: scenario.title,
    language: scenario.language,
    summary: scenario.summary,
    durationMinutes: scenario.durationMinutes,
    roles: scenario.roles.map((role) => ({
      id: role.id,
      name: role.name,
      seat: role.optional ? (role.recommended ? "recommended" : "optional") : "required",
    })),
  };
}

export function catalogOf(
  scenarios: Scenario[],
  sources: ReadonlyMap<string, string> = new Map(),
): ScenarioCatalog {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return {
    list: () => [...byId.values()].map(summaryOf),
    get: (id) => {
      const s = byId.get(id);
      return s && summaryOf(s);
    },
    scenario: (id) => byId.get(id),
    source: (id) => (byId.has(id) ? sources.get(id) : undefined),
  };
}
