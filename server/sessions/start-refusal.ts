// Which team a refused start is waiting for, and for which role: the teacher needs a name, not "a team".
import { rolesNeededToStart } from "../../scenarios/engine/seating.ts";
import { type Language, type MessageKey, translate } from "../../shared/i18n/index.ts";
import type { SessionGame } from "./session-game.ts";

export type StartRefusal = { team: string; role: string };

/**
 * The first team (in team order) that may not start yet and the first role it still needs, by the engine's own
 * rule. Before the start that is any lobby team; after it, the teams formed by late arrivals that wait.
 */
export function startRefusal(game: SessionGame, language: Language): StartRefusal | undefined {
  const waiting =
    game.status === "lobby"
      ? game.lobby.teamIds()
      : game.teamIds().filter((id) => game.team(id)?.status === "lobby");
  const ordered = [...waiting].sort((a, b) => teamNumber(a) - teamNumber(b));
  for (const teamId of ordered) {
    const present = game.lobby.inTeam(teamId).map((m) => m.role);
    const [role] = rolesNeededToStart(game.scenario, present);
    if (role) return { team: String(teamNumber(teamId)), role: roleInSentence(game, role, language) };
  }
  return undefined;
}

const teamNumber = (teamId: string) => Number(teamId.slice(1)) || 0;

/** "Team 2 mist nog een huisarts in opleiding (AIOS)": the catalogue's name, a leading capital dropped. */
function roleInSentence(game: SessionGame, roleId: string, language: Language): string {
  const known = ["AIOS", "SW", "WV"].includes(roleId);
  const name = known
    ? translate(language, `role.${roleId}` as MessageKey)
    : (game.scenario.roles.find((r) => r.id === roleId)?.name ?? roleId);
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}
