// The play page's drawn neighbourhood in the replay, read-only: the team's table, clock, meters and the injects and
// calls up to the moment shown. A jump puts everything in place at once; only a step forward to the next moment
// (the "next" button, playing) lets a new card fly in and a new event ring, as the students saw it happen.
import { momentAfter } from "../../../scenarios/engine/timeline.ts";
import { createScenePart } from "../../scene/scene-part.ts";
import type { MomentContext, Part } from "./context.ts";

export function createReplayScene(): Part {
  const scene = createScenePart({ replay: true });
  let last: { teamId: string; seq: number } | undefined;
  return {
    el: scene.el,
    moment(ctx: MomentContext) {
      const before = last?.teamId === ctx.teamId ? last.seq : null;
      const next = before === null ? null : momentAfter(ctx.timeline.moments, before);
      const step = before !== null && ctx.seq > before && (next === null || next.seq >= ctx.seq);
      scene.show(ctx.host, { animate: step, roles: ctx.roles.map((r) => r.role) });
      last = { teamId: ctx.teamId, seq: ctx.seq };
    },
  };
}
