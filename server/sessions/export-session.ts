// The session export (shared/protocol/export.ts): scenario source and version, seed, the whole log, per-team measures.
// A browser replays a session from this file alone, through the same fold the server uses.
import { stringify } from "yaml";
import { debrief } from "../../scenarios/engine/debrief.ts";
import { hashState } from "../../scenarios/engine/hash.ts";
import { teamSeed } from "../../scenarios/engine/session.ts";
import { EXPORT_FORMAT, EXPORT_VERSION, type SessionExport } from "../../shared/protocol/export.ts";
import type { TeamNote } from "../../shared/protocol/notes.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { SessionRecord, StoredEvent } from "../store/store.ts";

/** The seed session.start fixed, or 0 for a session that never started. */
export function sessionSeed(events: readonly StoredEvent[]): number {
  const start = events.find((e) => e.type === "session.start" && e.team === null);
  const seed = (start?.payload as { seed?: unknown } | undefined)?.seed;
  return typeof seed === "number" && Number.isInteger(seed) && seed >= 0 ? seed : 0;
}

/** One team's entries as the team engine reads them, in seq order. */
export function teamLogs(events: readonly StoredEvent[]): Map<string, LogEntry[]> {
  const byTeam = new Map<string, LogEntry[]>();
  for (const { seq, t, team, actor, type, payload } of [...events].sort((a, b) => a.seq - b.seq)) {
    if (team === null) continue;
    const log = byTeam.get(team) ?? [];
    log.push({ seq, t, actor, type, payload } as LogEntry);
    byTeam.set(team, log);
  }
  return byTeam;
}

/** The scenario's text as loaded; a scenario built in code has no file, and its canonical YAML parses back the same. */
export function scenarioSourceOf(scenario: Scenario, source: string | undefined): string {
  return source ?? stringify(scenario);
}

export function exportSession(
  record: SessionRecord,
  scenario: Scenario,
  source: string | undefined,
  events: readonly StoredEvent[],
  notes: readonly TeamNote[] = [],
  now: number = Date.now(),
): SessionExport {
  const scenarioSource = scenarioSourceOf(scenario, source);
  const seed = sessionSeed(events);
  const teams: SessionExport["teams"] = {};
  for (const [teamId, log] of teamLogs(events)) {
    const team = teamSeed(seed, teamId);
    teams[teamId] = { seed: team, debrief: debrief(scenario, team, log) };
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    session: {
      code: record.code,
      scenarioId: record.scenarioId,
      language: record.language === "en" ? "en" : "nl",
      teamSize: record.teamSize,
      createdAt: record.createdAt,
      endedAt: record.endedAt,
    },
    scenarioSource,
    scenarioVersion: hashState(scenarioSource),
    seed,
    entries: [...events]
      .sort((a, b) => a.seq - b.seq)
      .map(({ seq, t, team, actor, type, payload, at }) => ({ seq, t, team, actor, type, payload, at })),
    teams,
    notes: notes.map(({ teamId, text, updatedAt }) => ({ teamId, text, updatedAt })),
  };
}
