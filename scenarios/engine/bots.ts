// What bot players do, shared by the playtest (every path) and the simulated classes (seeded samples).

import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import { BASES, type Basis } from "../../shared/scenario/primitives.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { basisScore } from "./basis-score.ts";
import { holds } from "./conditions.ts";
import { lookup, optionKey } from "./lookup.ts";
import { HOST, LogWriter } from "./writer.ts";

/** A team set-up the scenario supports: everyone, or two players with an optional role's cards moved. */
export interface TeamSetup {
  roles: string[];
  missing: string | null;
  label: string;
}

export function teamSetups(s: Scenario): TeamSetup[] {
  const all = s.roles.map((r) => r.id);
  const setups: TeamSetup[] = [{ roles: all, missing: null, label: `${all.length} players` }];
  for (const r of s.roles.filter((x) => x.optional)) {
    const roles = all.filter((id) => id !== r.id);
    setups.push({ roles, missing: r.id, label: `${roles.length} players (no ${r.id})` });
  }
  return setups;
}

/** A started team of bots that have introduced themselves. */
export function startBots(s: Scenario, setup: TeamSetup, seed = 1): { w: LogWriter; actors: Actor[] } {
  const w = new LogWriter(s, seed, "bots");
  const actors = setup.roles.map((role, i) => w.join(`bot${i + 1}`, role));
  w.must(HOST, "host.start", {});
  for (const a of actors)
    w.send(a, "kennismaken.submit", { whoIAm: "bot", whatICanDo: "bot", howToReachMe: "bot" });
  return { w, actors };
}

/** The basis that scores best for this card now (`team`: the situation a `when` on a basis is checked against). */
export function bestBasis(s: Scenario, cardId: string, team?: TeamState): Basis {
  const card = s.cards.find((c) => c.id === cardId);
  const score = (b: Basis) =>
    team ? basisScore(s, team, cardId, b).score : (card?.bases?.[b]?.score ?? s.basisScores[b] ?? 0);
  return [...BASES].sort((a, b) => score(b) - score(a))[0] ?? "toestemming";
}

/** The cards a player holds now that are not on the table yet. */
export function unsharedHeld(w: LogWriter, actor: Actor): string[] {
  if (actor.kind !== "player") return [];
  const onTable = new Set(w.state.table.map((x) => x.cardId));
  return Object.entries(w.state.cardOwner)
    .filter(([card, holder]) => holder === actor.role && !onTable.has(card))
    .map(([card]) => card);
}

export function share(w: LogWriter, actor: Actor, cardId: string): boolean {
  return w.send(actor, "card.share", { cardId, basis: bestBasis(w.scenario, cardId, w.state) }).ok;
}

/** Calls every open contact that reveals a card some option needs and that is not on the table yet. */
export function callNeededContacts(w: LogWriter, actor: Actor): boolean {
  const s = w.scenario;
  const needed = new Set(s.decisions.flatMap((d) => d.options.flatMap((o) => o.needs)));
  const onTable = new Set(w.state.table.map((x) => x.cardId));
  let called = false;
  for (const c of s.contacts) {
    if (!c.reveals.some((r) => needed.has(r.id) && !onTable.has(r.id))) continue;
    if (w.send(actor, "contact.request", { contactId: c.id }).ok) called = true;
  }
  return called;
}

export function availableOptions(w: LogWriter, decisionId: string): string[] {
  const d = lookup(w.scenario).decisions.get(decisionId);
  return (d?.options ?? []).filter((o) => holds(w.state, o.available)).map((o) => o.id);
}

/** The guessing strategy: the longest label, the tell that the briefs' best options used to give away. */
export function longestLabel(w: LogWriter, decisionId: string): string | null {
  const d = lookup(w.scenario).decisions.get(decisionId);
  const open = new Set(availableOptions(w, decisionId));
  const options = (d?.options ?? []).filter((o) => open.has(o.id));
  return (
    options.reduce<(typeof options)[number] | null>(
      (best, o) => (best === null || o.text.length > best.text.length ? o : best),
      null,
    )?.id ?? null
  );
}

/**
 * Every bot records its role's solo option as its preference (or the team's choice when that is not open),
 * the first proposes the team's choice and the others agree; a regisseur confirms where the rule asks.
 * Returns a problem in words, or null.
 */
export function decideAs(w: LogWriter, actors: Actor[], decisionId: string, optionId: string): string | null {
  const s = w.scenario;
  const d = lookup(s).decisions.get(decisionId);
  for (const a of actors) {
    if (a.kind !== "player") continue;
    const solo = d?.solo[a.role];
    const soloOk = solo && holds(w.state, lookup(s).options.get(optionKey(decisionId, solo))?.available);
    const r = w.send(a, "preference.record", { decisionId, optionId: soloOk ? solo : optionId });
    if (!r.ok) return `preference.record refused: ${r.reason}`;
  }
  const [first, ...rest] = actors;
  if (!first) return "no players";
  const made = w.send(first, "proposal.make", { decisionId, optionId, rationale: "bot" });
  if (!made.ok) return `proposal.make refused: ${made.reason}`;
  const proposal = w.state.proposals[w.state.proposals.length - 1];
  for (const a of rest) {
    if (w.state.decisions[decisionId]?.status === "decided") break;
    const v = w.send(a, "proposal.vote", { proposalId: proposal?.id ?? "", agree: true });
    if (!v.ok) return `proposal.vote refused: ${v.reason}`;
  }
  if (w.state.decisions[decisionId]?.status !== "decided") {
    const regisseur = actors.find(
      (a) => a.kind === "player" && w.send(a, "decision.confirm", { decisionId, optionId }).ok,
    );
    if (!regisseur) return `decision ${decisionId} could not be confirmed`;
  }
  return null;
}

/** The first open decision, in scenario order, that the caller has not chosen to let run out. */
export function openDecision(w: LogWriter, skip: ReadonlySet<string> = new Set()): string | null {
  return (
    w.scenario.decisions.find((d) => w.state.decisions[d.id]?.status === "open" && !skip.has(d.id))?.id ??
    null
  );
}

export function inPlayPhase(w: LogWriter): boolean {
  const phase = w.state.phase;
  return phase !== null && lookup(w.scenario).phases.get(phase)?.phase.kind === "play";
}
