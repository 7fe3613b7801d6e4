// The drawn neighbourhood as a page part, on the play page and in the debrief's replay. The page is usable before
// Phaser arrives: the part starts as an empty band with its words, and loads the Phaser chunk once the browser is
// idle after the first view. Every fact it draws is also in words here (and as text elsewhere on the page); the
// canvas is one labelled image.
import type { TeamView } from "../../shared/scenario/views.ts";
import type { Part } from "../pages/play/context.ts";
import { h } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";
import { type Motion, watchMotion } from "./motion.ts";
import type { SceneFacts } from "./neighbourhood.ts";
import { timeLeft } from "./scene-clock.ts";
import type { SceneHandle } from "./scene-game.ts";
import { type SceneModel, sceneModel } from "./scene-model.ts";
import { sceneWords } from "./scene-words.ts";

/** After the first view, when the browser has a moment (at most this long): first interaction never waits. */
const IDLE_TIMEOUT_MS = 1500;

function whenIdle(run: () => void) {
  if ("requestIdleCallback" in window) window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 200);
}

/** `replay`: the debrief's read-only scene of a past moment (its clock stands still, what happened stays marked). */
export type SceneOptions = { replay?: boolean };

/** `animate` false puts everything in place (a jump); `roles` the seats to draw, by default the view's roles. */
export type ShowOptions = { animate: boolean; roles?: readonly string[] };

export type ScenePart = Part & { show(view: TeamView, how: ShowOptions): void };

export function createScenePart(options: SceneOptions = {}): ScenePart {
  const replay = options.replay ?? false;
  const headingId = replay ? "replay-scene-heading" : "scene-heading";
  const stage = h("div", { class: "scene-stage", "data-testid": "scene" });
  const status = h("p", { class: "scene-status muted" }, t("scene.loading"));
  const words = h("ul", { class: "scene-words-list" });
  const el = h(
    "section",
    { class: replay ? "scene replay-scene" : "scene", "aria-labelledby": headingId },
    h("h2", { id: headingId, class: "visually-hidden" }, t(replay ? "scene.replay" : "scene.heading")),
    stage,
    status,
    h("details", { class: "scene-words" }, h("summary", {}, t("scene.words")), words),
  );
  let model: SceneModel | null = null;
  let handle: SceneHandle | null = null;
  let motion: { motion: Motion; stop: () => void } | null = null;
  let loading = false;
  let wasShown = false;

  const label = () => (model ? [t("scene.picture"), ...sceneWords(model, timeLeft(model))].join(" ") : "");
  const tagCanvas = (next?: SceneFacts) => {
    const canvas = handle?.canvas();
    if (!canvas) return;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", label());
    if (!next) return;
    canvas.dataset.tableCards = String(next.tableCards);
    canvas.dataset.slots = String(next.slots);
    canvas.dataset.events = String(next.events);
    canvas.dataset.lastEvent = next.lastEvent;
    canvas.dataset.marked = String(next.marked);
    canvas.dataset.motion = next.motion;
    canvas.dataset.flights = String(next.flights);
    canvas.dataset.pulses = String(next.pulses);
  };

  const load = () => {
    import("./scene-game.ts")
      .then(({ startScene }) => {
        // Gone already (the teacher moved on): the next view, if it comes, asks again.
        if (!el.isConnected) {
          loading = false;
          return;
        }
        // A changed wish puts what is moving in its place and says so on the hook.
        motion = watchMotion(() => {
          if (model) handle?.show(model, false);
        });
        handle = startScene(stage, { motion: motion.motion, report: tagCanvas });
        status.hidden = true;
        if (model) handle.show(model, false);
        tagCanvas();
        watchUnmount();
      })
      .catch((error: unknown) => {
        console.warn("scene not drawn", error);
        status.textContent = t("scene.failed");
        el.classList.add("scene-off");
      });
  };

  // A page change removes the part: stop Phaser's loop and free its WebGL context then.
  const watchUnmount = () => {
    const timer = setInterval(() => {
      if (el.isConnected) wasShown = true;
      else if (wasShown) {
        clearInterval(timer);
        handle?.destroy();
        handle = null;
        motion?.stop();
      }
    }, 1000);
  };

  const show = (view: TeamView, how: ShowOptions) => {
    model = sceneModel(view, { replay, ...(how.roles ? { roles: how.roles } : {}) });
    const lines = sceneWords(model, timeLeft(model));
    words.replaceChildren(...lines.map((line) => h("li", {}, line)));
    if (handle) {
      handle.show(model, how.animate);
      tagCanvas();
    } else if (!loading) {
      // Asked once: every later view before Phaser arrives just updates the model it will draw first.
      loading = true;
      whenIdle(load);
    }
  };

  return { el, show, update: (view) => show(view, { animate: true }) };
}
