// Pause or resume one team from its card; the others play on (host.pause / host.resume with a teamId).
import type { TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MissionContext } from "./context.ts";

export function teamPauseButton(ctx: MissionContext, view: TeamView): HTMLElement | null {
  if (view.status !== "playing") return null;
  const paused = view.paused;
  return h(
    "button",
    {
      type: "button",
      id: `pause-${view.teamId}`,
      class: "secondary",
      "aria-pressed": paused ? "true" : "false",
      "aria-label": t(paused ? "mission.resumeTeamLabel" : "mission.pauseTeamLabel", { team: view.teamId }),
      onclick: () => ctx.send(paused ? "host.resume" : "host.pause", { teamId: view.teamId }),
    },
    t(paused ? "mission.resumeTeam" : "mission.pauseTeam"),
  );
}
