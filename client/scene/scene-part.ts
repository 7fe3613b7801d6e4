// The play page's drawn neighbourhood as a page part. The page is usable before Phaser arrives: the part starts
// as an empty band with its words, and loads the Phaser chunk once the browser is idle after the first view.
// Every fact it draws is also in words here (and as text elsewhere on the page); the canvas is one labelled image.
import type { TeamView } from "../../shared/scenario/views.ts";
import type { Part } from "../pages/play/context.ts";
import { h } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";
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

export function createScenePart(): Part {
  const stage = h("div", { class: "scene-stage", "data-testid": "scene" });
  const status = h("p", { class: "scene-status muted" }, t("scene.loading"));
  const words = h("ul", { class: "scene-words-list" });
  const el = h(
    "section",
    { class: "scene", "aria-labelledby": "scene-heading" },
    h("h2", { id: "scene-heading", class: "visually-hidden" }, t("scene.heading")),
    stage,
    status,
    h("details", { class: "scene-words" }, h("summary", {}, t("scene.words")), words),
  );
  let model: SceneModel | null = null;
  let handle: SceneHandle | null = null;
  let loading = false;
  let wasShown = false;

  const label = () => (model ? [t("scene.picture"), ...sceneWords(model, timeLeft(model))].join(" ") : "");
  const tagCanvas = (facts?: SceneFacts) => {
    const canvas = handle?.canvas();
    if (!canvas) return;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", label());
    if (!facts) return;
    canvas.dataset.tableCards = String(facts.tableCards);
    canvas.dataset.slots = String(facts.slots);
    canvas.dataset.events = String(facts.events);
    canvas.dataset.lastEvent = facts.lastEvent;
  };

  const load = () => {
    const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    import("./scene-game.ts")
      .then(({ startScene }) => {
        if (!el.isConnected) return;
        handle = startScene(stage, { calm, report: tagCanvas });
        status.hidden = true;
        if (model) handle.show(model);
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
      }
    }, 1000);
  };

  return {
    el,
    update(view: TeamView) {
      model = sceneModel(view);
      const lines = sceneWords(model, timeLeft(model));
      words.replaceChildren(...lines.map((line) => h("li", {}, line)));
      if (handle) {
        handle.show(model);
        tagCanvas();
      } else if (!loading) {
        // Asked once: every later view before Phaser arrives just updates the model it will draw first.
        loading = true;
        whenIdle(load);
      }
    },
  };
}
