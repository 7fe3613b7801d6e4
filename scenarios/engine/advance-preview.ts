// What "next phase" would do to a team, told before the facilitator confirms: which decisions are still open and
// what their timeout would choose. The same rule host.advance applies (flow.ts advanceByHost, then leavePhase).
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import type { AdvancePreview } from "../../shared/scenario/views.ts";
import { playOut, tableCards } from "./knowledge.ts";
import { lookup, optionKey } from "./lookup.ts";

/** Null when the team cannot be moved on now (not playing, paused, or between phases). */
export function advancePreview(s: Scenario, team: TeamState): AdvancePreview | null {
  if (team.status !== "playing" || team.paused || team.phase === null) return null;
  const l = lookup(s);
  const entry = l.phases.get(team.phase);
  if (!entry) return null;
  const next = s.phases[entry.index + 1];
  const onTable = tableCards(team);
  const decisions: AdvancePreview["decisions"] = [];
  for (const d of l.decisionsByPhase.get(team.phase) ?? []) {
    const state = team.decisions[d.id];
    if (!state || state.status === "decided") continue;
    const option = l.options.get(optionKey(d.id, d.timeout.option));
    // As decide() will play it: the option's consequence given what is on the table now, plus the timeout's own.
    const effects: Record<string, number> = { ...(option ? playOut(option, onTable).effects : {}) };
    for (const [meter, delta] of Object.entries(d.timeout.effects))
      effects[meter] = (effects[meter] ?? 0) + delta;
    decisions.push({
      id: d.id,
      question: d.question,
      status: state.status,
      option: { id: d.timeout.option, text: option?.text ?? d.timeout.option },
      effects: Object.fromEntries(Object.entries(effects).filter(([, v]) => v !== 0)),
    });
  }
  return {
    phase: { id: entry.phase.id, name: entry.phase.name },
    next: next ? { id: next.id, name: next.name } : null,
    decisions,
  };
}
