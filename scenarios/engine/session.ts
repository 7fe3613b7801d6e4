// The whole session as one pure fold: lobby, balancing, start, end and every team's game, from the log alone.
// The live server, crash recovery, the exports and the browser's debrief replay all step through this.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { RejectionCode } from "../../shared/scenario/rejections.ts";
import {
  isSessionEntryType,
  SESSION_ENTRIES,
  type SessionEntryPayloads,
  type SessionEntryType,
  type SessionLogEntry,
} from "../../shared/scenario/session-entries.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { applyEvent, createTeam } from "./apply.ts";
import {
  addMember,
  draftLobby,
  type Lobby,
  lobbyTeamIds,
  moveDuringPlay,
  moveMember,
  newLobby,
  rebalance,
  seatHolder,
} from "./lobby.ts";
import { TeamDraft } from "./replay.ts";

export interface SessionState {
  status: "lobby" | "playing" | "ended";
  /** The session's seed, fixed by session.start; each team's engine seed is derived from it. */
  seed: number;
  lastSeq: number;
  now: number;
  lobby: Lobby;
  teams: Record<string, TeamState>;
  endedBy: "host" | "inactive" | null;
  /** Moments the facilitator marked during play (host.bookmark), in log order, for the debrief's timeline. */
  bookmarks: Bookmark[];
}

export interface Bookmark {
  seq: number;
  t: number;
  teamId: string;
  note: string;
}

export type SessionResult = { ok: true; state: SessionState } | { ok: false; reason: RejectionCode };

/** Teams formed after the start whose game has not begun: late arrivals are placed in these after running teams. */
export function waitingTeams(state: SessionState): Set<string> {
  return new Set(
    Object.entries(state.teams)
      .filter(([, team]) => team.status === "lobby")
      .map(([id]) => id),
  );
}

/** Each team's engine gets its own seed, derived from the session's, so any team can be replayed alone. */
export function teamSeed(sessionSeed: number, teamId: string): number {
  const index = Number(teamId.slice(1)) || 0;
  return (sessionSeed + index * 0x9e3779b9) >>> 0;
}

export function createSession(s: Scenario, setup: { teamSize: number }): SessionState {
  return {
    status: "lobby",
    seed: 0,
    lastSeq: 0,
    now: 0,
    lobby: newLobby(s.roles, setup.teamSize),
    teams: {},
    endedBy: null,
    bookmarks: [],
  };
}

type Apply<K extends SessionEntryType> = (
  s: Scenario,
  state: SessionState,
  p: SessionEntryPayloads[K],
  at: { seq: number; t: number },
) => SessionState | RejectionCode;

/** Exhaustive: a new session entry type does not compile until it has a rule here. */
const SESSION_RULES: { [K in SessionEntryType]: Apply<K> } = {
  "lobby.join": (s, state, p) => {
    if (state.status === "ended") return "game_over";
    if (state.lobby.members[p.playerId]) return "invalid_entry"; // a seat is joined once; a reload keeps it
    const lobby = draftLobby(state.lobby);
    addMember(lobby, s.roles, p, state.status !== "lobby", waitingTeams(state));
    return { ...state, lobby };
  },
  "host.move": (s, state, p) => {
    if (state.status === "ended") return "game_over";
    const mover = state.lobby.members[p.playerId];
    if (!mover) return "not_a_member";
    if (!s.roles.some((r) => r.id === p.role)) return "role_unknown";
    const lobby = draftLobby(state.lobby);
    if (state.status === "lobby") {
      moveMember(lobby, p);
      return { ...state, lobby };
    }
    // During play the move goes through the teams' games too (team.leave and team.join entries follow it).
    if (mover.teamId === p.teamId && mover.role === p.role) return "invalid_entry";
    if (state.teams[p.teamId]?.status === "ended") return "game_over";
    const holder = seatHolder(state.lobby, p.teamId, p.role);
    if (holder?.connected) return "seat_occupied";
    moveDuringPlay(lobby, p);
    return { ...state, lobby };
  },
  "host.balance": (s, state) => {
    if (state.status !== "lobby") return "already_started";
    const lobby = draftLobby(state.lobby);
    rebalance(lobby, s.roles);
    return { ...state, lobby };
  },
  "session.start": (_s, state, p) =>
    state.status !== "lobby" ? "already_started" : { ...state, status: "playing", seed: p.seed >>> 0 },
  "session.end": (_s, state, p) =>
    state.status === "ended" ? "game_over" : { ...state, status: "ended", endedBy: p.reason },
  "host.bookmark": (_s, state, p, at) => {
    if (state.status === "lobby") return "not_started";
    if (state.status === "ended") return "game_over";
    // Only a team of this session has moments to mark; the lobby knows its teams also where the teams are not folded.
    if (!state.teams[p.teamId] && !lobbyTeamIds(state.lobby).includes(p.teamId)) return "invalid_entry";
    const bookmark = { seq: at.seq, t: at.t, teamId: p.teamId, note: p.note.trim() };
    return { ...state, bookmarks: [...state.bookmarks, bookmark] };
  },
};

function applyTeamEntry(
  s: Scenario,
  state: SessionState,
  teamId: string,
  entry: SessionLogEntry,
): SessionResult {
  if (state.status === "lobby") return { ok: false, reason: "not_started" };
  const team = state.teams[teamId] ?? createTeam(s, { seed: teamSeed(state.seed, teamId), teamId });
  const { seq, t, actor, type, payload } = entry;
  const result = applyEvent(s, team, { seq, t, actor, type, payload });
  if (!result.ok) return result;
  let lobby = state.lobby;
  if (type === "player.connection") {
    const p = payload as { playerId: string; connected: boolean };
    if (lobby.members[p.playerId]?.connected !== p.connected) {
      lobby = draftLobby(lobby);
      const m = lobby.members[p.playerId];
      if (m) m.connected = p.connected;
    }
  }
  return { ok: true, state: { ...state, lobby, teams: { ...state.teams, [teamId]: result.state } } };
}

/** Pure: the given state is never changed; a bad entry gives a reason, never an exception. */
export function applySessionEntry(s: Scenario, state: SessionState, entry: SessionLogEntry): SessionResult {
  if (
    typeof entry !== "object" ||
    entry === null ||
    !Number.isInteger(entry.seq) ||
    !Number.isInteger(entry.t)
  )
    return { ok: false, reason: "invalid_entry" };
  if (entry.seq <= state.lastSeq) return { ok: false, reason: "stale_time" };
  let result: SessionResult;
  if (entry.team !== null) {
    if (typeof entry.team !== "string") return { ok: false, reason: "invalid_entry" };
    result = applyTeamEntry(s, state, entry.team, entry);
  } else {
    if (!isSessionEntryType(entry.type)) return { ok: false, reason: "unknown_command" };
    const type = entry.type;
    const parsed = SESSION_ENTRIES[type].safeParse(entry.payload ?? {});
    if (!parsed.success) return { ok: false, reason: "invalid_payload" };
    const next = (SESSION_RULES[type] as Apply<typeof type>)(s, state, parsed.data as never, entry);
    result = typeof next === "string" ? { ok: false, reason: next } : { ok: true, state: next };
  }
  if (!result.ok) return result;
  return { ok: true, state: { ...result.state, lastSeq: entry.seq, now: Math.max(state.now, entry.t) } };
}

export interface SessionFold {
  state: SessionState;
  /** Entries the fold refused, in words: none, unless the scenario changed since the log was written. */
  problems: string[];
}

/**
 * Folds a stored log from the start, with the rules of applySessionEntry: session entries through it, team
 * entries through one private draft per team (no copy per step, so a two-hour class folds in well under a
 * second). `onEntry` sees each entry with the state after it: read it then, do not keep it, it changes.
 */
export function foldSession(
  s: Scenario,
  setup: { teamSize: number },
  entries: readonly SessionLogEntry[],
  opts: {
    untilSeq?: number;
    onEntry?: (entry: SessionLogEntry, state: SessionState, accepted: boolean) => void;
  } = {},
): SessionFold {
  let state = createSession(s, setup);
  const drafts = new Map<string, TeamDraft>();
  const problems: string[] = [];
  const refuse = (e: SessionLogEntry, reason: string) =>
    problems.push(`seq ${e.seq} (${e.type}${e.team ? ` in ${e.team}` : ""}): ${reason}`);
  for (const e of entries) {
    if (opts.untilSeq !== undefined && e.seq > opts.untilSeq) break;
    let accepted = false;
    if (e.team === null || typeof e.team !== "string") {
      const r = applySessionEntry(s, state, e);
      if (r.ok) {
        // applySessionEntry copies the teams record; the drafts stay the teams' states.
        state = r.state;
        accepted = true;
      } else refuse(e, r.reason);
    } else if (state.status === "lobby") refuse(e, "not_started");
    else if (!Number.isInteger(e.seq) || e.seq <= state.lastSeq) refuse(e, "stale_time");
    else {
      const teamId = e.team;
      let draft = drafts.get(teamId);
      if (!draft) {
        draft = TeamDraft.fresh(s, teamSeed(state.seed, teamId), teamId);
        drafts.set(teamId, draft);
      }
      const r = draft.step({ seq: e.seq, t: e.t, actor: e.actor, type: e.type, payload: e.payload });
      if (r.ok) {
        accepted = true;
        state.teams[teamId] = draft.team;
        state.lastSeq = e.seq;
        state.now = Math.max(state.now, e.t);
        if (e.type === "player.connection") {
          const p = e.payload as { playerId: string; connected: boolean };
          const m = state.lobby.members[p.playerId];
          if (m && m.connected !== p.connected) {
            state.lobby = draftLobby(state.lobby);
            const copy = state.lobby.members[p.playerId];
            if (copy) copy.connected = p.connected;
          }
        }
      } else refuse(e, r.reason);
    }
    opts.onEntry?.(e, state, accepted);
  }
  return { state, problems };
}
