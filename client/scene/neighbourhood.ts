// The Phaser scene: the map, the case table with its cards, the place events and the clock, fed a new SceneModel
// whenever the team's view changes. It draws; it decides nothing.
import { drawMap, type MapDrawing } from "./draw-map.ts";
import type { Motion } from "./motion.ts";
import { Scene } from "./phaser-lite.ts";
import { PlaceEvents } from "./place-events.ts";
import { PlaceMarks } from "./place-marks.ts";
import { SceneHud } from "./scene-hud.ts";
import { drawnSlots, layout } from "./scene-layout.ts";
import type { SceneModel } from "./scene-model.ts";
import { DEPTH, TableCards } from "./table-cards.ts";

/** Read-only facts for tests, written onto the canvas's data attributes after each change. */
export type SceneFacts = {
  tableCards: number;
  slots: number;
  events: number;
  lastEvent: string;
  /** Events up to the moment marked at their places (the replay). */
  marked: number;
  /** "reduced" when the scene keeps still for the reader, and what it animated so far. */
  motion: "full" | "reduced";
  flights: number;
  pulses: number;
};

export class Neighbourhood extends Scene {
  private model: SceneModel | null = null;
  private map: MapDrawing | undefined;
  private cards: TableCards | undefined;
  private placeEvents: PlaceEvents | undefined;
  private marks: PlaceMarks | undefined;
  private hud: SceneHud | undefined;
  private placesKey = "";

  constructor(
    private readonly motion: Motion,
    private readonly report: (facts: SceneFacts) => void,
  ) {
    super({ key: "neighbourhood" });
  }

  create() {
    this.cards = new TableCards(this, this.motion, () => this.tell());
    this.placeEvents = new PlaceEvents(this, this.motion);
    this.marks = new PlaceMarks(this);
    this.hud = new SceneHud(this, this.motion);
    this.scale.on("resize", () => this.redraw(false));
    if (this.model) this.redraw(false);
  }

  /**
   * A new view: cards shared since the last one fly in, new events are announced. `animate` false puts everything
   * in place at once (the replay jumping to a moment); the first model is always put in place.
   */
  show(model: SceneModel, animate = true) {
    const first = this.model === null;
    this.model = model;
    if (this.cards) this.redraw(animate && !first);
  }

  override update(time: number) {
    this.hud?.tick(time);
  }

  private redraw(animate: boolean) {
    const model = this.model;
    if (!model || !this.cards || !this.placeEvents || !this.marks || !this.hud) return;
    const { width, height } = this.scale.gameSize;
    const key = `${width}x${height}|${model.places.map((p) => p.label).join("|")}|${model.labels.table}`;
    const at = layout(width, height, model);
    if (key !== this.placesKey) {
      this.placesKey = key;
      this.map = drawMap(this, at, model, this.map);
      this.map.ground.setDepth(DEPTH.ground);
      for (const label of this.map.labels) label.setDepth(DEPTH.labels);
      this.placeEvents.clear();
    }
    this.cards.draw(at, model, animate);
    this.placeEvents.draw(at, model, animate);
    this.marks.draw(at, model);
    this.hud.draw(at, model);
    this.tell();
  }

  private tell() {
    if (!this.cards || !this.placeEvents || !this.marks || !this.model) return;
    const last = this.placeEvents.latest;
    this.report({
      tableCards: this.cards.landed(),
      slots: drawnSlots(this.model),
      events: this.placeEvents.announced,
      lastEvent: last ? `${last.kind}:${last.place}` : "",
      marked: this.marks.marked,
      motion: this.motion.calm ? "reduced" : "full",
      flights: this.motion.flights,
      pulses: this.motion.pulses,
    });
  }
}
