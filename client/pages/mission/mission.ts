// Mission control on /host/<code>: the lobby's teams and the start, then every team's game at a glance.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { hostViews, type SessionSnapshot } from "../../net/connection.ts";
import { everySecond } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { memo, replaceKeeping } from "../../ui/keep.ts";
import { playerItem } from "../lobby-list.ts";
import type { MissionContext } from "./context.ts";
import { createControls } from "./controls.ts";
import { renderLobbyTeams, teamsOf } from "./lobby-teams.ts";
import { teacherTools } from "./teacher-link.ts";
import { renderTeamCard, timerText } from "./team-card.ts";

export function createMissionControl(ctx: MissionContext, notice: HTMLElement) {
  const lobbyActions = h(
    "div",
    { class: "row" },
    h(
      "button",
      { type: "button", class: "secondary", onclick: () => ctx.send("host.balance", {}) },
      t("mission.balance"),
    ),
    h("button", { type: "button", onclick: () => ctx.send("host.start", {}) }, t("mission.start")),
  );
  const startWaiting = () =>
    h("button", { type: "button", onclick: () => ctx.send("host.start", {}) }, t("mission.startWaiting"));
  const controls = createControls(ctx);
  const body = h("div", {});
  let views: TeamView[] = [];

  const draw = memo((lobby: SessionSnapshot) => {
    if (lobby.status === "lobby") {
      replaceKeeping(body, lobbyActions, renderLobbyTeams(ctx, lobby));
      return;
    }
    const seats = Object.values(lobby.players);
    const started = new Set(views.map((v) => v.teamId));
    // Late arrivals form teams that wait in the lobby until the teacher starts them.
    const waiting = teamsOf(seats.filter((s) => !started.has(s.teamId)));
    replaceKeeping(
      body,
      h(
        "div",
        { class: "mission-play" },
        controls.el,
        h(
          "div",
          { class: "team-grid" },
          ...views.map((v) => renderTeamCard(ctx, v, seats)),
          ...waiting.map(([id, members]) =>
            h(
              "section",
              { class: "team-card waiting", "data-team": id || "none" },
              h("h3", {}, id ? t("mission.team", { team: id }) : t("mission.noTeam")),
              h("p", { class: "muted" }, t("mission.status.lobby")),
              h("ul", { class: "players compact" }, ...members.map((p) => playerItem(p))),
              lobby.status === "playing" && id ? startWaiting() : null,
            ),
          ),
        ),
      ),
    );
  });

  const el = h(
    "section",
    { class: "mission", "aria-labelledby": "mission-heading" },
    h(
      "div",
      { class: "mission-head" },
      h("h2", { id: "mission-heading" }, t("mission.heading")),
      teacherTools(ctx.code, ctx.teacherUrl),
    ),
    notice,
    body,
  );
  everySecond(el, () => {
    for (const v of views) {
      const timer = el.querySelector(`[data-timer="${v.teamId}"]`);
      if (timer) timer.textContent = timerText(v);
    }
  });
  return {
    el,
    update(lobby: SessionSnapshot) {
      views = hostViews(lobby);
      controls.update(views, lobby.status === "ended");
      draw(lobby, [lobby.status, lobby.players, views]);
    },
  };
}
