// The debrief's timeline of one team: the moments worth jumping to, and pooling and meters over game time.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import type { Knowledge, TeamState } from "../../shared/scenario/state.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import { buildReplayIndex, type ReplayIndex } from "./checkpoints.ts";
import { lookup } from "./lookup.ts";
import { viewFor } from "./view.ts";

type At = { seq: number; t: number };
export type HostAction = "start" | "pause" | "resume" | "extend" | "advance" | "message" | "end";

export type Moment = At &
  (
    | { kind: "phase"; phaseId: string }
    /** `by` is the role that shared it, or "contact:<id>" for a card a contact gave. */
    | { kind: "share"; cardId: string; by: string; playerId: string | null }
    | {
        kind: "decision";
        decisionId: string;
        optionId: string;
        decidedBy: string | null;
        knowledge: Knowledge | null;
      }
    | { kind: "inject"; injectId: string; byHost: boolean }
    | { kind: "host"; action: HostAction; text: string | null; ms: number | null }
    | { kind: "outcome"; outcomeId: string }
    /** A moment the facilitator marked during play (a session entry, merged in by openSessionReplay). */
    | { kind: "bookmark"; note: string }
    | MemberMoment
  );
export type MomentKind = Moment["kind"];

/**
 * Seats changing during play: a late arrival or a moved player joins, a moved player leaves, a team of late arrivals
 * starts by itself. The seats filled at the team's start are not moments.
 */
export type MemberMoment = {
  kind: "member";
  action: "join" | "leave" | "start";
  nickname: string | null;
  role: string | null;
};

export interface SeriesPoint extends At {
  value: number;
}

export interface Timeline {
  index: ReplayIndex;
  moments: Moment[];
  /** Critical cards on the table, after every entry that changed the count (starts at 0 at the first entry). */
  pooled: SeriesPoint[];
  /** Per meter, its value after every entry that changed it (starts at the scenario's start value). */
  meters: Record<string, SeriesPoint[]>;
  /** The critical cards this team could have pooled: held by a role in the team, or given by a contact. */
  critical: string[];
  /** Game time of the team's first and last entry. */
  start: number;
  end: number;
}

const HOST_ACTIONS: Partial<Record<string, HostAction>> = {
  "host.start": "start",
  "host.pause": "pause",
  "host.resume": "resume",
  "host.extend": "extend",
  "host.advance": "advance",
  "host.message": "message",
  "host.end": "end",
};

/** The critical cards in play for a team: an absent role's cards count only if they were handed to someone present. */
export function criticalCards(s: Scenario, team: TeamState): string[] {
  const roles = new Set(Object.values(team.members).map((m) => m.role));
  return [...lookup(s).cards.values()]
    .filter((c) => c.marks.includes("critical"))
    .filter((c) => c.contact !== null || roles.has(team.cardOwner[c.id] ?? ""))
    .map((c) => c.id);
}

/** A seat change worth a moment; `status` is the team's before this entry. Remembers who sat where for a leave. */
function memberMoment(
  entry: LogEntry,
  status: TeamState["status"],
  seated: Map<string, { nickname: string; role: string }>,
): MemberMoment | null {
  const p = (entry.payload ?? {}) as { playerId?: string; nickname?: string; role?: string };
  if (entry.type === "team.start") return { kind: "member", action: "start", nickname: null, role: null };
  if (entry.type === "team.join" && p.playerId) {
    seated.set(p.playerId, { nickname: p.nickname ?? "", role: p.role ?? "" });
    if (status !== "playing") return null;
    return { kind: "member", action: "join", nickname: p.nickname ?? null, role: p.role ?? null };
  }
  if (entry.type === "team.leave" && p.playerId) {
    const was = seated.get(p.playerId);
    seated.delete(p.playerId);
    return { kind: "member", action: "leave", nickname: was?.nickname ?? null, role: was?.role ?? null };
  }
  return null;
}

/** One fold over the team's log gives the checkpoints for jumping, the moments, and the series for the charts. */
export function buildTimeline(
  s: Scenario,
  seed: number,
  teamId: string,
  entries: readonly LogEntry[],
  opts: { every?: number; onRefused?: (entry: LogEntry) => void } = {},
): Timeline {
  const l = lookup(s);
  const isCritical = (id: string) => l.cards.get(id)?.marks.includes("critical") ?? false;
  const moments: Moment[] = [];
  const pooled: SeriesPoint[] = [];
  const meters: Record<string, SeriesPoint[]> = {};
  const first = entries[0];
  for (const m of s.meters) meters[m.id] = [{ seq: first?.seq ?? 0, t: first?.t ?? 0, value: m.start }];
  // The fold reuses its state object, so what came before is remembered as plain values.
  let phase: string | null = null;
  let tableLength = 0;
  let pooledCount = 0;
  let status: TeamState["status"] = "lobby";
  const decided = new Set<string>();
  const fired = new Set<string>();

  const seated = new Map<string, { nickname: string; role: string }>();

  const index = buildReplayIndex(s, seed, teamId, entries, {
    every: opts.every,
    observe(entry, team, accepted) {
      if (!accepted) return opts.onRefused?.(entry);
      const at = { seq: entry.seq, t: entry.t };
      const member = memberMoment(entry, status, seated);
      if (member) moments.push({ ...at, ...member });
      const action = HOST_ACTIONS[entry.type];
      if (action) {
        const p = (entry.payload ?? {}) as { text?: string; ms?: number };
        moments.push({ ...at, kind: "host", action, text: p.text ?? null, ms: p.ms ?? null });
      }
      for (let i = tableLength; i < team.table.length; i++) {
        const card = team.table[i];
        if (card)
          moments.push({ ...at, kind: "share", cardId: card.cardId, by: card.by, playerId: card.playerId });
      }
      tableLength = team.table.length;
      for (const id of Object.keys(team.fired))
        if (!fired.has(id)) {
          fired.add(id);
          moments.push({ ...at, kind: "inject", injectId: id, byHost: entry.type === "host.inject" });
        }
      for (const d of s.decisions) {
        const state = team.decisions[d.id];
        if (state?.status === "decided" && state.chosen && !decided.has(d.id)) {
          decided.add(d.id);
          moments.push({
            ...at,
            kind: "decision",
            decisionId: d.id,
            optionId: state.chosen,
            decidedBy: state.decidedBy,
            knowledge: state.knowledge,
          });
        }
      }
      if (team.phase !== phase && team.phase !== null)
        moments.push({ ...at, kind: "phase", phaseId: team.phase });
      phase = team.phase;
      if (team.status === "ended" && status !== "ended" && team.outcome)
        moments.push({ ...at, kind: "outcome", outcomeId: team.outcome.id });
      status = team.status;
      const count = team.table.filter((x) => isCritical(x.cardId)).length;
      if (count !== pooledCount || pooled.length === 0) pooled.push({ ...at, value: count });
      pooledCount = count;
      for (const [id, points] of Object.entries(meters)) {
        const value = team.meters[id] ?? 0;
        if (points[points.length - 1]?.value !== value) points.push({ ...at, value });
      }
    },
  });
  return {
    index,
    moments,
    pooled,
    meters,
    critical: criticalCards(s, index.final),
    start: first?.t ?? 0,
    end: entries.at(-1)?.t ?? 0,
  };
}

/** The seq of the last entry at or before game time `t` (-1 before the first): the scrubber's position as a moment. */
export function seqAtTime(entries: readonly LogEntry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as LogEntry).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : (entries[lo - 1] as LogEntry).seq;
}

/** The next (or previous) moment strictly after (before) `seq`, or null at either end. */
export function momentAfter(moments: readonly Moment[], seq: number): Moment | null {
  return moments.find((m) => m.seq > seq) ?? null;
}
export function momentBefore(moments: readonly Moment[], seq: number): Moment | null {
  return moments.findLast((m) => m.seq < seq) ?? null;
}

/**
 * The views the replay shows at one moment: the host's, with only the last `chatLines` chat lines, and one per
 * role (their hands; chat and feed are the team's and come from the host view). Projecting a two-hour chat four
 * times over would cost more than the whole jump.
 */
export function momentViews(
  s: Scenario,
  state: TeamState,
  roles: readonly string[],
  chatLines: number,
): { host: TeamView; roles: { role: string; view: TeamView }[] } {
  const host = viewFor(s, { ...state, chat: state.chat.slice(-chatLines) }, { kind: "host" });
  const bare = { ...state, chat: [], feed: [] };
  return { host, roles: roles.map((role) => ({ role, view: viewFor(s, bare, { kind: "role", role }) })) };
}
