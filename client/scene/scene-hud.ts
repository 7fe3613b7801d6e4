// The phase clock and the meters on the scene's left, and the pressure over the map: as time runs out and meters
// fall the light dims and the clock beats faster. A pause greys the picture; the outcome shows its title.
import { formatDuration } from "../ui/clock.ts";
import type { Motion } from "./motion.ts";
import { ALERT, css, DANGER, GOOD, INK } from "./palette.ts";
import type { Graphics, Scene, Text } from "./phaser-lite.ts";
import { pressure, timeLeft, timeSpent } from "./scene-clock.ts";
import type { Layout } from "./scene-layout.ts";
import type { SceneModel } from "./scene-model.ts";
import { DEPTH } from "./table-cards.ts";

const FONT = "system-ui, sans-serif";
const DUSK = 0x1b2a4a;
const levelColour = (share: number) => (share <= 0.2 ? DANGER : share <= 0.6 ? ALERT : GOOD);
const OUTCOME_COLOUR: Record<string, number> = { good: GOOD, mixed: ALERT, bad: DANGER };

export class SceneHud {
  private readonly meters: Graphics;
  private readonly clock: Graphics;
  private readonly shade: Graphics;
  private readonly time: Text;
  private readonly phase: Text;
  private readonly banner: Text;
  private meterNames: Text[] = [];
  private metersKey = "";
  private textKey = "";
  private model: SceneModel | null = null;
  private at: Layout | null = null;

  constructor(
    private readonly scene: Scene,
    private readonly motion: Motion,
  ) {
    this.shade = scene.add.graphics().setDepth(DEPTH.overlay);
    this.meters = scene.add.graphics().setDepth(DEPTH.hud);
    this.clock = scene.add.graphics().setDepth(DEPTH.hud);
    const style = { fontFamily: FONT, fontSize: "13px", fontStyle: "bold", color: css(INK) };
    this.time = scene.add.text(0, 0, "", style).setOrigin(0.5, 0.5).setDepth(DEPTH.hud);
    this.phase = scene.add
      .text(0, 0, "", { ...style, fontSize: "12px", fontStyle: "normal" })
      .setOrigin(0, 0.5)
      .setDepth(DEPTH.hud);
    this.banner = scene.add
      .text(0, 0, "", { ...style, fontSize: "18px", color: "#ffffff", padding: { x: 10, y: 6 } })
      .setOrigin(0.5, 0.5)
      .setDepth(DEPTH.overlay + 1);
  }

  draw(at: Layout, model: SceneModel) {
    this.at = at;
    this.model = model;
    const meters = JSON.stringify([at.width, at.height, model.meters]);
    if (meters !== this.metersKey) {
      this.metersKey = meters;
      this.drawMeters(at, model);
    }
    // Phaser re-renders a text's texture on every style change, so only a changed line is touched.
    const outcome = model.status === "ended" ? model.outcome : null;
    const banner = outcome ? outcome.title : model.paused ? model.labels.paused : "";
    const colour = css(outcome ? (OUTCOME_COLOUR[outcome.level] ?? INK) : INK);
    const key = JSON.stringify([at.width, at.height, model.phase, banner, colour]);
    if (key !== this.textKey) {
      this.textKey = key;
      // Beside the clock only when the whole name fits there: a name cut off mid-word ("Kennism") reads as broken,
      // and the page's header names the phase anyway.
      this.phase.setText(at.compact ? "" : (model.phase ?? ""));
      this.phase.setPosition(at.clock.x + at.clock.r + 8, at.clock.y);
      this.phase.setVisible(this.phase.width <= Math.max(0, at.side.w - at.clock.r * 2 - 14));
      this.time.setPosition(at.clock.x, at.clock.y);
      this.time.setFontSize(at.compact ? 10 : 13);
      this.banner.setText(banner).setVisible(banner !== "");
      this.banner.setBackgroundColor(colour);
      this.banner.setPosition(at.map.x + at.map.w / 2, at.height / 2);
    }
    this.tick(0);
  }

  /** One bar per meter, coloured by its level, with its name unless the strip is thin. */
  private drawMeters(at: Layout, model: SceneModel) {
    for (const t of this.meterNames) t.destroy();
    this.meterNames = [];
    const g = this.meters;
    g.clear();
    // Under the clock, or beside it in a thin strip.
    const top = at.compact ? 6 : at.clock.y + at.clock.r + 10;
    const rows = model.meters.length;
    // The bottom of the panel is the words' corner (scene.css), except in a thin strip where they sit below it.
    const room = at.height - top - (at.compact ? 4 : 26);
    const rowH = rows > 0 ? Math.min(28, room / rows) : 0;
    // With room to spare (a tall scene in the play screen's centre column) each name sits whole above its bar.
    const stacked = !at.compact && rowH >= 24;
    const barX = at.compact ? at.clock.x + at.clock.r + 10 : stacked ? at.side.x + 8 : at.side.x + 78;
    const barW = at.side.w - barX - 10;
    model.meters.forEach((m, i) => {
      const y = stacked ? top + i * rowH + rowH - 6 : top + i * rowH + Math.min(rowH, 22) / 2;
      const share = m.value / m.max;
      const barH = Math.max(2, Math.min(8, rowH - 2));
      g.fillStyle(0xd5d9e0, 1);
      g.fillRect(barX, y - barH / 2, barW, barH);
      g.fillStyle(levelColour(share), 1);
      g.fillRect(barX, y - barH / 2, barW * share, barH);
      if (!at.compact && rowH >= 12)
        this.meterNames.push(
          this.scene.add
            .text(at.side.x + 8, stacked ? y - 11 : y, m.name, {
              fontFamily: FONT,
              fontSize: "11px",
              color: css(INK),
            })
            .setOrigin(0, 0.5)
            .setCrop(0, 0, stacked ? at.side.w - 16 : 66, 20)
            .setDepth(DEPTH.hud),
        );
    });
  }

  /** Every frame: the clock's hand, its beat and the light over the map. */
  tick(now: number) {
    const at = this.at;
    const model = this.model;
    if (!at || !model) return;
    const left = timeLeft(model);
    const spent = timeSpent(model, left);
    const press = model.status === "playing" ? pressure(model, left) : 0;
    const g = this.clock;
    g.clear();
    const { x, y, r } = at.clock;
    // The beat: calm at the start, quicker as the pressure rises; none with reduced motion or when paused.
    const period = 2200 - 1500 * press;
    const beat =
      this.motion.calm || model.paused || press < 0.35 ? 0 : (Math.sin((now / period) * Math.PI * 2) + 1) / 2;
    g.fillStyle(0xffffff, 1);
    g.fillCircle(x, y, r);
    g.lineStyle(Math.max(3, r / 5), 0xd5d9e0, 1);
    g.strokeCircle(x, y, r - 2);
    if (left !== null) {
      g.lineStyle(Math.max(3, r / 5), spent > 0.8 ? DANGER : spent > 0.5 ? ALERT : GOOD, 1);
      g.beginPath();
      g.arc(x, y, r - 2, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * (1 - spent), false);
      g.strokePath();
    }
    if (beat > 0) {
      g.lineStyle(2, DANGER, 0.5 * beat);
      g.strokeCircle(x, y, r + 3 + 3 * beat);
    }
    this.time.setText(left === null ? "–" : formatDuration(left));
    const shade = this.shade;
    shade.clear();
    const dark = model.paused ? 0.35 : 0.28 * press;
    if (dark > 0.01) {
      shade.fillStyle(model.paused ? 0x6b7280 : DUSK, dark);
      shade.fillRect(at.map.x, 0, at.map.w, at.height);
    }
  }
}
