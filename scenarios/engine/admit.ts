// Decides whether a log entry may apply: envelope, payload schema, sender, membership, then the command's check.
import { COMMANDS, isCommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import { isLogEntry } from "../../shared/scenario/log-guard.ts";
import type { RejectionCode } from "../../shared/scenario/rejections.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { CHECKS } from "./checks.ts";
import type { EngineEvent } from "./events.ts";

export type Admission = { ok: true; event: EngineEvent } | { ok: false; reason: RejectionCode };

type AnyCheck = (s: Scenario, team: TeamState, e: EngineEvent) => RejectionCode | null;

export function admit(s: Scenario, team: TeamState, entry: unknown): Admission {
  // The envelope by the guard that is proven equal to LogEntrySchema; the payload by its command's own schema.
  if (!isLogEntry(entry)) return { ok: false, reason: "invalid_entry" };
  const { seq, t, actor, type } = entry;
  if (!isCommandType(type)) return { ok: false, reason: "unknown_command" };
  const spec = COMMANDS[type];
  const payload = spec.payload.safeParse(entry.payload ?? {});
  if (!payload.success) return { ok: false, reason: "invalid_payload" };
  if (spec.sender !== actor.kind) {
    const reason =
      spec.sender === "host" ? "host_only" : spec.sender === "system" ? "system_only" : "players_only";
    return { ok: false, reason };
  }
  if (seq <= team.lastSeq || t < team.now) return { ok: false, reason: "stale_time" };
  if (actor.kind === "player") {
    const m = team.members[actor.playerId];
    if (!m || m.role !== actor.role) return { ok: false, reason: "not_a_member" };
  }
  // The payload has just passed the schema of exactly this command type.
  const event = { seq, t, actor, type, payload: payload.data } as EngineEvent;
  const reason = (CHECKS[type] as AnyCheck)(s, team, event);
  return reason ? { ok: false, reason } : { ok: true, event };
}
