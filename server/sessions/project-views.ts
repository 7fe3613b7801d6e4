// Projects a team's engine state for each viewer: one view per role present, one for the host, built together so
// the parts they share are built (and serialised) once.
import { viewsFor } from "../../scenarios/engine/view.ts";
import { HOST_VIEWER, viewKey } from "../../shared/protocol/game.ts";
import type { TeamView, Viewer } from "../../shared/scenario/views.ts";
import type { SessionGame } from "./session-game.ts";

export function projectTeam(game: SessionGame, teamId: string): Array<[key: string, view: TeamView]> {
  const team = game.team(teamId);
  if (!team) return [];
  const roles = [...new Set(game.lobby.inTeam(teamId).map((m) => m.role))];
  const viewers: Viewer[] = [...roles.map((role) => ({ kind: "role", role }) as const), { kind: "host" }];
  const keys = [...roles, HOST_VIEWER].map((viewer) => viewKey(teamId, viewer));
  return viewsFor(game.scenario, team, viewers).map((view, i) => [keys[i] as string, view]);
}
