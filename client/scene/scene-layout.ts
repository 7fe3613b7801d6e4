// Where things sit in the scene for a given canvas size: the clock and meters on the left, the case table in the
// middle of the neighbourhood, the places around it and the team's seats along the table. Pure numbers.
import type { SceneModel } from "./scene-model.ts";

export type Point = { x: number; y: number };
export type Rect = { x: number; y: number; w: number; h: number };

export type Layout = {
  width: number;
  height: number;
  /** A short band (200 % zoom): no place names, smaller cards. */
  compact: boolean;
  side: Rect;
  map: Rect;
  table: Rect;
  clock: Point & { r: number };
  places: Map<string, Point>;
  seats: Map<string, Point>;
  card: { w: number; h: number; gap: number };
  /** The n-th spot on the table (cards first, then the empty slots). */
  spot: (index: number) => Point;
};

/** At most this many empty slots are drawn on the table; the scene's words say the full count. */
const MAX_SLOTS = 6;
export const drawnSlots = (model: SceneModel) => Math.min(model.missing, MAX_SLOTS);

/** The biggest card that fits `count` spots in the table's inner area. */
function cardSize(table: Rect, count: number, compact: boolean) {
  let w = compact ? 16 : 26;
  for (; w > 8; w -= 2) {
    const h = Math.round(w * 1.3);
    const gap = Math.max(3, Math.round(w / 5));
    const cols = Math.max(1, Math.floor((table.w - 12 + gap) / (w + gap)));
    const rows = Math.max(1, Math.floor((table.h - 18 + gap) / (h + gap)));
    if (cols * rows >= count) return { w, h, gap, cols };
  }
  return { w: 8, h: 10, gap: 2, cols: Math.max(1, Math.floor((table.w - 12) / 10)) };
}

/** Below this the band is laid out as if it had this size: a canvas that is hidden or still sizing itself reports
 * 0 × 0, and the canvas renderer throws on the negative radii and widths that would give. */
const MIN_WIDTH = 240;
const MIN_HEIGHT = 60;

export function layout(shownWidth: number, shownHeight: number, model: SceneModel): Layout {
  const width = Math.max(MIN_WIDTH, shownWidth);
  const height = Math.max(MIN_HEIGHT, shownHeight);
  const compact = height < 120;
  const sideW = Math.min(Math.max(120, width * 0.2), 220);
  const side = { x: 0, y: 0, w: sideW, h: height };
  const map = { x: sideW, y: 0, w: Math.max(60, width - sideW), h: height };
  const tw = Math.min(map.w * 0.42, 340);
  const th = compact ? height * 0.7 : Math.min(height * 0.56, 150);
  const cx = map.x + map.w / 2;
  const cy = compact ? height / 2 : height * 0.44;
  const table = { x: cx - tw / 2, y: cy - th / 2, w: tw, h: th };
  const clockR = Math.min(compact ? height * 0.32 : 26, sideW / 5);
  const clock = { x: side.x + clockR + 10, y: clockR + 10, r: clockR };

  // Places left and right of the table, the first three (the case's own) first; staggered so names fit.
  const places = new Map<string, Point>();
  const top = compact ? 12 : 26;
  const bottom = height - (compact ? 10 : 40);
  const sides = [
    { from: map.x + 30, to: table.x - 30, ids: [] as string[] },
    { from: table.x + table.w + 30, to: map.x + map.w - 30, ids: [] as string[] },
  ];
  model.places.forEach((p, i) => {
    sides[i % 2]?.ids.push(p.id);
  });
  for (const side of sides) {
    const k = side.ids.length;
    const mid = (side.from + side.to) / 2;
    const spread = Math.max(0, (side.to - side.from) / 4);
    side.ids.forEach((id, j) => {
      const y = k === 1 ? (top + bottom) / 2 : top + ((bottom - top) * j) / (k - 1);
      places.set(id, { x: mid + (j % 2 === 0 ? -spread : spread), y });
    });
  }

  // Seats along the table's lower edge, evenly spaced.
  const seats = new Map<string, Point>();
  model.seats.forEach((s, i) => {
    const x = table.x + (table.w * (i + 1)) / (model.seats.length + 1);
    seats.set(s.role, { x, y: table.y + table.h + (compact ? 0 : 12) });
  });
  for (const p of model.places)
    if (p.kind === "contact") seats.set(p.id, places.get(p.id) ?? { x: cx, y: cy });

  const size = cardSize(table, model.table.length + drawnSlots(model), compact);
  const spot = (index: number): Point => {
    const col = index % size.cols;
    const row = Math.floor(index / size.cols);
    return {
      x: table.x + 6 + col * (size.w + size.gap) + size.w / 2,
      y: table.y + 16 + row * (size.h + size.gap) + size.h / 2,
    };
  };
  return { width, height, compact, side, map, table, clock, places, seats, card: size, spot };
}
