// The team entries that follow a seat change after the start: a late join or a move goes through the teams' games,
// so what a player sees afterwards is the engine's view of their role in their team. Pure; the server logs these.
import type { Scenario } from "../../shared/scenario/format.ts";
import { inTeam, type LobbyMember, lobbyMembers } from "./lobby.ts";
import { rolesNeededToStart } from "./seating.ts";
import type { SessionState } from "./session.ts";

export type SeatStep = {
  team: string;
  type: "team.join" | "team.leave" | "team.start" | "player.connection";
  payload: Record<string, unknown>;
};

const join = (m: LobbyMember): SeatStep => ({
  team: m.teamId,
  type: "team.join",
  payload: { playerId: m.playerId, nickname: m.nickname, role: m.role },
});
const leave = (teamId: string, playerId: string): SeatStep => ({
  team: teamId,
  type: "team.leave",
  payload: { playerId },
});
/** team.join seats someone as connected; an offline player is marked so right after, as at the start. */
const offline = (m: LobbyMember): SeatStep[] =>
  m.connected
    ? []
    : [{ team: m.teamId, type: "player.connection", payload: { playerId: m.playerId, connected: false } }];

/** A team that has no game yet, or whose game waits for its start. */
function waiting(state: SessionState, teamId: string): boolean {
  const team = state.teams[teamId];
  return !team || team.status === "lobby";
}

/**
 * After a late `lobby.join` (state `after` already holds it): the newcomer joins their team's game, and a waiting
 * team of late arrivals that now seats every required role starts by itself.
 */
export function lateJoinSteps(s: Scenario, after: SessionState, playerId: string): SeatStep[] {
  const m = after.lobby.members[playerId];
  if (!m || after.status !== "playing") return [];
  const steps = [join(m)];
  const roles = inTeam(after.lobby, m.teamId).map((x) => x.role);
  if (waiting(after, m.teamId) && rolesNeededToStart(s, roles).length === 0)
    steps.push({ team: m.teamId, type: "team.start", payload: {} });
  return steps;
}

/**
 * After a `host.move` during play (from `before` to `after`): the mover leaves the old team's game and joins the
 * new one in the chosen role; an offline player whose seat they took swaps into the mover's old seat. A move never
 * starts a team: the teacher may still be arranging it, and starts it with one button.
 */
export function moveSteps(before: SessionState, after: SessionState, playerId: string): SeatStep[] {
  const old = before.lobby.members[playerId];
  const now = after.lobby.members[playerId];
  if (!old || !now || after.status !== "playing") return [];
  const swapped = lobbyMembers(after.lobby).find((m) => {
    const was = before.lobby.members[m.playerId];
    return m.playerId !== playerId && was !== undefined && (was.teamId !== m.teamId || was.role !== m.role);
  });
  const steps: SeatStep[] = [leave(old.teamId, playerId)];
  if (swapped) steps.push(leave(now.teamId, swapped.playerId));
  steps.push(join(now), ...offline(now));
  if (swapped) steps.push(join(swapped), ...offline(swapped));
  return steps;
}
