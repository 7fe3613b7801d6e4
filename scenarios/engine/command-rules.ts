// The parts of the command checks a page needs before it offers a control: whether the team's game runs, whether
// a student may still vote, confirm, call or share. checks.ts refuses commands with these very functions, and the
// play page asks them of its TeamView, so a button is offered exactly when the server would take the command.
// Each rule reads only fields that a TeamState and the TeamView projected from it both carry.
import type { RejectionCode } from "../../shared/scenario/rejections.ts";
import type { Proposal, TeamState } from "../../shared/scenario/state.ts";

/** A TeamState's `paused` is the pause itself (or null), a view's is whether there is one: both read as truthy. */
type Running = { status: TeamState["status"]; paused: unknown };

/** Whether the team's game takes play commands now: not before the start, not after the end, not in a pause. */
export function playBlock(team: Running): RejectionCode | null {
  if (team.status === "lobby") return "not_started";
  if (team.status === "ended") return "game_over";
  return team.paused ? "paused" : null;
}

/** Whether this member may still vote on the proposal (one vote each, on an open proposal). */
export function voteBlock(p: Pick<Proposal, "status" | "votes">, playerId: string): RejectionCode | null {
  if (p.status !== "open") return "proposal_closed";
  return Object.hasOwn(p.votes, playerId) ? "already_voted" : null;
}

/** Whether this role confirms the decision: only under a regisseur rule, and only the regisseur's role. */
export function confirmBlock(regisseur: string | null, role: string): RejectionCode | null {
  if (regisseur === null) return "wrong_rule";
  return regisseur === role ? null : "not_regisseur";
}

/** Once a proposal exists, private preferences are closed: the discussion has started. */
export function discussionStarted(proposals: readonly Pick<Proposal, "decisionId">[], decisionId: string) {
  return proposals.some((p) => p.decisionId === decisionId);
}

/** The open proposal of a decision, if one waits for votes (a second one is refused while it does). */
export function openProposal<P extends Pick<Proposal, "decisionId" | "status">>(
  proposals: readonly P[],
  decisionId: string,
): P | undefined {
  return proposals.find((p) => p.decisionId === decisionId && p.status === "open");
}

/** A contact is reachable in its phases (all if none are named) and after the inject that opens it has fired. */
export function contactOpen(
  c: { phases?: readonly string[] | undefined; availableAfter?: string | undefined },
  team: Pick<TeamState, "phase" | "fired">,
): boolean {
  const inPhase = !c.phases || (team.phase !== null && c.phases.includes(team.phase));
  return inPhase && (!c.availableAfter || Object.hasOwn(team.fired, c.availableAfter));
}

/** Whether another call fits the contact's limit (no limit: always). */
function contactLimitReached(limit: number | null | undefined, uses: number): boolean {
  return limit !== null && limit !== undefined && uses >= limit;
}

/**
 * Whether the team may call the contact now: the game runs, the contact is reachable (`open`: contactOpen on the
 * state, `available` in a view) and its limit is not reached.
 */
export function contactBlock(
  c: { open: boolean; limit: number | null | undefined; uses: number },
  team: Running,
): RejectionCode | null {
  const blocked = playBlock(team);
  if (blocked) return blocked;
  if (!c.open) return "contact_unavailable";
  return contactLimitReached(c.limit, c.uses) ? "contact_limit" : null;
}

/** Whether a card can go on the table now: the holder's own, not there yet, a basis given if it is sensitive. */
export function shareBlock(card: {
  mine: boolean;
  onTable: boolean;
  sensitive: boolean;
  basis: boolean;
}): RejectionCode | null {
  if (!card.mine) return "not_your_card";
  if (card.onTable) return "already_shared";
  return card.sensitive && !card.basis ? "basis_required" : null;
}
