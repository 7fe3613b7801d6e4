// Rules the client reads from a team view, kept beside the engine's own checks so a page never keeps its own copy.
// Each selector answers from a TeamView what the engine decides from the TeamState it was projected from.
import type { TeamView } from "../../shared/scenario/views.ts";

/** Members whose vote a proposal waits for: connected, or dropped off and still within the grace (sorted ids). */
export function viewVoters(view: TeamView): string[] {
  const awaited = new Set(view.awaited);
  return view.members
    .filter((m) => m.connected || awaited.has(m.playerId))
    .map((m) => m.playerId)
    .sort();
}

/** Votes on a proposal as the engine counts them: from the members it waits for, out of all of those. */
export function voteTally(view: TeamView, votes: Record<string, unknown>): { count: number; total: number } {
  const voters = viewVoters(view);
  return { count: voters.filter((id) => Object.hasOwn(votes, id)).length, total: voters.length };
}

/** Private choices recorded, out of the whole team (a member who dropped off keeps the one they made). */
export function preferenceTally(view: TeamView, recorded: number): { count: number; total: number } {
  return { count: recorded, total: Math.max(recorded, view.members.length) };
}

type Feed = TeamView["feed"];

/**
 * Whether a question to a contact has been answered: a message as that contact came after it. The engine writes
 * the facilitator's answer as such a message (host.message with `as`), so the feed alone tells.
 */
export function questionAnswered(feed: Feed, question: Feed[number]): boolean {
  return feed.some(
    (later) => later.kind === "message" && later.ref === question.ref && later.seq > question.seq,
  );
}
