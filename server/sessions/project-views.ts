// Projects a team's engine state for each viewer: one view per role present, one for the host.
import { viewFor } from "../../scenarios/engine/view.ts";
import { HOST_VIEWER, viewKey } from "../../shared/protocol/game.ts";
import type { TeamView } from "../../shared/scenario/views.ts";
import type { SessionGame } from "./session-game.ts";

export function projectTeam(game: SessionGame, teamId: string): Array<[key: string, view: TeamView]> {
  const team = game.team(teamId);
  if (!team) return [];
  const roles = [...new Set(game.lobby.inTeam(teamId).map((m) => m.role))];
  const views: Array<[string, TeamView]> = roles.map((role) => [
    viewKey(teamId, role),
    viewFor(game.scenario, team, { kind: "role", role }),
  ]);
  views.push([viewKey(teamId, HOST_VIEWER), viewFor(game.scenario, team, { kind: "host" })]);
  return views;
}
