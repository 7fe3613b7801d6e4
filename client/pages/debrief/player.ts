// The replay's transport: play/pause, speed in game time (or moment by moment), a scrubber, previous/next moment.
import { momentAfter, momentBefore, seqAtTime } from "../../../scenarios/engine/timeline.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MomentContext, TeamContext } from "./context.ts";
import { clock, phaseName } from "./labels.ts";

/** How the page moves: a jump adds a history entry, playing and dragging replace the current one. */
export type Seek = (seq: number, history: "push" | "replace") => void;

const SPEEDS = ["1", "2", "5", "10", "next"] as const;
/** While playing moment by moment, each moment stays this long on screen. */
const MOMENT_MS = 1500;
/** Playing redraws at most this often: a 25,000-entry log must not redraw the page at 60 frames a second. */
const FRAME_MS = 120;

/** `lead` (the team picker) opens the control row, and `after` (a summary) follows the time. */
export function createPlayer(seek: Seek, lead: HTMLElement, after: HTMLElement) {
  let team: TeamContext | undefined;
  let shown: MomentContext | undefined;
  /** The playing head in game time; it runs ahead of the entry shown between entries. */
  let head = 0;
  let playing = false;
  let frame = 0;
  let lastDraw = 0;
  let lastStep = 0;
  let dragging = false;

  const play = h(
    "button",
    { type: "button", class: "play-toggle", "aria-pressed": "false" },
    t("debrief.play"),
  );
  const speed = h(
    "select",
    { id: "replay-speed" },
    ...SPEEDS.map((v) => h("option", { value: v }, v === "next" ? t("debrief.speed.next") : `${v}×`)),
  );
  const prev = h("button", { type: "button", class: "secondary" }, t("debrief.prevMoment"));
  const next = h("button", { type: "button", class: "secondary" }, t("debrief.nextMoment"));
  const scrubber = h("input", {
    type: "range",
    id: "replay-scrubber",
    min: "0",
    max: "0",
    step: "1000",
    value: "0",
  });
  const time = h("p", { class: "replay-time", "aria-live": "off" });

  const stop = () => {
    playing = false;
    cancelAnimationFrame(frame);
    play.textContent = t("debrief.play");
    play.setAttribute("aria-pressed", "false");
  };

  const tick = (now: number) => {
    if (!playing || !team || !shown) return;
    const tl = team.timeline;
    if (speed.value === "next") {
      if (now - lastStep >= MOMENT_MS) {
        lastStep = now;
        const m = momentAfter(tl.moments, shown.seq);
        if (!m) return stop();
        head = m.t;
        seek(m.seq, "replace");
      }
    } else {
      head = Math.min(tl.end, head + (now - lastStep) * Number(speed.value));
      lastStep = now;
      if (now - lastDraw >= FRAME_MS) {
        lastDraw = now;
        const seq = seqAtTime(tl.index.entries, head);
        if (seq !== shown.seq) seek(seq, "replace");
        else drawTime(head);
      }
      if (head >= tl.end) {
        seek(seqAtTime(tl.index.entries, tl.end), "replace");
        return stop();
      }
    }
    frame = requestAnimationFrame(tick);
  };

  play.addEventListener("click", () => {
    if (playing) return stop();
    if (!team || !shown) return;
    // At the end, play starts over from the first entry.
    if (shown.t >= team.timeline.end && momentAfter(team.timeline.moments, shown.seq) === null) {
      head = team.timeline.start;
      seek(team.timeline.index.entries[0]?.seq ?? 0, "push");
    } else head = shown.t;
    playing = true;
    play.textContent = t("debrief.pause");
    play.setAttribute("aria-pressed", "true");
    lastStep = performance.now();
    lastDraw = 0;
    frame = requestAnimationFrame(tick);
  });
  const step = (forward: boolean) => {
    if (!team || !shown) return;
    stop();
    const m = forward
      ? momentAfter(team.timeline.moments, shown.seq)
      : momentBefore(team.timeline.moments, shown.seq);
    if (m) seek(m.seq, "push");
    else if (!forward) seek((team.timeline.index.entries[0]?.seq ?? 1) - 1, "push");
  };
  prev.addEventListener("click", () => step(false));
  next.addEventListener("click", () => step(true));
  scrubber.addEventListener("input", () => {
    if (!team) return;
    stop();
    head = Number(scrubber.value);
    // The first move of a drag is a new history entry; the rest of the drag only updates it.
    seek(seqAtTime(team.timeline.index.entries, head), dragging ? "replace" : "push");
    dragging = true;
    drawTime(head);
  });
  scrubber.addEventListener("change", () => {
    dragging = false;
  });

  const drawTime = (at: number) => {
    if (!team || !shown) return;
    const { start, end } = team.timeline;
    const text = t("debrief.time", {
      time: clock(at - start),
      total: clock(end - start),
      phase: phaseName(team.s, shown.state.phase),
    });
    time.textContent = text;
    scrubber.value = String(at);
    scrubber.setAttribute("aria-valuetext", text);
  };

  const el = h(
    "section",
    { class: "replay-player", "aria-label": t("debrief.playerLabel") },
    h(
      "div",
      { class: "row" },
      lead,
      play,
      h("span", { class: "row speed" }, h("label", { for: "replay-speed" }, t("debrief.speed")), speed),
      prev,
      next,
    ),
    h("label", { for: "replay-scrubber", class: "visually-hidden" }, t("debrief.scrubber")),
    scrubber,
    h("div", { class: "row replay-status" }, time, after),
  );

  return {
    el,
    team(ctx: TeamContext) {
      stop();
      team = ctx;
      // Whole seconds counted back from the end, so the last entry is on a step and the start at or before one.
      const { start, end } = ctx.timeline;
      scrubber.max = String(end);
      scrubber.min = String(end - Math.max(1, Math.ceil((end - start) / 1000)) * 1000);
    },
    moment(ctx: MomentContext) {
      shown = ctx;
      // While playing in game time the head runs on between entries; otherwise it sits on the entry shown.
      if (!playing || speed.value === "next") head = ctx.t;
      if (!dragging) drawTime(playing ? head : ctx.t);
    },
    stop,
  };
}
