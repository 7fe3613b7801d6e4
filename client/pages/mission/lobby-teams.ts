// Before the start: the teams as balanced so far, with a way to move a player to another team or role, and to hand
// a seat over with a fresh PIN (a laptop that dies in the lobby needs it as much as one that dies during play).
import { type SeatSnapshot, type SessionSnapshot, teamNumber } from "../../net/connection.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { playerItem } from "../lobby-list.ts";
import type { MissionContext } from "./context.ts";
import { moveControl } from "./move-player.ts";
import { seatHandover } from "./seat-handover.ts";

export { nextTeamId } from "./move-player.ts";

/** Players grouped by team in team order; players without a team come last under "". */
export function teamsOf(players: SeatSnapshot[]): [string, SeatSnapshot[]][] {
  const teams = new Map<string, SeatSnapshot[]>();
  for (const p of players) teams.set(p.teamId, [...(teams.get(p.teamId) ?? []), p]);
  const order = (id: string) => (id === "" ? Number.POSITIVE_INFINITY : teamNumber(id));
  return [...teams.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([id, members]) => [id, members.sort((a, b) => a.nickname.localeCompare(b.nickname, "nl"))]);
}

export function renderLobbyTeams(ctx: MissionContext, lobby: SessionSnapshot): HTMLElement {
  const players = Object.values(lobby.players);
  const teams = teamsOf(players);
  const teamIds = teams.map(([id]) => id).filter((id) => id !== "");
  const tools = (p: SeatSnapshot) => {
    const both = document.createDocumentFragment();
    for (const control of [moveControl(ctx, p, teamIds), seatHandover(ctx, p)])
      if (control) both.append(control);
    return both;
  };
  return h(
    "section",
    { "aria-labelledby": "players-heading" },
    h("h2", { id: "players-heading" }, t("host.players", { count: players.length })),
    players.length === 0 ? h("p", { class: "muted" }, t("host.waiting")) : null,
    h(
      "div",
      { class: "team-grid" },
      ...teams.map(([id, members]) =>
        h(
          "section",
          { class: "team-card", "data-team": id || "none" },
          h("h3", {}, id ? t("mission.team", { team: id }) : t("mission.noTeam")),
          h("ul", { class: "players" }, ...members.map((p) => playerItem(p, tools(p)))),
        ),
      ),
    ),
  );
}
