// The growing picture on the case table: each shared card flies from the seat of whoever brought it and stays,
// in that person's colour with their initial; empty dashed slots say that something is still missing.

import type { Motion } from "./motion.ts";
import { css, SLOT } from "./palette.ts";
import type { Container, Graphics, Scene, Text } from "./phaser-lite.ts";
import { drawnSlots, type Layout } from "./scene-layout.ts";
import type { SceneModel, TableMark } from "./scene-model.ts";

const FONT = "system-ui, sans-serif";
export const DEPTH = { ground: 0, labels: 1, seats: 2, slots: 3, cards: 4, events: 5, hud: 6, overlay: 7 };

/** `painted` is what the face was last drawn for, so an unchanged card is not redrawn on every view. */
type CardSprite = {
  box: Container;
  face: Graphics;
  initial: Text;
  mark: TableMark;
  arrived: boolean;
  painted: string;
};

export class TableCards {
  private readonly cards = new Map<string, CardSprite>();
  private readonly slots: Graphics;
  private readonly seats: Graphics;
  private seatLetters: Text[] = [];
  private seatsKey = "";
  private missingLabel: Text;

  constructor(
    private readonly scene: Scene,
    private readonly motion: Motion,
    private readonly onLanded: () => void,
  ) {
    this.slots = scene.add.graphics().setDepth(DEPTH.slots);
    this.seats = scene.add.graphics().setDepth(DEPTH.seats);
    this.missingLabel = scene.add
      .text(0, 0, "", { fontFamily: FONT, fontSize: "11px", color: "#3d4350" })
      .setOrigin(1, 0)
      .setDepth(DEPTH.slots);
  }

  /**
   * Seats, slots and cards for the model; a card new since the last call flies in unless motion is reduced. Without
   * `animate` every card is put in its place, also one still in flight (the replay jumping to another moment).
   */
  draw(at: Layout, model: SceneModel, animate: boolean) {
    this.drawSeats(at, model);
    const fly = animate && !this.motion.calm;
    const known = new Set(model.table.map((m) => m.cardId));
    for (const [id, sprite] of this.cards)
      if (!known.has(id)) {
        sprite.box.destroy();
        this.cards.delete(id);
      }
    model.table.forEach((mark, i) => {
      const to = at.spot(i);
      const existing = this.cards.get(mark.cardId);
      if (existing) {
        this.paint(existing, at, mark);
        if (this.scene.tweens.isTweening(existing.box)) {
          if (fly) return;
          this.scene.tweens.killTweensOf(existing.box);
          existing.box.setScale(1);
        }
        existing.box.setPosition(to.x, to.y);
        if (!existing.arrived) this.land(existing);
        return;
      }
      const from = (mark.seat && at.seats.get(mark.seat)) || to;
      const sprite = this.create(at, mark, fly ? from : to);
      this.cards.set(mark.cardId, sprite);
      if (fly && (from.x !== to.x || from.y !== to.y)) {
        this.motion.flights++;
        sprite.box.setScale(1.6);
        this.scene.tweens.add({
          targets: sprite.box,
          x: to.x,
          y: to.y,
          scale: 1,
          duration: 900,
          ease: "Cubic.easeOut",
          onComplete: () => this.land(sprite),
        });
      } else this.land(sprite);
    });
    this.drawSlots(at, model);
  }

  /** Cards that have reached the table: a flying card counts once it lands. */
  landed(): number {
    let n = 0;
    for (const sprite of this.cards.values()) if (sprite.arrived) n++;
    return n;
  }

  private land(sprite: CardSprite) {
    sprite.arrived = true;
    this.onLanded();
  }

  private create(at: Layout, mark: TableMark, p: { x: number; y: number }): CardSprite {
    const face = this.scene.add.graphics();
    const initial = this.scene.add
      .text(0, 0, mark.initial, { fontFamily: FONT, fontSize: "12px", fontStyle: "bold", color: "#ffffff" })
      .setOrigin(0.5, 0.5);
    const box = this.scene.add.container(p.x, p.y, [face, initial]).setDepth(DEPTH.cards);
    const sprite = { box, face, initial, mark, arrived: false, painted: "" };
    this.paint(sprite, at, mark);
    return sprite;
  }

  private paint(sprite: CardSprite, at: Layout, mark: TableMark) {
    const { w, h } = at.card;
    const key = `${w}x${h}|${mark.colour}|${mark.initial}`;
    if (sprite.painted === key) return;
    sprite.painted = key;
    sprite.face.clear();
    sprite.face.fillStyle(0xffffff, 1);
    sprite.face.fillRoundedRect(-w / 2, -h / 2, w, h, 3);
    sprite.face.fillStyle(mark.colour, 1);
    sprite.face.fillRoundedRect(-w / 2 + 2, -h / 2 + 2, w - 4, h - 4, 2);
    sprite.initial.setText(mark.initial).setFontSize(Math.max(8, Math.round(w * 0.5)));
  }

  private drawSlots(at: Layout, model: SceneModel) {
    const g = this.slots;
    g.clear();
    const count = drawnSlots(model);
    const { w, h } = at.card;
    g.lineStyle(1.5, SLOT, 1);
    for (let i = 0; i < count; i++) {
      const p = at.spot(model.table.length + i);
      // A dashed outline: four short strokes per side read as "empty", not as a card.
      for (let k = 0; k < 4; k++) {
        const x0 = p.x - w / 2 + (k * w) / 4;
        const y0 = p.y - h / 2 + (k * h) / 4;
        g.lineBetween(x0 + 1, p.y - h / 2, x0 + w / 8 + 1, p.y - h / 2);
        g.lineBetween(x0 + 1, p.y + h / 2, x0 + w / 8 + 1, p.y + h / 2);
        g.lineBetween(p.x - w / 2, y0 + 1, p.x - w / 2, y0 + h / 8 + 1);
        g.lineBetween(p.x + w / 2, y0 + 1, p.x + w / 2, y0 + h / 8 + 1);
      }
      g.fillStyle(SLOT, 1);
      g.fillCircle(p.x, p.y, Math.max(1.5, w / 10));
    }
    this.missingLabel.setVisible(count > 0 && !at.compact);
    this.missingLabel.setText(model.labels.missing);
    this.missingLabel.setPosition(at.table.x + at.table.w - 8, at.table.y + 2);
  }

  private drawSeats(at: Layout, model: SceneModel) {
    const key = JSON.stringify([at.width, at.height, model.seats]);
    if (key === this.seatsKey) return;
    this.seatsKey = key;
    const g = this.seats;
    g.clear();
    for (const t of this.seatLetters) t.destroy();
    this.seatLetters = [];
    const r = at.compact ? 7 : 10;
    for (const seat of model.seats) {
      const p = at.seats.get(seat.role);
      if (!p) continue;
      g.fillStyle(seat.colour, seat.present ? 1 : 0.35);
      g.fillCircle(p.x, p.y, r);
      g.lineStyle(2, 0xffffff, 1);
      g.strokeCircle(p.x, p.y, r);
      this.seatLetters.push(
        this.scene.add
          .text(p.x, p.y, seat.initial, {
            fontFamily: FONT,
            fontSize: `${r + 2}px`,
            fontStyle: "bold",
            color: css(0xffffff),
          })
          .setOrigin(0.5, 0.5)
          .setDepth(DEPTH.seats),
      );
    }
  }
}
