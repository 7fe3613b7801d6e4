// The replay's memory of the neighbourhood: at every place, a badge counting the injects that arrived and the
// contacts called there up to the moment shown, so a jump to any moment shows what had happened, not only news.
import { ALERT, css, INK } from "./palette.ts";
import type { Graphics, Scene, Text } from "./phaser-lite.ts";
import type { Layout } from "./scene-layout.ts";
import type { SceneModel } from "./scene-model.ts";
import { DEPTH } from "./table-cards.ts";

export class PlaceMarks {
  private readonly badges: Graphics;
  private counts: Text[] = [];
  private key = "";
  /** Events drawn as badges, for the page's read-only test hook. */
  marked = 0;

  constructor(private readonly scene: Scene) {
    this.badges = scene.add.graphics().setDepth(DEPTH.events);
  }

  /** Only the replay keeps them: on the play page the feed remembers, and the map shows what is new. */
  draw(at: Layout, model: SceneModel) {
    const perPlace = new Map<string, number>();
    if (model.replay) for (const e of model.events) perPlace.set(e.place, (perPlace.get(e.place) ?? 0) + 1);
    const key = JSON.stringify([at.width, at.height, [...perPlace]]);
    if (key === this.key) return;
    this.key = key;
    this.badges.clear();
    for (const text of this.counts) text.destroy();
    this.counts = [];
    this.marked = 0;
    const r = at.compact ? 4 : 8;
    for (const [place, count] of perPlace) {
      const p = at.places.get(place);
      if (!p) continue;
      this.marked += count;
      // Up left of the building, clear of the ring an event draws around it (place-events.ts).
      const x = p.x - (at.compact ? 12 : 23);
      const y = p.y - (at.compact ? 6 : 12);
      this.badges.fillStyle(ALERT, 1);
      this.badges.fillCircle(x, y, r);
      this.badges.lineStyle(1.5, INK, 1);
      this.badges.strokeCircle(x, y, r);
      if (at.compact) continue;
      this.counts.push(
        this.scene.add
          .text(x, y, String(count), {
            fontFamily: "system-ui, sans-serif",
            fontSize: "11px",
            fontStyle: "bold",
            color: css(INK),
          })
          .setOrigin(0.5, 0.5)
          .setDepth(DEPTH.events),
      );
    }
  }
}
