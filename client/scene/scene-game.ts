// Loaded on demand by scene-part.ts (its own chunk, with Phaser's): starts a Phaser game in the given element
// and hands back a small handle to feed it models and to stop it.
import type { Motion } from "./motion.ts";
import { Neighbourhood, type SceneFacts } from "./neighbourhood.ts";
import { AUTO, CANVAS, Game, RESIZE } from "./phaser-lite.ts";
import type { SceneModel } from "./scene-model.ts";

export type SceneHandle = {
  /** `animate`: whether what is new since the last model may move in; by default yes, except for the first. */
  show(model: SceneModel, animate?: boolean): void;
  canvas(): HTMLCanvasElement | null;
  destroy(): void;
};

export function startScene(
  parent: HTMLElement,
  /**
   * Canvas by default: with Chromium's 4× CPU throttling the busy scene held 59 fps on canvas against 23 fps on
   * WebGL in software (scripts/bench/scene-fps.ts compares the two); a few shapes and texts need no shaders.
   * `motion` is followed while the scene runs; a bare `calm` fixes it for good (the benchmark's way).
   */
  options: {
    motion?: Motion;
    calm?: boolean;
    report: (facts: SceneFacts) => void;
    renderer?: "auto" | "canvas";
  },
): SceneHandle {
  const motion = options.motion ?? { calm: options.calm ?? false, flights: 0, pulses: 0 };
  const scene = new Neighbourhood(motion, options.report);
  const game = new Game({
    type: options.renderer === "auto" ? AUTO : CANVAS,
    parent,
    banner: false,
    backgroundColor: "#f7f4ec",
    scale: { mode: RESIZE, width: parent.clientWidth || 600, height: parent.clientHeight || 180 },
    // Nothing in the scene is clicked or typed into: the DOM around it holds every control.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    disableContextMenu: false,
    scene,
  });
  return {
    show: (model, animate) => scene.show(model, animate),
    canvas: () => game.canvas ?? null,
    destroy: () => game.destroy(true),
  };
}
