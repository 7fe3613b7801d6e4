// One class session's game: the pure session fold (scenarios/engine/session.ts) over entries that the engine
// accepted and the store has kept. The Colyseus room forwards to it; recovery replays the stored log through the
// same fold, so memory never runs ahead of the log.
import { nextDeadline } from "../../scenarios/engine/apply.ts";
import { inTeam, type LobbyMember, lobbyMembers, lobbyTeamIds } from "../../scenarios/engine/lobby.ts";
import { lateJoinSteps, moveSteps, type SeatStep } from "../../scenarios/engine/seat-steps.ts";
import {
  applySessionEntry,
  createSession,
  foldSession,
  type SessionState,
} from "../../scenarios/engine/session.ts";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import { HOST_COMMANDS, type HostCommandPayloads, type HostCommandType } from "../../shared/protocol/game.ts";
import { COMMANDS, isCommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import type { StoredEvent } from "../store/store.ts";
import { GameClock } from "./game-clock.ts";
import type { LogInput, SessionLog } from "./session-log.ts";

export { teamSeed } from "../../scenarios/engine/session.ts";

export type Outcome = { ok: true } | { ok: false; code: ErrorCode };
type Step = { team: string; actor: Actor; type: string; payload: unknown; t: number };

const SYSTEM: Actor = { kind: "system" };
const HOST: Actor = { kind: "host" };
const refused = (code: ErrorCode): Outcome => ({ ok: false, code });

export class SessionGame {
  private state: SessionState;
  /** Teams whose views must be projected again; the room drains this after each change. */
  readonly dirty = new Set<string>();
  /** Live only, never logged: who is offline in the lobby, so the start can log them as disconnected. */
  private readonly offlineInLobby = new Set<string>();

  constructor(
    readonly scenario: Scenario,
    private readonly log: SessionLog,
    readonly clock: GameClock,
    readonly teamSize: number,
    private readonly seed: number,
    state?: SessionState,
  ) {
    this.state = state ?? createSession(scenario, { teamSize });
  }

  /**
   * Rebuilds a game from its stored log, exactly as it stood after the last entry, writing nothing. Returns the
   * entries the engine would not take again (none, unless the scenario file changed since the log was written).
   */
  static restore(
    scenario: Scenario,
    log: SessionLog,
    events: readonly StoredEvent[],
    setup: { teamSize: number; timeScale: number; wall?: () => number },
  ): { game: SessionGame; problems: string[] } {
    const lastT = events.reduce((max, e) => Math.max(max, e.t), 0);
    const clock = new GameClock(setup.wall ?? Date.now, setup.timeScale, lastT);
    const { state, problems } = foldSession(scenario, { teamSize: setup.teamSize }, events);
    const game = new SessionGame(scenario, log, clock, setup.teamSize, state.seed, state);
    const running = Object.values(state.teams).some(
      (team) => team.status === "playing" && team.paused === null,
    );
    if (state.status === "playing" && running) clock.run();
    for (const id of game.teamIds()) game.dirty.add(id);
    return { game, problems };
  }

  /** The folded session as it stands: plain data, never to be changed by the caller. */
  get snapshot(): SessionState {
    return this.state;
  }

  get status(): SessionState["status"] {
    return this.state.status;
  }

  /** Who is in which team, read from the folded state. */
  get lobby() {
    const lobby = this.state.lobby;
    return {
      all: (): LobbyMember[] => lobbyMembers(lobby),
      get: (playerId: string): LobbyMember | undefined => lobby.members[playerId],
      inTeam: (teamId: string): LobbyMember[] => inTeam(lobby, teamId),
      teamIds: (): string[] => lobbyTeamIds(lobby),
    };
  }

  get sessionId(): string {
    return this.log.sessionId;
  }

  team(teamId: string): TeamState | undefined {
    return this.state.teams[teamId];
  }

  teamIds(): string[] {
    return Object.keys(this.state.teams);
  }

  /**
   * A new seat: logged and placed in a team. After the start the player also joins that team's game; a team of late
   * arrivals starts by itself once every required role is seated (or when the host starts it).
   */
  async join(player: { playerId: string; nickname: string; preferredRole: string }): Promise<Outcome> {
    if (this.status === "playing") await this.fireDue();
    const t = this.clock.now();
    const first: Step = { team: "", actor: SYSTEM, type: "lobby.join", payload: player, t };
    return this.commit([
      first,
      ...this.seatSteps(first, (after) => lateJoinSteps(this.scenario, after, player.playerId)),
    ]);
  }

  /**
   * Where a seat change lands is the fold's to say: look ahead with the session entry, then log it together with the
   * team entries the engine derives from it (seat-steps.ts). Nothing to add before the start.
   */
  private seatSteps(first: Step, derive: (after: SessionState) => SeatStep[]): Step[] {
    if (this.status !== "playing") return [];
    const entry = { ...first, team: null, seq: this.log.nextSeq };
    const ahead = applySessionEntry(this.scenario, this.state, entry);
    if (!ahead.ok) return [];
    return derive(ahead.state).map((s) => ({ ...s, actor: SYSTEM, t: first.t }));
  }

  async connection(playerId: string, connected: boolean): Promise<void> {
    if (connected) this.offlineInLobby.delete(playerId);
    else this.offlineInLobby.add(playerId);
    const member = this.lobby.get(playerId);
    if (this.status !== "playing" || !member) return;
    await this.fireDue();
    await this.commit([
      {
        team: member.teamId,
        actor: SYSTEM,
        type: "player.connection",
        payload: { playerId, connected },
        t: this.clock.now(),
      },
    ]);
  }

  async playerCommand(playerId: string, type: string, payload: unknown): Promise<Outcome> {
    if (!isCommandType(type)) return refused(type.startsWith("host.") ? "host_only" : "unknown_command");
    const sender = COMMANDS[type].sender;
    if (sender !== "player") return refused(sender === "host" ? "host_only" : "system_only");
    const member = this.lobby.get(playerId);
    if (this.status === "lobby") return refused("not_started");
    if (this.status === "ended") return refused("game_over");
    if (!member) return refused("not_in_team");
    await this.fireDue();
    const actor: Actor = { kind: "player", playerId, role: member.role };
    return this.commit([{ team: member.teamId, actor, type, payload, t: this.clock.now() }]);
  }

  async hostCommand(type: HostCommandType, raw: unknown): Promise<Outcome> {
    const parsed = HOST_COMMANDS[type].safeParse(raw);
    if (!parsed.success) return refused("invalid_payload");
    await this.fireDue();
    return this.hostHandlers[type](parsed.data as never);
  }

  /** Feeds timer.fire to every team whose deadline has passed, each at its own deadline, earliest first. */
  async fireDue(): Promise<void> {
    for (;;) {
      const due = this.nextDue();
      if (!due || due.at > this.clock.now()) return;
      const result = await this.commit([
        { team: due.teamId, actor: SYSTEM, type: "timer.fire", payload: {}, t: due.at },
      ]);
      if (!result.ok) return; // an engine that will not take its own deadline must not spin the server
    }
  }

  /** The earliest game time at which some team needs a timer.fire. */
  nextDue(): { teamId: string; at: number } | undefined {
    let best: { teamId: string; at: number } | undefined;
    for (const [teamId, team] of Object.entries(this.state.teams)) {
      const at = nextDeadline(this.scenario, team);
      if (at !== null && (!best || at < best.at)) best = { teamId, at };
    }
    return best;
  }

  private readonly hostHandlers: { [K in HostCommandType]: (p: HostCommandPayloads[K]) => Promise<Outcome> } =
    {
      "host.balance": async () => {
        if (this.status !== "lobby") return refused("not_in_lobby");
        return this.commit([
          { team: "", actor: HOST, type: "host.balance", payload: {}, t: this.clock.now() },
        ]);
      },
      "host.move": async (p) => {
        if (this.status === "ended") return refused("game_over");
        const member = this.lobby.get(p.playerId);
        if (!member) return refused("not_in_team");
        if (!this.scenario.roles.some((r) => r.id === p.role)) return refused("role_unknown");
        // Already there: nothing to log, and nothing for the player to lose.
        if (this.status === "playing" && member.teamId === p.teamId && member.role === p.role)
          return { ok: true };
        const first: Step = { team: "", actor: HOST, type: "host.move", payload: p, t: this.clock.now() };
        const before = this.state;
        return this.commit([
          first,
          ...this.seatSteps(first, (after) => moveSteps(before, after, p.playerId)),
        ]);
      },
      "host.start": async (p) => {
        if (this.status === "playing") return this.startWaitingTeams(p.teamId);
        if (this.status !== "lobby") return refused("already_started");
        const teamIds = this.lobby.teamIds();
        if (teamIds.length === 0) return refused("no_players");
        const t = this.clock.now();
        const steps: Step[] = [
          { team: "", actor: HOST, type: "session.start", payload: { seed: this.seed, teams: teamIds }, t },
        ];
        for (const id of teamIds) {
          for (const m of this.lobby.inTeam(id)) {
            steps.push({
              team: id,
              actor: SYSTEM,
              type: "team.join",
              payload: { playerId: m.playerId, nickname: m.nickname, role: m.role },
              t,
            });
            if (this.offlineInLobby.has(m.playerId))
              steps.push({
                team: id,
                actor: SYSTEM,
                type: "player.connection",
                payload: { playerId: m.playerId, connected: false },
                t,
              });
          }
          steps.push({ team: id, actor: HOST, type: "host.start", payload: {}, t });
        }
        const result = await this.commit(steps);
        if (result.ok) this.clock.run();
        return result;
      },
      "host.pause": async (p) => this.toTeams(p.teamId, "host.pause", {}, () => this.syncClock()),
      "host.resume": async (p) => this.toTeams(p.teamId, "host.resume", {}, () => this.syncClock()),
      "host.extend": async (p) => this.toTeams(p.teamId, "host.extend", { ms: p.ms }),
      "host.advance": async (p) => this.toTeams(p.teamId, "host.advance", {}),
      "host.inject": async (p) => this.toTeams(p.teamId, "host.inject", { injectId: p.injectId }),
      "host.message": async (p) =>
        this.toTeams(p.teamId, "host.message", { text: p.text, ...(p.as ? { as: p.as } : {}) }),
      "host.end": async () => this.finish("host"),
      "host.bookmark": async (p) => {
        if (this.status === "lobby") return refused("not_started");
        if (this.status === "ended") return refused("game_over");
        if (!this.state.teams[p.teamId]) return refused("unknown_team");
        const payload = { teamId: p.teamId, note: p.note ?? "" };
        return this.commit([{ team: "", actor: HOST, type: "host.bookmark", payload, t: this.clock.now() }]);
      },
    };

  /**
   * Teams formed after the start that have not begun (too few roles yet, or arranged by moves) start when the host
   * says so: one team (its card's button) or all of them. The engine refuses a team that lacks a required role.
   */
  private async startWaitingTeams(teamId?: string): Promise<Outcome> {
    if (teamId !== undefined && !this.state.teams[teamId]) return refused("unknown_team");
    const waiting = Object.entries(this.state.teams)
      .filter(([id, team]) => team.status === "lobby" && (teamId === undefined || id === teamId))
      .map(([id]) => id);
    if (waiting.length === 0) return refused("already_started");
    const t = this.clock.now();
    for (const id of waiting) {
      const result = await this.commit([{ team: id, actor: HOST, type: "host.start", payload: {}, t }]);
      if (!result.ok) return result;
    }
    return { ok: true };
  }

  /**
   * Closes the session. The host's end also ends every team's game; a session closed because nobody was left
   * keeps its teams as they stood, so the debrief shows where they were.
   */
  async finish(reason: "host" | "inactive"): Promise<Outcome> {
    if (this.status === "ended") return refused("game_over");
    if (this.status === "playing" && reason === "host") await this.toTeams(undefined, "host.end", {});
    this.clock.stop();
    const actor = reason === "host" ? HOST : SYSTEM;
    return this.commit([{ team: "", actor, type: "session.end", payload: { reason }, t: this.clock.now() }]);
  }

  /**
   * A facilitator command for one team or all of them. Each team takes it or refuses it on its own (an ended team
   * cannot be paused, the others still are); it counts as done if any team took it.
   */
  private syncClock(): void {
    // Session game time runs while any team plays unpaused and stands still once every team is paused (or done).
    // A team paused alone sees the clock run on, but nextDeadline gives it no timer while paused, and host.resume
    // shifts its deadlines, timed injects and absent members' grace by the pause: none of it passes meanwhile.
    const running = Object.values(this.state.teams).some((t) => t.status === "playing" && t.paused === null);
    if (running) this.clock.run();
    else this.clock.stop();
  }

  private async toTeams(
    teamId: string | undefined,
    type: string,
    payload: unknown,
    after?: () => void,
  ): Promise<Outcome> {
    if (this.status === "lobby") return refused("not_started");
    if (teamId !== undefined && !this.state.teams[teamId]) return refused("unknown_team");
    const targets = teamId === undefined ? this.teamIds() : [teamId];
    let first: Outcome | undefined;
    let any = false;
    const t = this.clock.now();
    for (const id of targets) {
      const result = await this.commit([{ team: id, actor: HOST, type, payload, t }]);
      any ||= result.ok;
      first ??= result;
    }
    if (any) after?.();
    return any ? { ok: true } : (first ?? refused("unknown_team"));
  }

  /**
   * All steps or none: the session fold checks each in order, numbered as the log will number it; only when every
   * one is accepted are they written, and only once written does the session move on.
   */
  private async commit(steps: Step[]): Promise<Outcome> {
    let next = this.state;
    const entries: LogInput[] = [];
    let seq = this.log.nextSeq;
    for (const step of steps) {
      const entry = {
        seq: seq++,
        t: step.t,
        team: step.team || null,
        actor: step.actor,
        type: step.type,
        payload: step.payload,
      };
      if (entry.team !== null && !next.teams[entry.team] && next.status === "lobby")
        return refused("not_started");
      const result = applySessionEntry(this.scenario, next, entry);
      if (!result.ok) return refused(result.reason);
      next = result.state;
      entries.push(entry);
    }
    await this.log.appendAll(entries);
    for (const e of entries) if (e.team !== null) this.dirty.add(e.team);
    this.state = next;
    return { ok: true };
  }
}
