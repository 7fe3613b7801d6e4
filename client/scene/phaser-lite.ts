// The scene's own Phaser: only the parts it draws with (the canvas renderer it uses and the WebGL one the benchmark
// compares, graphics, text, containers and tweens), picked from Phaser's sources. No sound, physics, loader, input
// plugin or cameras beyond the default one; vite.config.ts switches the build flags and puts it in its own chunk.
// The scene imports Phaser from here only, never from "phaser".
// First, as in Phaser's own entry: the renderer namespace is part of a require cycle (a batch handler needs it
// while the renderer loads), which only resolves when the namespace starts loading before the game does.
import "phaser-src/renderer/index.js";
import type PhaserTypes from "phaser";
import CONST from "phaser-src/const.js";
import GameJs from "phaser-src/core/Game.js";
import SCALE_MODES from "phaser-src/scale/const/SCALE_MODE_CONST.js";
import SceneJs from "phaser-src/scene/Scene.js";
// Each of these registers itself with Phaser's plugin cache or the game-object factory when it is loaded.
import "phaser-src/cameras/2d/CameraManager.js";
import "phaser-src/events/EventEmitter.js";
import "phaser-src/gameobjects/DisplayList.js";
import "phaser-src/gameobjects/GameObjectFactory.js";
import "phaser-src/gameobjects/UpdateList.js";
import "phaser-src/gameobjects/container/ContainerFactory.js";
import "phaser-src/gameobjects/graphics/GraphicsFactory.js";
import "phaser-src/gameobjects/text/TextFactory.js";
import "phaser-src/scene/ScenePlugin.js";
import "phaser-src/tweens/TweenManager.js";

export type Game = PhaserTypes.Game;
export type GameConfig = PhaserTypes.Types.Core.GameConfig;
export type Graphics = PhaserTypes.GameObjects.Graphics;
export type Text = PhaserTypes.GameObjects.Text;
export type Container = PhaserTypes.GameObjects.Container;

export const Game = GameJs as typeof PhaserTypes.Game;
export const Scene = SceneJs as typeof PhaserTypes.Scene;
export type Scene = PhaserTypes.Scene;
/** Renderer choice: WebGL when the browser has it, else canvas. */
export const AUTO = (CONST as { AUTO: number }).AUTO;
export const CANVAS = (CONST as { CANVAS: number }).CANVAS;
/** Scale mode: the canvas takes its parent's size and follows it. */
export const RESIZE = (SCALE_MODES as { RESIZE: number }).RESIZE;
