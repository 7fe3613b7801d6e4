// Something happens at a place: an inject arrives (the phone rings at the practice, a letter at the door) or a
// contact is called. A ring pulses there and a label says who, for a few seconds; it is in the feed as text too.

import type { Motion } from "./motion.ts";
import { ALERT, tagStyle } from "./palette.ts";
import type { Container, Scene } from "./phaser-lite.ts";
import type { Layout } from "./scene-layout.ts";
import type { PlaceEvent, SceneModel } from "./scene-model.ts";
import { DEPTH } from "./table-cards.ts";

const SHOWN_MS = 8000;

export class PlaceEvents {
  private lastSeq: number | null = null;
  private shown: Container[] = [];
  /** Events announced since the page opened, and the latest one, for the page's read-only test hook. */
  announced = 0;
  latest: PlaceEvent | null = null;

  constructor(
    private readonly scene: Scene,
    private readonly motion: Motion,
  ) {}

  /**
   * Announces the events newer than the last model's; the ones there before the page opened stay quiet. Without
   * `announce` the model is only taken note of (the replay jumping: what it jumped over is not news), and the
   * markers still showing go with the moment they belonged to.
   */
  draw(at: Layout, model: SceneModel, announce: boolean) {
    const newest = Math.max(0, ...model.events.map((e) => e.seq));
    if (!announce || this.lastSeq === null) {
      if (this.lastSeq !== null && newest !== this.lastSeq) this.clear();
      this.lastSeq = newest;
      return;
    }
    const since = this.lastSeq;
    const fresh = model.events.filter((e) => e.seq > since);
    this.lastSeq = Math.max(since, newest);
    for (const event of fresh) this.announce(at, event);
  }

  private announce(at: Layout, event: PlaceEvent) {
    const p = at.places.get(event.place);
    if (!p) return;
    this.announced++;
    this.latest = event;
    const ring = this.scene.add.graphics();
    ring.lineStyle(3, ALERT, 1);
    ring.strokeCircle(0, 0, at.compact ? 9 : 16);
    const dot = this.scene.add.graphics();
    dot.fillStyle(ALERT, 1);
    dot.fillCircle(at.compact ? 8 : 13, at.compact ? -8 : -13, at.compact ? 4 : 6);
    const parts: Parameters<Scene["add"]["container"]>[2] = [ring, dot];
    if (!at.compact) {
      const label = this.scene.add.text(0, -22, event.label, tagStyle("#fff3c4", true)).setOrigin(0.5, 1);
      // Keep the label inside the canvas: beside the place when there is no room above it, and off the edges.
      if (p.y - 22 - label.height < 0) {
        const right = p.x + 20 + label.width < at.width;
        label.setOrigin(right ? 0 : 1, 0.5).setPosition(right ? 20 : -20, 0);
      }
      const left = label.x - label.originX * label.width;
      const shift =
        Math.max(0, at.map.x - p.x + 2 - left) - Math.max(0, left + label.width - (at.width - p.x - 2));
      label.x += shift;
      parts.push(label);
    }
    const box = this.scene.add.container(p.x, p.y, parts).setDepth(DEPTH.events);
    this.shown.push(box);
    if (!this.motion.calm) {
      this.motion.pulses++;
      this.scene.tweens.add({ targets: ring, scale: 1.8, alpha: 0.2, duration: 700, yoyo: true, repeat: 4 });
    }
    this.scene.tweens.add({
      targets: box,
      alpha: 0,
      delay: SHOWN_MS,
      duration: this.motion.calm ? 1 : 800,
      onComplete: () => {
        box.destroy();
        this.shown = this.shown.filter((b) => b !== box);
      },
    });
  }

  /** A new size: the markers still showing would point at the old places, so they go. */
  clear() {
    for (const box of this.shown) {
      this.scene.tweens.killTweensOf([box, ...box.list]);
      box.destroy();
    }
    this.shown = [];
  }
}
