// The neighbourhood's ground: roads from every place to the case table, the places as small buildings with
// their names, the table and the team's seats. Redrawn only when the size or the set of places changes.

import { GROUND, PAPER, ROAD, TABLE, tagStyle } from "./palette.ts";
import type { Graphics, Scene, Text } from "./phaser-lite.ts";
import type { Layout } from "./scene-layout.ts";
import type { PlaceKind, SceneModel } from "./scene-model.ts";

const BUILDING: Record<PlaceKind, number> = {
  home: 0xc8553d,
  practice: 0x1f5fbf,
  office: 0x1d7a3a,
  contact: 0x6b7280,
};

export type MapDrawing = { ground: Graphics; labels: Text[] };

function building(g: Graphics, kind: PlaceKind, x: number, y: number, s: number) {
  const colour = BUILDING[kind];
  g.fillStyle(PAPER, 1);
  g.fillRect(x - s, y - s * 0.6, s * 2, s * 1.4);
  g.lineStyle(2, colour, 1);
  g.strokeRect(x - s, y - s * 0.6, s * 2, s * 1.4);
  g.fillStyle(colour, 1);
  // A roof for a home, a cross for the practice, a flat top for an office or a contact.
  if (kind === "home") g.fillTriangle(x - s * 1.2, y - s * 0.6, x + s * 1.2, y - s * 0.6, x, y - s * 1.5);
  else g.fillRect(x - s, y - s * 0.9, s * 2, s * 0.35);
  if (kind === "practice") {
    g.fillStyle(0xffffff, 1);
    g.fillRect(x - s * 0.12, y - s * 0.85, s * 0.24, s * 0.25);
  }
  g.fillStyle(colour, 0.85);
  g.fillRect(x - s * 0.25, y + s * 0.25, s * 0.5, s * 0.55);
}

export function drawMap(scene: Scene, at: Layout, model: SceneModel, old?: MapDrawing): MapDrawing {
  const g = old?.ground ?? scene.add.graphics();
  for (const label of old?.labels ?? []) label.destroy();
  g.clear();
  g.fillStyle(GROUND, 1);
  g.fillRect(at.map.x, 0, at.map.w, at.height);
  g.fillStyle(PAPER, 1);
  g.fillRect(0, 0, at.side.w, at.height);
  g.lineStyle(at.compact ? 4 : 7, ROAD, 1);
  const centre = { x: at.table.x + at.table.w / 2, y: at.table.y + at.table.h / 2 };
  for (const p of at.places.values()) g.lineBetween(p.x, p.y, centre.x, centre.y);

  const size = at.compact ? 7 : 12;
  const labels: Text[] = [];
  for (const place of model.places) {
    const p = at.places.get(place.id);
    if (!p) continue;
    building(g, place.kind, p.x, p.y, size);
    if (at.compact) continue;
    // Below the building, shifted to stay whole inside the map: a name cut at the edge ("Vrijwilligerscentra")
    // reads as broken. (Marks of calls and events sit above the building.)
    const label = scene.add
      .text(p.x, p.y + size + 4, place.label, tagStyle("rgba(247,244,236,0.85)"))
      .setOrigin(0, 0);
    const left = Math.min(
      Math.max(p.x - label.width / 2, at.map.x + 2),
      at.map.x + at.map.w - label.width - 2,
    );
    label.setX(left);
    labels.push(label);
  }

  g.fillStyle(TABLE, 1);
  g.fillRoundedRect(at.table.x, at.table.y, at.table.w, at.table.h, 10);
  g.lineStyle(2, 0x8a6d3b, 1);
  g.strokeRoundedRect(at.table.x, at.table.y, at.table.w, at.table.h, 10);
  if (!at.compact)
    labels.push(
      scene.add
        .text(at.table.x + 8, at.table.y + 2, model.labels.table, {
          fontFamily: "system-ui, sans-serif",
          fontSize: "11px",
          color: "#5a4520",
        })
        .setOrigin(0, 0),
    );
  return { ground: g, labels };
}
