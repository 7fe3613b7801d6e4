// The scenarios a teacher can choose from, as the HTTP API and the session room need them.
import type { ScenarioSummary } from "../../shared/protocol/session.ts";

export interface ScenarioCatalog {
  list(): ScenarioSummary[];
  get(id: string): ScenarioSummary | undefined;
}

export function catalogOf(summaries: ScenarioSummary[]): ScenarioCatalog {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return {
    list: () => [...byId.values()],
    get: (id) => byId.get(id),
  };
}
