// A team of late arrivals that has not started: who is in it, which role it still needs, and one button to start it.
// Whether it may start is the engine's to say (the view's `startNeeds`); the button only follows that.
import type { TeamView } from "../../../shared/scenario/views.ts";
import type { SeatSnapshot } from "../../net/connection.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { roleName } from "../../ui/labels.ts";
import { playerItem } from "../lobby-list.ts";
import type { MissionContext } from "./context.ts";
import { knownTeams, moveForm } from "./move-player.ts";

export function renderWaitingTeamCard(
  ctx: MissionContext,
  view: TeamView,
  seats: readonly SeatSnapshot[],
  teamIds: readonly string[] = [],
): HTMLElement {
  const id = view.teamId;
  const members = seats
    .filter((s) => s.teamId === id)
    .sort((a, b) => a.nickname.localeCompare(b.nickname, "nl"));
  const teams = knownTeams(seats, teamIds);
  const needs = view.startNeeds;
  const reason = h(
    "p",
    { class: "muted", id: `start-needs-${id}` },
    needs.length === 0
      ? t("mission.waitingComplete")
      : t("mission.waitingNeeds", { roles: needs.map(roleName).join(", ") }),
  );
  return h(
    "section",
    { class: "team-card waiting", "data-team": id, "aria-labelledby": `team-${id}` },
    h(
      "div",
      { class: "team-head" },
      h("h3", { id: `team-${id}` }, t("mission.team", { team: id })),
      h("span", { class: "timer" }, t("mission.status.lobby")),
    ),
    reason,
    h("ul", { class: "players compact" }, ...members.map((p) => playerItem(p, null, false, true))),
    // One control for the team, not one per name: the card stays as small as the playing teams' cards.
    members.length > 0
      ? h(
          "details",
          { class: "move move-list", id: `move-team-list-${id}` },
          h("summary", { "aria-label": t("mission.moveFromTeam", { team: id }) }, t("mission.move")),
          ...members.map((p) => moveForm(ctx, p, teams, seats, true, p.nickname)),
        )
      : null,
    h(
      "button",
      {
        type: "button",
        id: `start-team-${id}`,
        disabled: needs.length > 0,
        "aria-describedby": reason.id,
        onclick: () => ctx.send("host.start", { teamId: id }),
      },
      t("mission.startTeam", { team: id }),
    ),
  );
}
