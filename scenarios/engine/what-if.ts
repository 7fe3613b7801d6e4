// "What if we had chosen otherwise": a team's log forked at a decision, decided again through the engine's own
// commands, and played forward. Pure: the stored log is only read; the fork is a new log and its own fold.
import type { CommandPayloads, CommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor, LogEntry } from "../../shared/scenario/log.ts";
import type { RejectionCode } from "../../shared/scenario/rejections.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { nextDeadline } from "./apply.ts";
import { holds } from "./conditions.ts";
import { connectedMembers, ruleFor } from "./flow.ts";
import { lookup, optionKey } from "./lookup.ts";
import { TeamDraft } from "./replay.ts";

/** Where an entry of the fork comes from: the team's own log, the team's decision in the fork, or the fork's clock. */
export type ForkOrigin = "original" | "decision" | "timer";

export interface ForkEntry {
  entry: LogEntry;
  origin: ForkOrigin;
  /** The seq of the original entry this one re-applies (its seq may have moved up to make room). */
  originalSeq: number | null;
}

/** An entry the original accepted that the fork's engine refused: it no longer applied after the other choice. */
export interface SkippedEntry {
  seq: number;
  t: number;
  type: string;
  actor: Actor;
  reason: RejectionCode;
}

export interface WhatIf {
  decisionId: string;
  optionId: string;
  /** The original's choice at that decision. */
  originalOptionId: string;
  /** The original entry at which the decision fell: the fork keeps everything before it as it was. */
  at: { seq: number; t: number };
  entries: ForkEntry[];
  /** Just the log, for a timeline of the fork. */
  log: LogEntry[];
  skipped: SkippedEntry[];
  final: TeamState;
}

export type WhatIfProblem =
  | "unknown_decision"
  | "unknown_option"
  | "not_decided"
  | "option_unavailable"
  | "refused"
  | "not_reached";

export type WhatIfResult =
  | { ok: true; fork: WhatIf }
  | { ok: false; problem: WhatIfProblem; reason?: RejectionCode };

export interface WhatIfRequest {
  decisionId: string;
  optionId: string;
  /** The rationale of the proposal made in the team's name (in the page's language). */
  rationale: string;
}

const MAX_SYNTHETIC = 200;

/** Entries of the decision's own discussion: the one that decided it is replaced, not re-applied. */
function isProcessOf(entry: LogEntry, decisionId: string, before: TeamState): boolean {
  const p = (entry.payload ?? {}) as { decisionId?: string; proposalId?: string };
  if (entry.type === "proposal.make" || entry.type === "decision.confirm") return p.decisionId === decisionId;
  if (entry.type === "proposal.vote")
    return before.proposals.some((x) => x.id === p.proposalId && x.decisionId === decisionId);
  return false;
}

type Step = <K extends CommandType>(
  actor: Actor,
  type: K,
  payload: CommandPayloads[K],
) => RejectionCode | null;

/**
 * Decides `optionId` in the team's name, one command at a time, as the team would have to: whoever has no private
 * preference yet records the option; an open proposal for another option gets the missing votes against it (under
 * consensus one "no" closes it); then a proposal for the option, everyone's "yes", and the regisseur's confirmation
 * where the scenario's rule asks for it. Every command goes through the engine's checks.
 */
function decideInTeamName(
  s: Scenario,
  draft: TeamDraft,
  decisionId: string,
  optionId: string,
  rationale: string,
  proposer: string | null,
  step: Step,
): RejectionCode | "not_reached" | null {
  for (let i = 0; i < 20; i++) {
    const team = draft.team;
    const ds = team.decisions[decisionId];
    if (!ds) return "not_reached";
    if (ds.status === "decided") return null;
    const connected = connectedMembers(team);
    const actor = (id: string): Actor => ({
      kind: "player",
      playerId: id,
      role: team.members[id]?.role ?? "",
    });
    const rule = ruleFor(s, team, decisionId);
    const regisseur =
      rule === "consensus" ? undefined : connected.find((id) => team.members[id]?.role === rule.regisseur);
    const open = team.proposals.find((p) => p.decisionId === decisionId && p.status === "open");
    let refused: RejectionCode | null;
    if (!open) {
      const started = team.proposals.some((p) => p.decisionId === decisionId);
      const noPreference = connected.find((id) => !Object.hasOwn(ds.preferences, id));
      if (!started && noPreference)
        refused = step(actor(noPreference), "preference.record", { decisionId, optionId });
      else {
        const by = proposer && connected.includes(proposer) ? proposer : (regisseur ?? connected[0]);
        if (!by) return "not_reached";
        refused = step(actor(by), "proposal.make", { decisionId, optionId, rationale });
      }
    } else {
      const missing = connected.find((id) => !Object.hasOwn(open.votes, id));
      if (missing)
        refused = step(actor(missing), "proposal.vote", {
          proposalId: open.id,
          agree: open.optionId === optionId,
        });
      else if (regisseur) refused = step(actor(regisseur), "decision.confirm", { decisionId, optionId });
      else return "not_reached";
    }
    if (refused) return refused;
  }
  return "not_reached";
}

/**
 * Forks the team's log at the entry where `decisionId` fell. Everything before it stays as it was; the team then
 * decides `optionId` through its own commands (see decideInTeamName) at that same game time, and every later
 * entry of the original is offered to the engine again: what it still accepts applies, what it refuses is listed
 * in `skipped`. Where the fork's clock runs differently from the original's (a phase ended earlier), the fork gets
 * its own timer.fire entries, as the server would have appended them; after the original's last entry a game the
 * original finished is played on by its timers until it ends. Seqs move up only where room is needed, proposal
 * ids follow them. With the original's own choice the fork is the original log and ends in the same state.
 */
export function forkAt(
  s: Scenario,
  seed: number,
  teamId: string,
  entries: readonly LogEntry[],
  request: WhatIfRequest,
): WhatIfResult {
  const { decisionId, optionId } = request;
  const l = lookup(s);
  if (!l.decisions.has(decisionId)) return { ok: false, problem: "unknown_decision" };
  const option = l.options.get(optionKey(decisionId, optionId));
  if (!option) return { ok: false, problem: "unknown_option" };

  const original = TeamDraft.fresh(s, seed, teamId);
  const fork = TeamDraft.fresh(s, seed, teamId);
  const out: ForkEntry[] = [];
  const skipped: SkippedEntry[] = [];
  /** Original proposal id → the id the same proposal has in the fork (ids are made from seqs). */
  const proposalIds = new Map<string, string>();
  let last = -1;
  let offset = 0;
  let synthetic = 0;
  let at: { seq: number; t: number } | null = null;
  let originalOptionId = "";

  const push = (entry: LogEntry, origin: ForkOrigin, originalSeq: number | null) => {
    const r = fork.step(entry);
    if (!r.ok) return r.reason;
    out.push({ entry, origin, originalSeq });
    last = entry.seq;
    return null;
  };
  const nextSeq = () => last + 1;
  /** Timer fires the fork needs where its deadline is not the original's, up to game time `until`. */
  const fireTimers = (until: number, originalDeadline: number | null) => {
    for (let i = 0; i < 50 && synthetic < MAX_SYNTHETIC; i++) {
      const due = nextDeadline(s, fork.team);
      if (due === null || due > until || due === originalDeadline) return;
      synthetic++;
      const entry: LogEntry = {
        seq: nextSeq(),
        t: Math.max(due, fork.team.now),
        actor: { kind: "system" },
        type: "timer.fire",
        payload: {},
      };
      if (push(entry, "timer", null)) return;
    }
  };

  for (const e of entries) {
    const before = original.team;
    const originalDeadline = nextDeadline(s, before);
    const wasOpen = before.decisions[decisionId]?.status !== "decided";
    const process = wasOpen && isProcessOf(e, decisionId, before);
    const accepted = original.step(e).ok;
    const decidedHere = accepted && wasOpen && original.team.decisions[decisionId]?.status === "decided";

    if (at) fireTimers(e.t, originalDeadline);
    if (decidedHere) {
      at = { seq: e.seq, t: e.t };
      originalOptionId = original.team.decisions[decisionId]?.chosen ?? "";
      // The fork's state is the original's up to here: the option must be open to the team at this moment.
      if (!holds(fork.team, option.available)) return { ok: false, problem: "option_unavailable" };
      const decisive = original.team.proposals.find(
        (p) => p.decisionId === decisionId && p.status === "accepted",
      );
      const rationale = decisive && decisive.optionId === optionId ? decisive.rationale : request.rationale;
      // The decision takes the place of the entry that decided it, at the same game time and, if free, its seq.
      last = Math.max(last, e.seq + offset - 1);
      const synthAt: Step = (actor, type, payload) => {
        synthetic++;
        return push({ seq: nextSeq(), t: e.t, actor, type, payload }, "decision", null);
      };
      const problem = decideInTeamName(
        s,
        fork,
        decisionId,
        optionId,
        rationale,
        decisive?.playerId ?? null,
        synthAt,
      );
      if (problem === "not_reached") return { ok: false, problem: "not_reached" };
      if (problem) return { ok: false, problem: "refused", reason: problem };
      if (fork.team.decisions[decisionId]?.chosen !== optionId) return { ok: false, problem: "not_reached" };
      if (process) continue;
    }
    if (!accepted) continue; // refused in the original too: not part of its game, not part of the fork's
    const seq = Math.max(e.seq + offset, last + 1);
    offset = seq - e.seq;
    let entry: LogEntry = seq === e.seq ? e : { ...e, seq };
    if (e.type === "proposal.vote") {
      const p = e.payload as { proposalId: string; agree: boolean };
      const id = proposalIds.get(p.proposalId);
      if (id === undefined) {
        skipped.push({ seq: e.seq, t: e.t, type: e.type, actor: e.actor, reason: "unknown_proposal" });
        continue;
      }
      if (id !== p.proposalId) entry = { ...entry, payload: { ...p, proposalId: id } };
    }
    const reason = push(entry, "original", e.seq);
    if (reason) {
      skipped.push({ seq: e.seq, t: e.t, type: e.type, actor: e.actor, reason });
      continue;
    }
    if (e.type === "proposal.make") proposalIds.set(`P${e.seq}`, `P${seq}`);
  }
  if (!at) return { ok: false, problem: "not_decided" };
  // A game the class finished is played to its end; one the class left open stops where the class stopped.
  const horizon = original.team.status === "ended" ? Number.POSITIVE_INFINITY : (entries.at(-1)?.t ?? 0);
  fireTimers(horizon, null);

  return {
    ok: true,
    fork: {
      decisionId,
      optionId,
      originalOptionId,
      at,
      entries: out,
      log: out.map((x) => x.entry),
      skipped,
      final: fork.team,
    },
  };
}

/** The options a fork at this decision may choose: those open to the team when it decided (hidden ones too, once available). */
export function forkOptions(s: Scenario, stateBefore: TeamState, decisionId: string): string[] {
  const d = lookup(s).decisions.get(decisionId);
  if (!d) return [];
  return d.options.filter((o) => holds(stateBefore, o.available)).map((o) => o.id);
}
