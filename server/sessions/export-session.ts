// A session's record for the debrief and for research: every team's log entries with the engine's measures.
import { debrief } from "../../scenarios/engine/debrief.ts";
import { teamSeed } from "../../scenarios/engine/session.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { SessionRecord, StoredEvent } from "../store/store.ts";

export type SessionExport = {
  session: Omit<SessionRecord, "hostKeyHash" | "id">;
  /** Lobby joins, moves, start and end: the entries no team's engine sees. */
  sessionEntries: StoredEvent[];
  teams: Record<string, { entries: StoredEvent[]; debrief: ReturnType<typeof debrief> }>;
};

export function exportSession(
  record: SessionRecord,
  scenario: Scenario,
  events: readonly StoredEvent[],
): SessionExport {
  const start = events.find((e) => e.type === "session.start");
  const seed = Number((start?.payload as { seed?: number } | undefined)?.seed ?? 0);
  const byTeam = new Map<string, StoredEvent[]>();
  for (const e of events) if (e.team !== null) byTeam.set(e.team, [...(byTeam.get(e.team) ?? []), e]);
  const teams: SessionExport["teams"] = {};
  for (const [teamId, entries] of byTeam) {
    const log = entries.map(
      ({ seq, t, actor, type, payload }) => ({ seq, t, actor, type, payload }) as LogEntry,
    );
    teams[teamId] = { entries, debrief: debrief(scenario, teamSeed(seed, teamId), log) };
  }
  const { hostKeyHash: _secret, id: _id, ...session } = record;
  return { session, sessionEntries: events.filter((e) => e.team === null), teams };
}
