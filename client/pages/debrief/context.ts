// What every part of the replay page is told: the session, the team on screen, and the moment being shown.
import type { Timeline } from "../../../scenarios/engine/timeline.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import type { TeamState } from "../../../shared/scenario/state.ts";
import type { TeamView } from "../../../shared/scenario/views.ts";
import type { LoadedSession } from "./load.ts";

export interface TeamContext {
  session: LoadedSession;
  s: Scenario;
  teamId: string;
  timeline: Timeline;
  /** The state after the team's whole log: what was still to come, for "shared later" and the flow table. */
  final: TeamState;
  /** Jumps to a moment of this team and adds it to the browser's history. */
  jump: (seq: number) => void;
}

export interface MomentContext extends TeamContext {
  seq: number;
  /** Game time of the moment shown. */
  t: number;
  state: TeamState;
  host: TeamView;
  /** One view per role present in the team, as that role's players saw it then. */
  roles: { role: string; view: TeamView }[];
}

/** One section of the replay page: built once per team, then told about every moment shown. */
export interface Part {
  el: HTMLElement;
  moment(ctx: MomentContext): void;
}
