// The Phaser scene: the map, the case table with its cards, the place events and the clock, fed a new SceneModel
// whenever the team's view changes. It draws; it decides nothing.
import { drawMap, type MapDrawing } from "./draw-map.ts";
import { Scene } from "./phaser-lite.ts";
import { PlaceEvents } from "./place-events.ts";
import { SceneHud } from "./scene-hud.ts";
import { drawnSlots, layout } from "./scene-layout.ts";
import type { SceneModel } from "./scene-model.ts";
import { DEPTH, TableCards } from "./table-cards.ts";

/** Read-only facts for tests, written onto the canvas's data attributes after each change. */
export type SceneFacts = { tableCards: number; slots: number; events: number; lastEvent: string };

export class Neighbourhood extends Scene {
  private model: SceneModel | null = null;
  private map: MapDrawing | undefined;
  private cards: TableCards | undefined;
  private placeEvents: PlaceEvents | undefined;
  private hud: SceneHud | undefined;
  private placesKey = "";

  constructor(
    private readonly calm: boolean,
    private readonly report: (facts: SceneFacts) => void,
  ) {
    super({ key: "neighbourhood" });
  }

  create() {
    this.cards = new TableCards(this, this.calm, () => this.tell());
    this.placeEvents = new PlaceEvents(this, this.calm);
    this.hud = new SceneHud(this, this.calm);
    this.scale.on("resize", () => this.redraw(false));
    if (this.model) this.redraw(false);
  }

  /** A new view: cards shared since the last one fly in, new events are announced. */
  show(model: SceneModel) {
    const first = this.model === null;
    this.model = model;
    if (this.cards) this.redraw(!first);
  }

  override update(time: number) {
    this.hud?.tick(time);
  }

  private redraw(animate: boolean) {
    const model = this.model;
    if (!model || !this.cards || !this.placeEvents || !this.hud) return;
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
    this.placeEvents.draw(at, model);
    this.hud.draw(at, model);
    this.tell();
  }

  private tell() {
    if (!this.cards || !this.placeEvents || !this.model) return;
    const last = this.placeEvents.latest;
    this.report({
      tableCards: this.cards.landed(),
      slots: drawnSlots(this.model),
      events: this.placeEvents.announced,
      lastEvent: last ? `${last.kind}:${last.place}` : "",
    });
  }
}
