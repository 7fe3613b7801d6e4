// The scenario's control flow on a draft state: phases, injects, decisions, timeouts and the outcome.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Proposal, TeamState } from "../../shared/scenario/state.ts";
import { awaitedMembers, withinGrace } from "./absence.ts";
import { holds } from "./conditions.ts";
import { applyEffects, feed } from "./effects.ts";
import { playOut, tableCards } from "./knowledge.ts";
import { lookup, optionKey } from "./lookup.ts";

export function fireInject(s: Scenario, team: TeamState, injectId: string): void {
  const inj = lookup(s).injects.get(injectId);
  if (!inj || Object.hasOwn(team.fired, injectId)) return;
  team.fired[injectId] = { seq: team.lastSeq, t: team.now };
  const variant = inj.variants.find((v) => holds(team, v.if));
  applyEffects(team, variant ? variant.effects : inj.effects);
  feed(team, {
    kind: "inject",
    ref: inj.id,
    from: inj.from ?? null,
    text: variant ? variant.text : inj.text,
  });
  for (const d of lookup(s).decisionsByPhase.get(team.phase ?? "") ?? []) {
    const state = team.decisions[d.id];
    if (d.opensAfter === injectId && state?.status === "waiting") {
      state.status = "open";
      state.openedAt = team.now;
    }
  }
}

export function enterPhase(s: Scenario, team: TeamState, phaseId: string): void {
  const entry = lookup(s).phases.get(phaseId);
  if (!entry) return;
  team.phase = phaseId;
  team.phaseStartedAt = team.now;
  team.deadline = team.now + entry.phase.duration;
  feed(team, { kind: "phase", ref: phaseId, from: null, text: entry.phase.name });
  team.due = [];
  for (const inj of s.injects) {
    if (inj.phase === phaseId && typeof inj.at === "number")
      team.due.push({ injectId: inj.id, at: team.now + inj.at });
  }
  for (const d of lookup(s).decisionsByPhase.get(phaseId) ?? []) {
    const state = team.decisions[d.id];
    if (!state || state.status === "decided") continue;
    const opens = d.opensAfter === undefined || Object.hasOwn(team.fired, d.opensAfter);
    state.status = opens ? "open" : "waiting";
    state.openedAt = opens ? team.now : null;
  }
  for (const inj of s.injects) {
    if (inj.phase === phaseId && inj.at === "start" && holds(team, inj.if)) fireInject(s, team, inj.id);
  }
}

/** Fires timed injects whose moment has come, in time order. */
export function fireDueInjects(s: Scenario, team: TeamState): void {
  const due = team.due.filter((d) => d.at <= team.now).sort((a, b) => a.at - b.at);
  team.due = team.due.filter((d) => d.at > team.now);
  for (const d of due) {
    const inj = lookup(s).injects.get(d.injectId);
    if (inj && holds(team, inj.if)) fireInject(s, team, inj.id);
  }
}

export function decide(
  s: Scenario,
  team: TeamState,
  decisionId: string,
  optionId: string,
  by: "team" | "regisseur" | "timeout" | "host",
): void {
  const decision = lookup(s).decisions.get(decisionId);
  const state = team.decisions[decisionId];
  const option = lookup(s).options.get(optionKey(decisionId, optionId));
  if (!decision || !state || !option || state.status === "decided") return;
  state.status = "decided";
  state.chosen = optionId;
  state.decidedAt = team.now;
  state.decidedBy = by;
  const onTable = tableCards(team);
  const played = playOut(option, onTable);
  state.knowledge = played.knowledge;
  state.missing = played.missing;
  state.tableAt = [...onTable].sort();
  state.absent = Object.values(team.members)
    .filter((m) => !m.connected)
    .map((m) => m.playerId)
    .sort();
  for (const p of team.proposals) {
    if (p.decisionId === decisionId && p.status === "open")
      p.status = p.optionId === optionId ? "accepted" : "superseded";
  }
  applyEffects(team, played.effects);
  // Moving a team on has the timeout's consequences (mission control says so before the teacher confirms), but
  // the feed already said the teacher did it: no "time is up" line.
  if (by === "timeout" || by === "host") {
    applyEffects(team, decision.timeout.effects);
    team.pressure += 1;
  }
  if (by === "timeout")
    feed(team, { kind: "timeout", ref: decisionId, from: null, text: decision.timeout.text ?? option.text });
  feed(team, {
    kind: "decision",
    ref: optionKey(decisionId, optionId),
    from: null,
    text: played.text ?? option.text,
  });
  for (const inj of lookup(s).injectsAfter.get(optionKey(decisionId, optionId)) ?? []) {
    if (holds(team, inj.if)) fireInject(s, team, inj.id);
  }
}

/**
 * The facilitator moves the team on: the feed says so, and the phase's undecided decisions fall to their timeout
 * option as decided by the host; leavePhase then does the rest, as when time runs out.
 */
export function advanceByHost(s: Scenario, team: TeamState): void {
  const phaseId = team.phase;
  if (phaseId === null) return;
  const entry = lookup(s).phases.get(phaseId);
  const next = entry ? s.phases[entry.index + 1] : undefined;
  // "Kennismaken → Wat is er aan de hand?": from which phase to which, in the scenario's own names.
  const name = entry?.phase.name ?? phaseId;
  feed(team, { kind: "advance", ref: phaseId, from: null, text: next ? `${name} → ${next.name}` : name });
  for (const d of lookup(s).decisionsByPhase.get(phaseId) ?? []) {
    if (team.decisions[d.id]?.status !== "decided") decide(s, team, d.id, d.timeout.option, "host");
  }
}

/** Leaving a phase: undecided decisions fall to their timeout default, end-of-phase injects fire. */
export function leavePhase(s: Scenario, team: TeamState): void {
  const phaseId = team.phase;
  if (phaseId === null) return;
  for (const d of lookup(s).decisionsByPhase.get(phaseId) ?? []) {
    if (team.decisions[d.id]?.status !== "decided") decide(s, team, d.id, d.timeout.option, "timeout");
  }
  for (const inj of s.injects) {
    if (inj.phase === phaseId && inj.at === "end" && holds(team, inj.if)) fireInject(s, team, inj.id);
  }
  team.due = [];
}

export function finishGame(s: Scenario, team: TeamState): void {
  team.status = "ended";
  team.phase = null;
  team.deadline = null;
  team.paused = null;
  team.due = [];
  const outcome = s.outcomes.find((o) => holds(team, o.when)) ?? s.outcomes[s.outcomes.length - 1];
  if (!outcome) return;
  team.outcome = { id: outcome.id, level: outcome.level, title: outcome.title, text: outcome.text };
  feed(team, { kind: "outcome", ref: outcome.id, from: null, text: outcome.title });
}

export function connectedMembers(team: TeamState): string[] {
  return Object.values(team.members)
    .filter((m) => m.connected)
    .map((m) => m.playerId)
    .sort();
}

/** The regisseur rule needs a connected regisseur; without one the team falls back to consensus. */
export function ruleFor(
  s: Scenario,
  team: TeamState,
  decisionId: string,
): { regisseur: string } | "consensus" {
  const rule = lookup(s).decisions.get(decisionId)?.rule ?? s.decisionRule;
  if (rule === "consensus") return rule;
  // A regisseur within the grace still leads: a blip must not hand the decision to the others.
  const present = Object.values(team.members).some(
    (m) => m.role === rule.regisseur && (m.connected || withinGrace(s, team, m.playerId)),
  );
  return present ? rule : "consensus";
}

function consensusReached(s: Scenario, team: TeamState, p: Proposal): boolean {
  if (p.status !== "open" || ruleFor(s, team, p.decisionId) !== "consensus") return false;
  const voters = awaitedMembers(s, team);
  return voters.length > 0 && voters.every((id) => p.votes[id] === true);
}

function watchInjectsDue(s: Scenario, team: TeamState): string[] {
  if (team.status !== "playing") return [];
  return s.injects
    .filter(
      (i) =>
        i.at === undefined &&
        !i.after &&
        !i.manual &&
        i.if !== undefined &&
        (i.phase === undefined || i.phase === team.phase) &&
        !Object.hasOwn(team.fired, i.id) &&
        holds(team, i.if),
    )
    .map((i) => i.id);
}

/** Work that follows from any event: consensus reached (for example after someone disconnected), watched injects. */
export function isUnsettled(s: Scenario, team: TeamState): boolean {
  if (team.status !== "playing") return false;
  return team.proposals.some((p) => consensusReached(s, team, p)) || watchInjectsDue(s, team).length > 0;
}

export function settle(s: Scenario, team: TeamState): void {
  for (const p of team.proposals) {
    if (consensusReached(s, team, p)) decide(s, team, p.decisionId, p.optionId, "team");
  }
  for (const id of watchInjectsDue(s, team)) fireInject(s, team, id);
}

export function phaseDone(s: Scenario, team: TeamState): boolean {
  if (team.status !== "playing" || team.phase === null || team.paused) return false;
  const entry = lookup(s).phases.get(team.phase);
  if (!entry?.phase.endsEarly || isUnsettled(s, team)) return false;
  if (entry.phase.kind === "kennismaken") {
    const members = Object.values(team.members).filter((m) => m.connected);
    return members.length > 0 && members.every((m) => Object.hasOwn(team.kennismaken, m.playerId));
  }
  const decisions = lookup(s).decisionsByPhase.get(team.phase) ?? [];
  return decisions.length > 0 && decisions.every((d) => team.decisions[d.id]?.status === "decided");
}
