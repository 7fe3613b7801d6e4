// The top of the play page: phase, time left and the paused banner, always in sight.
import { everySecond, formatDuration, timeLeft } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { roleName } from "../../ui/labels.ts";
import { type PlayContext, type Section, watch } from "./context.ts";

export function createHeader(ctx: PlayContext): Section {
  const phase = h("h1", { class: "phase-name" });
  const team = h("p", { class: "muted" });
  const story = h("p", { class: "story-clock", "data-clock": "" });
  const timer = h("p", { class: "timer", "aria-live": "off" });
  const banner = h("p", { class: "banner", role: "status" });
  let current: Parameters<typeof timeLeft>[0] | undefined;

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
  const el = h("header", { class: "play-header" }, h("div", {}, phase, story, team), timer, banner);
  everySecond(timer, drawTimer);

  watch(
    ctx.store,
    el,
    (v) => ({
      phase: v.phase?.name ?? null,
      clock: v.clock ?? null,
      teamId: v.teamId,
      status: v.status,
      paused: v.paused,
    }),
    (v) => {
      phase.textContent = v.phase ? t("play.phase", { name: v.phase }) : "";
      story.textContent = v.clock ? t("play.storyClock", { time: v.clock }) : "";
      story.hidden = !v.clock;
      story.dataset.clock = v.clock ?? "";
      team.textContent = `${t("play.team", { team: v.teamId })} · ${t("play.yourRole", { role: roleName(ctx.role()) })}`;
      const message = v.status === "ended" ? t("play.ended") : v.paused ? t("play.pausedBanner") : "";
      banner.textContent = message;
      banner.hidden = message === "";
      banner.classList.toggle("paused", v.paused);
    },
  );
  // The clock follows the server's game time between views; its own watch, so a tick re-draws only the timer.
  watch(
    ctx.store,
    timer,
    (v) => ({ deadline: v.deadline, now: v.now, paused: v.paused, status: v.status }),
    (v) => {
      current = v;
      drawTimer();
    },
  );
  return { el };
}
