// Mission control on /host/<code>: the lobby's teams and the start, then every team's game at a glance: a sticky bar
// with the session-wide controls and the calls to answer, a grid in which ten teams fit a 1366×768 screen, and one
// team's detail panel on demand.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { hostViews, type SessionSnapshot } from "../../net/connection.ts";
import { everySecond } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { memo, replaceKeeping } from "../../ui/keep.ts";
import { playerItem } from "../lobby-list.ts";
import { createAlerts } from "./alerts.ts";
import type { MissionContext } from "./context.ts";
import { createControls } from "./controls.ts";
import { renderLobbyTeams, teamsOf } from "./lobby-teams.ts";
import { teacherTools } from "./teacher-link.ts";
import { renderTeamCard, timerShort, timerText } from "./team-card.ts";
import { createTeamDetail } from "./team-detail.ts";
import { renderWaitingTeamCard } from "./waiting-team.ts";

/** The scenario's title, for the bar; the join code panel moves into the bar once the game runs. */
export type MissionChrome = { scenarioTitle: string; codePanel: HTMLElement };

export function createMissionControl(ctx: MissionContext, notice: HTMLElement, chrome: MissionChrome) {
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
  const controls = createControls(ctx);
  const detail = createTeamDetail(ctx);
  const alerts = createAlerts((teamId) => detail.open(teamId));
  const body = h("div", {});
  const codeSlot = h("div", { class: "bar-code" });
  const lobbyCode = h("div", { class: "lobby-code" }, chrome.codePanel);
  let views: TeamView[] = [];

  const draw = memo((lobby: SessionSnapshot) => {
    const playing = lobby.status !== "lobby";
    el.classList.toggle("in-play", playing);
    chrome.codePanel.classList.toggle("compact", playing);
    // Late arrivals still need the code during play, but the teams need the screen: it shrinks into the bar.
    (playing ? codeSlot : lobbyCode).append(chrome.codePanel);
    if (!playing) {
      replaceKeeping(body, lobbyCode, lobbyActions, renderLobbyTeams(ctx, lobby));
      return;
    }
    const seats = Object.values(lobby.players);
    const started = new Set(views.map((v) => v.teamId));
    // Seats the game has not placed in a started team yet (a waiting team has its own card with its start button).
    const waiting = teamsOf(seats.filter((s) => !started.has(s.teamId)));
    const card = { seats, openDetail: (teamId: string) => detail.open(teamId) };
    replaceKeeping(
      body,
      h(
        "div",
        { class: "team-grid", "data-teams": String(views.length + waiting.length) },
        ...views.map((v) =>
          v.status === "lobby"
            ? renderWaitingTeamCard(ctx, v, seats, [...started])
            : renderTeamCard(ctx, v, card),
        ),
        ...waiting.map(([id, members]) =>
          h(
            "section",
            { class: "team-card waiting", "data-team": id || "none" },
            h("h3", {}, id ? t("mission.team", { team: id }) : t("mission.noTeam")),
            h("p", { class: "muted" }, t("mission.status.lobby")),
            h("ul", { class: "players compact" }, ...members.map((p) => playerItem(p))),
          ),
        ),
      ),
    );
  });

  const bar = h(
    "div",
    { class: "mission-bar" },
    h(
      "div",
      { class: "mission-title" },
      h("h1", { id: "mission-heading" }, t("mission.heading")),
      h("p", { class: "scenario-name" }, t("mission.scenario", { title: chrome.scenarioTitle })),
    ),
    codeSlot,
    controls.el,
    alerts.el,
    teacherTools(ctx.code, ctx.teacherUrl),
  );
  const el = h(
    "section",
    { class: "mission", "aria-labelledby": "mission-heading" },
    bar,
    notice,
    body,
    detail.el,
  );
  everySecond(el, () => {
    for (const v of views) {
      const timer = el.querySelector(`[data-timer="${v.teamId}"]`);
      if (!(timer instanceof HTMLElement)) continue;
      timer.textContent = timerShort(v);
      timer.title = timerText(v);
    }
  });
  return {
    el,
    update(lobby: SessionSnapshot) {
      views = hostViews(lobby);
      controls.update(views, lobby.status === "ended");
      alerts.update(views);
      detail.update(views, Object.values(lobby.players));
      draw(lobby, [lobby.status, lobby.players, views]);
    },
  };
}
