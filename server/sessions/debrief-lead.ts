// The teacher-led replay: the host picks a team and a moment on the debrief page, and every student's screen
// shows that team as it was then. Only after the end: the picture shows every role's hand, which during play
// would give away what each role still keeps to itself.
import { createTeam } from "../../scenarios/engine/apply.ts";
import { foldSession, teamSeed } from "../../scenarios/engine/session.ts";
import { viewFor } from "../../scenarios/engine/view.ts";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import {
  hideNames,
  LEAD_COMMANDS,
  type LeadCommandType,
  type LeadPicture,
  type LeadShow,
} from "../../shared/protocol/lead.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { SessionLogEntry } from "../../shared/scenario/session-entries.ts";

/** A picture at most this often: a teacher dragging the scrubber must not flood thirty laptops. The latest wins. */
export const LEAD_INTERVAL_MS = 250;

export type LeadDeps = {
  scenario: Scenario;
  teamSize: number;
  status: () => "lobby" | "playing" | "ended";
  readLog: () => Promise<readonly SessionLogEntry[]>;
  /** Sends to every student in the room. */
  broadcast: (message: LeadShow) => void;
  wall?: () => number;
};

export type LeadResult = { ok: true; reply?: LeadShow } | { ok: false; code: ErrorCode };

type Target = { teamId: string; seq: number };

/**
 * The picture of one team at `seq`: the stored log folded to that moment with the session fold (only the session
 * entries and that team's, which gives the team the same state the whole log would), projected for the host and
 * for each role, with every nickname taken out.
 */
export function leadPicture(
  s: Scenario,
  setup: { teamSize: number },
  log: readonly SessionLogEntry[],
  target: Target,
): LeadPicture | undefined {
  const { teamId, seq } = target;
  const own = log.filter((e) => e.team === teamId);
  if (own.length === 0) return undefined;
  const entries = log.filter((e) => e.team === null || e.team === teamId);
  const { state } = foldSession(s, setup, entries, { untilSeq: seq });
  const team = state.teams[teamId] ?? createTeam(s, { seed: teamSeed(state.seed, teamId), teamId });
  const start = own[0]?.t ?? 0;
  const at = own.findLast((e) => e.seq <= seq)?.t ?? start;

  // Every name any student joined with, mapped to that student's role in this team (or to nothing at all).
  const roleOf = new Map<string, string>();
  for (const e of own)
    if (e.type === "team.join") {
      const p = e.payload as { playerId: string; role: string };
      roleOf.set(p.playerId, p.role);
    }
  const names = new Map<string, string>();
  for (const e of log)
    if (e.type === "lobby.join" || e.type === "team.join") {
      const p = e.payload as { playerId: string; nickname: string };
      names.set(p.nickname, roleOf.get(p.playerId) ?? "…");
    }

  // The roles of the team as it played, also before its players had joined: their hands were already dealt.
  const present = new Set([...roleOf.values(), ...Object.values(team.members).map((m) => m.role)]);
  const roles = s.roles.map((r) => r.id).filter((r) => present.has(r));
  const bare = { ...team, chat: [], feed: [] };
  const host = viewFor(s, { ...team, chat: [] }, { kind: "host" });
  const picture: LeadPicture = {
    teamId,
    seq,
    elapsed: Math.max(0, at - start),
    view: { ...host, members: host.members.map((m) => ({ ...m, nickname: "" })) },
    roles: roles.map((role) => ({ role, hand: viewFor(s, bare, { kind: "role", role }).hand })),
  };
  return hideNames(picture, names);
}

/** One per room: keeps what the class is shown, and sends it on at most every LEAD_INTERVAL_MS. */
export class DebriefLead {
  private log: readonly SessionLogEntry[] | undefined;
  private current: LeadShow = { picture: null };
  /** The latest moment asked for, with the log it was checked against. */
  private wanted: { target: Target; log: readonly SessionLogEntry[] } | null = null;
  private sentAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly wall: () => number;

  constructor(private readonly deps: LeadDeps) {
    this.wall = deps.wall ?? Date.now;
  }

  /** The log grew (an accepted command): read it again before the next picture. */
  logChanged() {
    this.log = undefined;
  }

  /** What the class is shown now: a page that just joined asks for it with `lead.sync`. */
  get shown(): LeadShow {
    return this.current;
  }

  async command(sender: "host" | "player", type: LeadCommandType, raw: unknown): Promise<LeadResult> {
    if (type === "lead.sync") return { ok: true, reply: this.current };
    if (sender !== "host") return { ok: false, code: "host_only" };
    const parsed = LEAD_COMMANDS[type].safeParse(raw ?? {});
    if (!parsed.success) return { ok: false, code: "invalid_payload" };
    if (type === "host.lead.stop") {
      this.stop();
      return { ok: true };
    }
    if (this.deps.status() !== "ended") return { ok: false, code: "lead_not_ended" };
    const target = parsed.data as Target;
    this.log ??= await this.deps.readLog();
    const log = this.log;
    if (!log.some((e) => e.team === target.teamId)) return { ok: false, code: "unknown_team" };
    this.wanted = { target, log };
    this.schedule();
    return { ok: true };
  }

  private schedule() {
    if (this.timer !== undefined) return; // the pending send will take the latest target
    const delay = this.sentAt + LEAD_INTERVAL_MS - this.wall();
    if (delay <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), delay);
  }

  private flush() {
    this.timer = undefined;
    const wanted = this.wanted;
    this.wanted = null;
    if (!wanted) return;
    const { target, log } = wanted;
    const picture = leadPicture(this.deps.scenario, { teamSize: this.deps.teamSize }, log, target);
    if (!picture) return;
    this.sentAt = this.wall();
    this.current = { picture };
    this.deps.broadcast(this.current);
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.wanted = null;
    const wasShowing = this.current.picture !== null;
    this.current = { picture: null };
    if (wasShowing) this.deps.broadcast(this.current);
  }

  dispose() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
