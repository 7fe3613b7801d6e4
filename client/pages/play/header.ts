// The top of the play page: phase, time left and the paused banner, always in sight.
import type { TeamView } from "../../../shared/scenario/views.ts";
import { everySecond, formatDuration, timeLeft } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { roleName } from "../../ui/labels.ts";
import type { Part } from "./context.ts";

export function createHeader(role: () => string): Part {
  const phase = h("h1", { class: "phase-name" });
  const team = h("p", { class: "muted" });
  const timer = h("p", { class: "timer", "aria-live": "off" });
  const banner = h("p", { class: "banner", role: "status" });
  let current: TeamView | undefined;

  const drawTimer = () => {
    if (!current) return;
    const left = timeLeft(current);
    timer.classList.toggle("urgent", left !== null && left < 30_000 && !current.paused);
    timer.textContent =
      current.status !== "playing"
        ? ""
        : current.paused
          ? t("play.paused")
          : left === null
            ? t("play.noDeadline")
            : t("play.timeLeft", { time: formatDuration(left) });
  };
  const el = h("header", { class: "play-header" }, h("div", {}, phase, team), timer, banner);
  everySecond(timer, drawTimer);

  return {
    el,
    update(view) {
      current = view;
      phase.textContent = view.phase ? t("play.phase", { name: view.phase.name }) : "";
      team.textContent = `${t("play.team", { team: view.teamId })} · ${t("play.yourRole", { role: roleName(role()) })}`;
      const message = view.status === "ended" ? t("play.ended") : view.paused ? t("play.pausedBanner") : "";
      banner.textContent = message;
      banner.hidden = message === "";
      banner.classList.toggle("paused", view.paused);
      drawTimer();
    },
  };
}
