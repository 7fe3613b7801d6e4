// Who is in which team before and during the game; rebuilt the same way from lobby.join and host.move events.
import { type Assignment, balanceTeams, placeJoiner, type RoleSpec } from "./balance.ts";

export type Member = {
  playerId: string;
  nickname: string;
  preferredRole: string;
  teamId: string;
  role: string;
  connected: boolean;
};

export class LobbyTeams {
  private readonly members = new Map<string, Member>();
  /** Once the host moves someone by hand, new arrivals are placed around that instead of reshuffling everyone. */
  private manual = false;

  private readonly teamSize: number;

  /** A team never has more players than the scenario has roles: the game seats one player per role. */
  constructor(
    private readonly roles: readonly RoleSpec[],
    teamSize: number,
  ) {
    this.teamSize = Math.max(1, Math.min(teamSize, roles.length));
  }

  /** Adds a player; before the start everyone may be reshuffled, after it only the newcomer is placed. */
  add(player: { playerId: string; nickname: string; preferredRole: string }, started: boolean): Member {
    const placed = placeJoiner(this.assignments(), { ...player }, this.roles, this.teamSize);
    const member: Member = { ...player, teamId: placed.teamId, role: placed.role, connected: true };
    this.members.set(player.playerId, member);
    if (!started && !this.manual) this.rebalance();
    return member;
  }

  rebalance() {
    this.manual = false;
    const order = [...this.members.values()].map(({ playerId, preferredRole }) => ({
      playerId,
      preferredRole,
    }));
    for (const a of balanceTeams(order, this.roles, this.teamSize)) this.assign(a);
  }

  move(playerId: string, teamId: string, role: string): "ok" | "unknown_player" | "role_unknown" {
    if (!this.members.has(playerId)) return "unknown_player";
    if (!this.roles.some((r) => r.id === role)) return "role_unknown";
    this.manual = true;
    this.assign({ playerId, teamId, role });
    return "ok";
  }

  get(playerId: string): Member | undefined {
    return this.members.get(playerId);
  }

  all(): Member[] {
    return [...this.members.values()];
  }

  teamIds(): string[] {
    return [...new Set(this.all().map((m) => m.teamId))].sort((a, b) =>
      a.localeCompare(b, "en", { numeric: true }),
    );
  }

  inTeam(teamId: string): Member[] {
    return this.all().filter((m) => m.teamId === teamId);
  }

  setConnected(playerId: string, connected: boolean) {
    const member = this.members.get(playerId);
    if (member) member.connected = connected;
  }

  private assignments(): Assignment[] {
    return this.all().map(({ playerId, teamId, role }) => ({ playerId, teamId, role }));
  }

  private assign(a: Assignment) {
    const member = this.members.get(a.playerId);
    if (member) Object.assign(member, { teamId: a.teamId, role: a.role });
  }
}
