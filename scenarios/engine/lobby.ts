// Who is in which team, before and during the game: plain data changed on a draft by the session fold.
import { type Assignment, balanceTeams, placeJoiner, type RoleSpec } from "./balance.ts";

export interface LobbyMember {
  playerId: string;
  nickname: string;
  preferredRole: string;
  teamId: string;
  role: string;
  /** As the log knows it: true from the join, then whatever player.connection entries said. */
  connected: boolean;
}

export interface Lobby {
  /** A team never has more players than the scenario has roles: the game seats one player per role. */
  teamSize: number;
  /** Join order, which balancing honours. */
  order: string[];
  members: Record<string, LobbyMember>;
  /** Once the host moves someone by hand, new arrivals are placed around that instead of reshuffling everyone. */
  manual: boolean;
}

export function newLobby(roles: readonly RoleSpec[], teamSize: number): Lobby {
  return { teamSize: Math.max(1, Math.min(teamSize, roles.length)), order: [], members: {}, manual: false };
}

export function lobbyMembers(lobby: Lobby): LobbyMember[] {
  return lobby.order.flatMap((id) => {
    const m = lobby.members[id];
    return m ? [m] : [];
  });
}

export function lobbyTeamIds(lobby: Lobby): string[] {
  return [...new Set(lobbyMembers(lobby).map((m) => m.teamId))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
}

export function inTeam(lobby: Lobby, teamId: string): LobbyMember[] {
  return lobbyMembers(lobby).filter((m) => m.teamId === teamId);
}

/** A copy whose members may be changed without touching the original. */
export function draftLobby(lobby: Lobby): Lobby {
  const members: Record<string, LobbyMember> = {};
  for (const [id, m] of Object.entries(lobby.members)) members[id] = { ...m };
  return { ...lobby, order: [...lobby.order], members };
}

function assign(lobby: Lobby, a: Assignment): void {
  const m = lobby.members[a.playerId];
  if (m) Object.assign(m, { teamId: a.teamId, role: a.role });
}

export function rebalance(lobby: Lobby, roles: readonly RoleSpec[]): void {
  lobby.manual = false;
  const order = lobbyMembers(lobby).map(({ playerId, preferredRole }) => ({ playerId, preferredRole }));
  for (const a of balanceTeams(order, roles, lobby.teamSize)) assign(lobby, a);
}

/**
 * Adds a player; before the start everyone may be reshuffled, after it only the newcomer is placed: in a running
 * team's free seat first, else in a team of late arrivals (`waiting`: formed, not started), else a new team.
 */
export function addMember(
  lobby: Lobby,
  roles: readonly RoleSpec[],
  player: { playerId: string; nickname: string; preferredRole: string },
  started: boolean,
  waiting: ReadonlySet<string> = new Set(),
): void {
  const current = lobbyMembers(lobby).map(({ playerId, teamId, role }) => ({ playerId, teamId, role }));
  const placed = placeJoiner(current, { ...player }, roles, lobby.teamSize, waiting);
  if (!lobby.members[player.playerId]) lobby.order.push(player.playerId);
  lobby.members[player.playerId] = { ...player, teamId: placed.teamId, role: placed.role, connected: true };
  if (!started && !lobby.manual) rebalance(lobby, roles);
}

export function moveMember(lobby: Lobby, a: Assignment): void {
  lobby.manual = true;
  assign(lobby, a);
}

/** Who holds a role's seat in a team, if anyone. */
export function seatHolder(lobby: Lobby, teamId: string, role: string): LobbyMember | undefined {
  return lobbyMembers(lobby).find((m) => m.teamId === teamId && m.role === role);
}

/**
 * A move during play. The seat it lands in must be free or held by someone offline; that player then takes the
 * mover's old seat, so nobody is left without a team and no role is played twice in a team. Returns who was
 * swapped, if anyone.
 */
export function moveDuringPlay(lobby: Lobby, a: Assignment): LobbyMember | undefined {
  const mover = lobby.members[a.playerId];
  if (!mover) return undefined;
  const from = { teamId: mover.teamId, role: mover.role };
  const holder = seatHolder(lobby, a.teamId, a.role);
  const swapped = holder && holder.playerId !== a.playerId ? holder : undefined;
  lobby.manual = true;
  assign(lobby, a);
  if (swapped) assign(lobby, { playerId: swapped.playerId, ...from });
  return swapped;
}
