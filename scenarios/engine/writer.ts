// Writes a valid log by applying each entry as it is added: for bots, tests and the benchmark.
import type { CommandPayloads, CommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor, LogEntry } from "../../shared/scenario/log.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { type ApplyResult, applyEvent, createTeam } from "./apply.ts";

export const HOST: Actor = { kind: "host" };
export const SYSTEM: Actor = { kind: "system" };
export const player = (playerId: string, role: string): Actor => ({ kind: "player", playerId, role });

export class LogWriter {
  entries: LogEntry[] = [];
  state: TeamState;
  t = 0;
  private seq = 0;

  constructor(
    readonly scenario: Scenario,
    readonly seed = 1,
    teamId = "",
  ) {
    this.state = createTeam(scenario, { seed, teamId });
  }

  /** A copy that continues independently: bots branch a game at every decision this way. */
  fork(): LogWriter {
    const w = new LogWriter(this.scenario, this.seed, this.state.teamId);
    w.entries = [...this.entries];
    w.state = this.state;
    w.t = this.t;
    w.seq = this.seq;
    return w;
  }

  send<K extends CommandType>(actor: Actor, type: K, payload: CommandPayloads[K]): ApplyResult {
    const entry: LogEntry = { seq: this.seq, t: this.t, actor, type, payload };
    const result = applyEvent(this.scenario, this.state, entry);
    if (result.ok) {
      this.state = result.state;
      this.entries.push(entry);
      this.seq += 1;
    }
    return result;
  }

  /** Like send, but a refusal is a bug in the caller's script. */
  must<K extends CommandType>(actor: Actor, type: K, payload: CommandPayloads[K]): TeamState {
    const r = this.send(actor, type, payload);
    if (!r.ok) throw new Error(`${type} refused: ${r.reason} (t=${this.t})`);
    return r.state;
  }

  join(playerId: string, role: string, nickname = playerId): Actor {
    this.must(SYSTEM, "team.join", { playerId, nickname, role });
    return player(playerId, role);
  }
}
