// A stored session opened for the debrief: the session fold for lobby and status, a checkpointed timeline per team.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { SessionLogEntry } from "../../shared/scenario/session-entries.ts";
import { foldSession, type SessionState, teamSeed } from "./session.ts";
import { buildTimeline, type Timeline } from "./timeline.ts";

export interface SessionReplay {
  /** The session fold of the lobby entries (joins, moves, start, end): status, seed and who was where. */
  session: SessionState;
  /** Entries the folds refused, in words: none, unless the scenario changed since the log was written. */
  problems: string[];
  /** Team ids in number order (T2 before T10). */
  teamIds: string[];
  teams: Record<string, Timeline>;
}

const byNumber = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

/** The facilitator's bookmarks of this team join its moments, in log order, as jump targets like the rest. */
function withBookmarks(timeline: Timeline, session: SessionState, teamId: string): Timeline {
  const marks = session.bookmarks.filter((b) => b.teamId === teamId);
  if (marks.length === 0) return timeline;
  const moments = [
    ...timeline.moments,
    ...marks.map((b) => ({ seq: b.seq, t: b.t, kind: "bookmark" as const, note: b.note })),
  ].sort((a, b) => a.seq - b.seq);
  return { ...timeline, moments };
}

/**
 * Lobby entries go through foldSession itself. Each team's entries go through the same team draft foldSession
 * steps them with, with the team seed it derives, in one fold that keeps checkpoints for fast jumps.
 */
export function openSessionReplay(
  s: Scenario,
  setup: { teamSize: number },
  entries: readonly SessionLogEntry[],
  opts: { every?: number } = {},
): SessionReplay {
  const { state: session, problems } = foldSession(
    s,
    setup,
    entries.filter((e) => e.team === null),
  );
  const byTeam = new Map<string, LogEntry[]>();
  for (const e of entries) {
    if (e.team === null) continue;
    const list = byTeam.get(e.team) ?? [];
    if (list.length === 0) byTeam.set(e.team, list);
    list.push({ seq: e.seq, t: e.t, actor: e.actor, type: e.type, payload: e.payload } as LogEntry);
  }
  const teamIds = [...byTeam.keys()].sort(byNumber);
  const teams: Record<string, Timeline> = {};
  for (const teamId of teamIds) {
    const log = byTeam.get(teamId) ?? [];
    let refused = 0;
    const timeline = buildTimeline(s, teamSeed(session.seed, teamId), teamId, log, {
      ...opts,
      onRefused: (entry) => {
        refused++;
        if (refused <= 20) problems.push(`seq ${entry.seq} (${entry.type} in ${teamId})`);
      },
    });
    teams[teamId] = withBookmarks(timeline, session, teamId);
  }
  return { session, problems, teamIds, teams };
}
