// One preview game in the browser: the engine's own log writer (the commands the server would append), a game clock
// that runs at a chosen speed, the phase timers fired as the server fires them, and bot team-mates for every role
// the author does not play. No network and no class: the rules are the engine's, exactly as in a session.
import { type ApplyResult, nextDeadline } from "../../../scenarios/engine/apply.ts";
import { viewFor } from "../../../scenarios/engine/view.ts";
import { HOST, LogWriter, SYSTEM } from "../../../scenarios/engine/writer.ts";
import type { CommandPayloads, CommandType } from "../../../shared/scenario/commands.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import type { Actor } from "../../../shared/scenario/log.ts";
import type { TeamView } from "../../../shared/scenario/views.ts";
import { type BotSharing, botMove } from "./bot-moves.ts";

export const PREVIEW_TEAM = "T1";
export const ME = "preview-me";

export type PreviewSetup = {
  scenario: Scenario;
  /** The role the author plays. */
  role: string;
  /** Every role in the team, the author's included (an optional role may be left out). */
  roles: string[];
  nickname: string;
  sharing: BotSharing;
  seed?: number;
};

export class PreviewGame {
  readonly w: LogWriter;
  readonly me: Actor;
  readonly bots: Actor[];
  private base = 0;
  private since: number | null = null;
  private scale = 1;

  constructor(
    readonly setup: PreviewSetup,
    private readonly wall: () => number = Date.now,
  ) {
    const s = setup.scenario;
    this.w = new LogWriter(s, setup.seed ?? 1, PREVIEW_TEAM);
    this.me = this.w.join(ME, setup.role, setup.nickname);
    this.bots = setup.roles
      .filter((r) => r !== setup.role)
      .map((role, i) => this.w.join(`bot-${i + 1}`, role, `Bot ${role}`));
    this.w.must(HOST, "host.start", {});
    this.since = this.wall();
  }

  get state() {
    return this.w.state;
  }

  /** Game milliseconds: stands still once the game is over, runs `speed` times faster than the wall. */
  now(): number {
    return Math.floor(this.since === null ? this.base : this.base + (this.wall() - this.since) * this.scale);
  }

  get speed(): number {
    return this.scale;
  }

  set speed(next: number) {
    if (!(next > 0)) return;
    this.base = this.now();
    if (this.since !== null) this.since = this.wall();
    this.scale = next;
  }

  /** Fires every phase timer and timed inject that is due by now, each at its own time; true if any fired. */
  tick(): boolean {
    let fired = false;
    for (let guard = 0; guard < 100 && this.w.state.status === "playing"; guard++) {
      const due = nextDeadline(this.setup.scenario, this.w.state);
      if (due === null || due > this.now()) break;
      this.w.t = Math.max(this.w.t, due);
      if (!this.w.send(SYSTEM, "timer.fire", {}).ok) break;
      fired = true;
    }
    this.w.t = Math.max(this.w.t, this.now());
    if (this.w.state.status === "ended") this.stopClock();
    return fired;
  }

  private stopClock() {
    if (this.since === null) return;
    this.base = this.now();
    this.since = null;
  }

  private as<K extends CommandType>(actor: Actor, type: K, payload: CommandPayloads[K]): ApplyResult {
    this.tick();
    const result = this.w.send(actor, type, payload);
    this.tick();
    return result;
  }

  /** The author's own command, as the server would take it from their seat. */
  send<K extends CommandType>(type: K, payload: CommandPayloads[K]): ApplyResult {
    return this.as(this.me, type, payload);
  }

  /** The facilitator's "next phase": what an author uses instead of waiting for a timer. */
  advance(): ApplyResult {
    return this.as(HOST, "host.advance", {});
  }

  /** One bot's next move, if any bot has one to make now. */
  botMove(): boolean {
    this.tick();
    const moved = botMove(this.w, this.bots, this.setup.sharing);
    this.tick();
    return moved;
  }

  /** What the author's seat sees: the same view the server would send to this role. */
  view(): TeamView {
    return viewFor(this.setup.scenario, this.w.state, { kind: "role", role: this.setup.role });
  }

  /** The published clock, as the play page's timer reads it (client/net/game-time.ts). */
  clock(): { now: number; running: boolean; scale: number } {
    return { now: this.now(), running: this.since !== null, scale: this.scale };
  }
}
