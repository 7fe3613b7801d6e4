// The scene's layout at every size the play page can give it: a hidden band reports 0 × 0, and the canvas
// renderer throws on a negative radius or width ("The radius provided (-2) is negative" on a real page).
import { describe, expect, it } from "vitest";
import { layout } from "../../client/scene/scene-layout.ts";
import type { SceneModel } from "../../client/scene/scene-model.ts";

const model: SceneModel = {
  status: "playing",
  paused: false,
  phase: "F1",
  clock: { startedAt: 0, deadline: 60_000, now: 30_000 },
  places: [
    { id: "home", kind: "home", label: "Thuis" },
    { id: "practice", kind: "practice", label: "Praktijk" },
    { id: "office", kind: "office", label: "Wijkteam" },
    { id: "contact:erik", kind: "contact", label: "Erik" },
  ],
  seats: ["AIOS", "SW", "WV"].map((role) => ({ role, initial: role[0] ?? "?", colour: 0, present: true })),
  table: Array.from({ length: 7 }, (_, i) => ({ cardId: `C${i}`, initial: "A", colour: 0, seat: "AIOS" })),
  missing: 2,
  meters: [],
  events: [],
  outcome: null,
  labels: { table: "Teamtafel", missing: "er ontbreekt nog iets", paused: "Pauze" },
};

describe("the scene's layout", () => {
  it.each([
    [0, 0],
    [10, 10],
    [683, 0],
    [683, 64],
    [1366, 180],
  ])("at %i × %i gives only sizes a canvas can draw", (width, height) => {
    const at = layout(width, height, model);
    // The clock's ring is drawn at r − 2, a card's inner face at w − 4.
    expect(at.clock.r - 2).toBeGreaterThan(0);
    expect(at.card.w - 4).toBeGreaterThan(0);
    expect(at.card.h - 4).toBeGreaterThan(0);
    expect(at.table.w).toBeGreaterThan(0);
    expect(at.table.h).toBeGreaterThan(0);
    for (const p of at.places.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("uses the band's own size once it is big enough", () => {
    const at = layout(1366, 180, model);
    expect([at.width, at.height]).toEqual([1366, 180]);
    expect(at.compact).toBe(false);
    expect(layout(683, 64, model).compact).toBe(true);
  });
});
