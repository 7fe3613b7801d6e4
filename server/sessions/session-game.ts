// One class session's game: the teams' engine states, fed only by log entries that the engine accepted and the
// store has kept. The Colyseus room forwards to it; recovery replays the stored log through the same methods.
import { applyEvent, createTeam, nextDeadline } from "../../scenarios/engine/apply.ts";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import { HOST_COMMANDS, type HostCommandPayloads, type HostCommandType } from "../../shared/protocol/game.ts";
import { COMMANDS, isCommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import type { StoredEvent } from "../store/store.ts";
import { GameClock } from "./game-clock.ts";
import { LobbyTeams } from "./lobby-teams.ts";
import type { LogInput, SessionLog } from "./session-log.ts";

export type Outcome = { ok: true } | { ok: false; code: ErrorCode };
type Step = { team: string; actor: Actor; type: string; payload: unknown; t: number };

const SYSTEM: Actor = { kind: "system" };
const HOST: Actor = { kind: "host" };
const refused = (code: ErrorCode): Outcome => ({ ok: false, code });

/** Each team's engine gets its own seed, derived from the session's, so a log export can replay any team. */
export function teamSeed(sessionSeed: number, teamId: string): number {
  const index = Number(teamId.slice(1)) || 0;
  return (sessionSeed + index * 0x9e3779b9) >>> 0;
}

export class SessionGame {
  status: "lobby" | "playing" | "ended" = "lobby";
  readonly lobby: LobbyTeams;
  private readonly teams = new Map<string, TeamState>();
  /** Teams whose views must be projected again; the room drains this after each change. */
  readonly dirty = new Set<string>();

  constructor(
    readonly scenario: Scenario,
    private readonly log: SessionLog,
    readonly clock: GameClock,
    readonly teamSize: number,
    private seed: number,
  ) {
    this.lobby = new LobbyTeams(scenario.roles, teamSize);
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
    const game = new SessionGame(scenario, log, clock, setup.teamSize, 0);
    const problems = events.flatMap((e) => game.replayEntry(e));
    const running = [...game.teams.values()].some(
      (team) => team.status === "playing" && team.paused === null,
    );
    if (game.status === "playing" && running) clock.run();
    for (const id of game.teams.keys()) game.dirty.add(id);
    return { game, problems };
  }

  private replayEntry(e: StoredEvent): string[] {
    const payload = e.payload as Record<string, unknown>;
    if (e.team === null) {
      if (e.type === "lobby.join") {
        const { playerId, nickname, preferredRole } = payload as {
          playerId: string;
          nickname: string;
          preferredRole: string;
        };
        this.lobby.add({ playerId, nickname, preferredRole }, this.status !== "lobby");
      } else if (e.type === "host.move") {
        const { playerId, teamId, role } = payload as { playerId: string; teamId: string; role: string };
        this.lobby.move(playerId, teamId, role);
      } else if (e.type === "host.balance") this.lobby.rebalance();
      else if (e.type === "session.start") {
        this.seed = Number(payload.seed) >>> 0;
        this.status = "playing";
      } else if (e.type === "session.end") this.status = "ended";
      return [];
    }
    const team = this.teams.get(e.team) ?? this.newTeam(e.team);
    const result = applyEvent(this.scenario, team, {
      seq: e.seq,
      t: e.t,
      actor: e.actor,
      type: e.type,
      payload: e.payload,
    });
    if (!result.ok) return [`seq ${e.seq} (${e.type} in ${e.team}): ${result.reason}`];
    this.teams.set(e.team, result.state);
    if (e.type === "player.connection")
      this.lobby.setConnected(String(payload.playerId), Boolean(payload.connected));
    return [];
  }

  get sessionId(): string {
    return this.log.sessionId;
  }

  team(teamId: string): TeamState | undefined {
    return this.teams.get(teamId);
  }

  teamIds(): string[] {
    return [...this.teams.keys()];
  }

  /**
   * A new seat: logged and placed in a team. After the start the player also joins that team's game; a team made
   * for late arrivals waits until the host starts it.
   */
  async join(player: { playerId: string; nickname: string; preferredRole: string }): Promise<Outcome> {
    await this.write([{ team: "", actor: SYSTEM, type: "lobby.join", payload: player, t: this.clock.now() }]);
    const member = this.lobby.add(player, this.status !== "lobby");
    if (this.status !== "playing") return { ok: true };
    const { playerId, nickname, teamId, role } = member;
    if (!this.teams.has(teamId)) this.teams.set(teamId, this.newTeam(teamId));
    await this.fireDue();
    const payload = { playerId, nickname, role };
    return this.commit([{ team: teamId, actor: SYSTEM, type: "team.join", payload, t: this.clock.now() }]);
  }

  async connection(playerId: string, connected: boolean): Promise<void> {
    this.lobby.setConnected(playerId, connected);
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
    for (const [teamId, team] of this.teams) {
      const at = nextDeadline(this.scenario, team);
      if (at !== null && (!best || at < best.at)) best = { teamId, at };
    }
    return best;
  }

  private readonly hostHandlers: { [K in HostCommandType]: (p: HostCommandPayloads[K]) => Promise<Outcome> } =
    {
      "host.balance": async () => {
        if (this.status !== "lobby") return refused("not_in_lobby");
        await this.write([{ team: "", actor: HOST, type: "host.balance", payload: {}, t: this.clock.now() }]);
        this.lobby.rebalance();
        return { ok: true };
      },
      "host.move": async (p) => {
        if (this.status !== "lobby") return refused("not_in_lobby");
        if (!this.lobby.get(p.playerId)) return refused("not_in_team");
        if (!this.scenario.roles.some((r) => r.id === p.role)) return refused("role_unknown");
        await this.write([{ team: "", actor: HOST, type: "host.move", payload: p, t: this.clock.now() }]);
        this.lobby.move(p.playerId, p.teamId, p.role);
        return { ok: true };
      },
      "host.start": async () => {
        if (this.status === "playing") return this.startWaitingTeams();
        if (this.status !== "lobby") return refused("already_started");
        const teamIds = this.lobby.teamIds();
        if (teamIds.length === 0) return refused("roles_missing");
        for (const id of teamIds) this.teams.set(id, this.newTeam(id));
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
            if (!m.connected)
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
        if (!result.ok) {
          this.teams.clear();
          return result;
        }
        this.status = "playing";
        this.clock.run();
        return result;
      },
      "host.pause": async () => this.toTeams(undefined, "host.pause", {}, () => this.clock.stop()),
      "host.resume": async () => this.toTeams(undefined, "host.resume", {}, () => this.clock.run()),
      "host.extend": async (p) => this.toTeams(p.teamId, "host.extend", { ms: p.ms }),
      "host.advance": async (p) => this.toTeams(p.teamId, "host.advance", {}),
      "host.inject": async (p) => this.toTeams(p.teamId, "host.inject", { injectId: p.injectId }),
      "host.message": async (p) =>
        this.toTeams(p.teamId, "host.message", { text: p.text, ...(p.as ? { as: p.as } : {}) }),
      "host.end": async () => this.finish("host"),
    };

  /** Teams formed by late arrivals after the start begin when the host says so, like the others did. */
  private async startWaitingTeams(): Promise<Outcome> {
    const waiting = [...this.teams.entries()].filter(([, team]) => team.status === "lobby").map(([id]) => id);
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
    const wasPlaying = this.status === "playing";
    this.status = "ended";
    this.clock.stop();
    if (wasPlaying && reason === "host") await this.toTeams(undefined, "host.end", {});
    const actor = reason === "host" ? HOST : SYSTEM;
    await this.write([{ team: "", actor, type: "session.end", payload: { reason }, t: this.clock.now() }]);
    return { ok: true };
  }

  /**
   * A facilitator command for one team or all of them. Each team takes it or refuses it on its own (an ended team
   * cannot be paused, the others still are); it counts as done if any team took it.
   */
  private async toTeams(
    teamId: string | undefined,
    type: string,
    payload: unknown,
    after?: () => void,
  ): Promise<Outcome> {
    if (this.status === "lobby") return refused("not_started");
    if (teamId !== undefined && !this.teams.has(teamId)) return refused("unknown_team");
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

  private newTeam(teamId: string): TeamState {
    return createTeam(this.scenario, { seed: teamSeed(this.seed, teamId), teamId });
  }

  /**
   * All steps or none: each is checked by its team's engine in order, numbered as the log will number it;
   * only when every one is accepted are they written, and only once written do the teams move on.
   */
  private async commit(steps: Step[]): Promise<Outcome> {
    const next = new Map<string, TeamState>();
    const entries: LogInput[] = [];
    let seq = this.log.nextSeq;
    for (const step of steps) {
      const entry = { seq: seq++, t: step.t, actor: step.actor, type: step.type, payload: step.payload };
      if (step.team) {
        const team = next.get(step.team) ?? this.teams.get(step.team);
        if (!team) return refused("unknown_team");
        const result = applyEvent(this.scenario, team, entry);
        if (!result.ok) return refused(result.reason);
        next.set(step.team, result.state);
      }
      entries.push({ ...entry, team: step.team || null });
    }
    await this.writeEntries(entries);
    for (const [id, state] of next) {
      this.teams.set(id, state);
      this.dirty.add(id);
    }
    return { ok: true };
  }

  /** Session-level entries that no team's engine sees (lobby joins, moves, start and end markers). */
  private async write(steps: Step[]): Promise<void> {
    let seq = this.log.nextSeq;
    await this.writeEntries(
      steps.map((s) => ({
        seq: seq++,
        t: s.t,
        team: s.team || null,
        actor: s.actor,
        type: s.type,
        payload: s.payload,
      })),
    );
  }

  private async writeEntries(entries: LogInput[]) {
    await this.log.appendAll(entries);
  }
}
