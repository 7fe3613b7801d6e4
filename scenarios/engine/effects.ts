// Meter arithmetic: every change is clamped to 0–5, whatever the scenario or facilitator asks.
import { METER_MAX, METER_MIN } from "../../shared/scenario/primitives.ts";
import type { FeedItem, TeamState } from "../../shared/scenario/state.ts";

export function applyEffects(team: TeamState, effects: Record<string, number> | undefined): void {
  if (!effects) return;
  for (const [meter, delta] of Object.entries(effects)) {
    const now = team.meters[meter];
    if (now === undefined) continue;
    team.meters[meter] = Math.min(METER_MAX, Math.max(METER_MIN, now + delta));
  }
}

export function feed(team: TeamState, item: Omit<FeedItem, "seq" | "t">): void {
  team.feed.push({ seq: team.lastSeq, t: team.now, ...item });
}
