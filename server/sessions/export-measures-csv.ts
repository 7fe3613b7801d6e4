// `measures.csv`: one row per team and decision, the engine's debrief measures in words.
import { type Debrief, debrief } from "../../scenarios/engine/debrief.ts";
import { teamSeed } from "../../scenarios/engine/session.ts";
import type { Language } from "../../shared/i18n/index.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { StoredEvent } from "../store/store.ts";
import { type Cell, toCsv } from "./csv.ts";
import { labelsFor } from "./export-labels.ts";
import { sessionSeed, teamLogs } from "./export-session.ts";

/** Every team's debrief, in team order (T2 before T10). */
export function teamDebriefs(s: Scenario, events: readonly StoredEvent[]): Array<[string, Debrief]> {
  const seed = sessionSeed(events);
  return [...teamLogs(events)]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([teamId, log]) => [teamId, debrief(s, teamSeed(seed, teamId), log)]);
}

export function measuresCsv(s: Scenario, language: Language, events: readonly StoredEvent[]): string {
  const l = labelsFor(s, language);
  const roles = s.roles;
  const header = [
    l.t("export.col.team"),
    l.t("export.col.decision"),
    l.t("export.col.chosen"),
    l.t("export.col.decidedBy"),
    l.t("export.col.best"),
    l.t("export.col.timedOut"),
    l.t("export.col.knowledge"),
    l.t("export.col.missing"),
    l.t("export.col.criticalPooled"),
    // After the columns spreadsheets already refer to by position.
    l.t("export.col.absent"),
    ...roles.flatMap((r) => [
      l.t("export.col.before", { role: r.name }),
      l.t("export.col.after", { role: r.name }),
    ]),
    l.t("export.col.outcome"),
  ];
  const rows: Cell[][] = [];
  for (const [teamId, d] of teamDebriefs(s, events)) {
    for (const m of d.decisions) {
      // One player per role in a team; should a role ever hold two, both are listed.
      const byRole = (role: string, pick: (x: (typeof m.preferenceShift)[number]) => string | null) =>
        m.preferenceShift
          .filter((x) => x.role === role)
          .map((x) => l.option(m.decision, pick(x)))
          .filter(Boolean)
          .join("; ");
      rows.push([
        teamId,
        l.question(m.decision),
        l.option(m.decision, m.chosen),
        m.chosen === null ? "" : l.decidedBy(m.decidedBy),
        m.chosen === null ? "" : l.yesNo(m.best),
        m.chosen === null ? "" : l.yesNo(m.timedOut),
        l.knowledge(m.knowledge),
        m.missing.map(l.cardTitle).join("; "),
        m.chosen === null ? "" : Math.round(m.criticalPooled * 100),
        m.absent.map((role) => roles.find((r) => r.id === role)?.name ?? role).join("; "),
        ...roles.flatMap((r) => [byRole(r.id, (x) => x.before), byRole(r.id, (x) => x.after)]),
        l.outcome(d.outcome),
      ]);
    }
  }
  return toCsv(header, rows);
}
