// The class comparison: every team on one game-time axis, what each decided and knew at each decision, how much
// it had pooled, its outcome, and the decisions where teams went different ways.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Knowledge } from "../../shared/scenario/state.ts";
import type { SeriesPoint, Timeline } from "./timeline.ts";

export interface TeamDecision {
  optionId: string;
  knowledge: Knowledge | null;
  decidedBy: string | null;
  /** Game ms since the class started (the common axis). */
  at: number;
  seq: number;
  /** Critical cards on the table when it was decided, of `critical` in play for this team. */
  pooled: number;
}

export interface TeamColumn {
  teamId: string;
  players: number;
  outcome: { id: string; level: string; title: string } | null;
  critical: number;
  /** Critical cards on the table over the common axis (ms since the class started). */
  pooled: { at: number; value: number }[];
  /** Game ms since the class started of the team's last entry. */
  end: number;
  decisions: Record<string, TeamDecision | null>;
}

/** Teams that chose the same option with the same knowledge. */
export interface ChoiceGroup {
  optionId: string;
  knowledge: Knowledge | null;
  teams: string[];
}

export interface DecisionRow {
  decisionId: string;
  groups: ChoiceGroup[];
  /**
   * "option": teams chose different options; "knowledge": all chose the same option, but not with the same
   * knowledge; null: every team that decided chose alike (or fewer than two teams decided).
   */
  diverged: "option" | "knowledge" | null;
  /** The first moment (ms since the class started) any team decided it, where a chart marks the divergence. */
  firstAt: number | null;
}

export interface ClassComparison {
  /** Game time of the class's start (the earliest host.start, else the earliest entry): the axis's zero. */
  origin: number;
  /** The axis's end: the last entry of any team, in ms since `origin`. */
  end: number;
  teams: TeamColumn[];
  decisions: DecisionRow[];
}

const valueAt = (points: readonly SeriesPoint[], seq: number) =>
  points.findLast((p) => p.seq <= seq)?.value ?? 0;

export function compareTeams(
  s: Scenario,
  replay: { teamIds: readonly string[]; teams: Record<string, Timeline> },
): ClassComparison {
  const timelines = replay.teamIds.flatMap((id) => {
    const tl = replay.teams[id];
    return tl ? [{ id, tl }] : [];
  });
  const starts = timelines.map(({ tl }) => tl.index.final.startedAt ?? tl.start);
  const origin = starts.length > 0 ? Math.min(...starts) : 0;
  const since = (t: number) => Math.max(0, t - origin);

  const teams = timelines.map(({ id, tl }): TeamColumn => {
    const final = tl.index.final;
    const decisions: Record<string, TeamDecision | null> = {};
    for (const d of s.decisions) {
      const m = tl.moments.find((x) => x.kind === "decision" && x.decisionId === d.id);
      decisions[d.id] =
        m && m.kind === "decision"
          ? {
              optionId: m.optionId,
              knowledge: m.knowledge,
              decidedBy: m.decidedBy,
              at: since(m.t),
              seq: m.seq,
              pooled: valueAt(tl.pooled, m.seq),
            }
          : null;
    }
    const outcome = s.outcomes.find((o) => o.id === final.outcome?.id);
    return {
      teamId: id,
      players: Object.keys(final.members).length,
      outcome: final.outcome
        ? { id: final.outcome.id, level: final.outcome.level, title: outcome?.title ?? "" }
        : null,
      critical: tl.critical.length,
      pooled: tl.pooled.map((p) => ({ at: since(p.t), value: p.value })),
      end: since(tl.end),
      decisions,
    };
  });

  const decisions = s.decisions.map((d): DecisionRow => {
    const groups: ChoiceGroup[] = [];
    let firstAt: number | null = null;
    for (const team of teams) {
      const c = team.decisions[d.id];
      if (!c) continue;
      if (firstAt === null || c.at < firstAt) firstAt = c.at;
      const group = groups.find((g) => g.optionId === c.optionId && g.knowledge === c.knowledge);
      if (group) group.teams.push(team.teamId);
      else groups.push({ optionId: c.optionId, knowledge: c.knowledge, teams: [team.teamId] });
    }
    // The scenario's option order, then informed before partial before uninformed: the same table every time.
    const order = d.options.map((o) => o.id);
    const rank = (k: Knowledge | null) => (k === "informed" ? 0 : k === "partial" ? 1 : k === null ? 3 : 2);
    groups.sort(
      (a, b) =>
        order.indexOf(a.optionId) - order.indexOf(b.optionId) || rank(a.knowledge) - rank(b.knowledge),
    );
    const options = new Set(groups.map((g) => g.optionId));
    const diverged = options.size > 1 ? "option" : groups.length > 1 ? "knowledge" : null;
    return { decisionId: d.id, groups, diverged, firstAt };
  });

  return {
    origin,
    end: Math.max(0, ...teams.map((x) => x.end)),
    teams,
    decisions,
  };
}
