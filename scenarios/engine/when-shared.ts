// When things happened, read back from the team's feed: the phase a card was shared in, the phases a contact was
// called in. The state records no phase per card or call, but the feed logs every phase start in order.
import type { ContactedTest, SharedTest } from "../../shared/scenario/conditions.ts";
import type { TableCard, TeamState } from "../../shared/scenario/state.ts";

/** The phase running when an event with this seq was handled: the last phase begun by an earlier event. */
export function phaseAtSeq(team: TeamState, seq: number): string | null {
  let phase: string | null = null;
  for (const item of team.feed) {
    if (item.seq >= seq) break;
    if (item.kind === "phase") phase = item.ref;
  }
  return phase;
}

export function sharedAs(team: TeamState, test: SharedTest): boolean {
  return team.table.some((x: TableCard) => {
    if (x.cardId !== test.card) return false;
    if (test.basis !== undefined && x.basis !== test.basis) return false;
    if (test.by !== undefined && x.by !== test.by) return false;
    return test.phase === undefined || phaseAtSeq(team, x.seq) === test.phase;
  });
}

/** A call is logged as a "contact" feed item; the phase then is the last phase item before it in the feed. */
export function contactedAs(team: TeamState, test: ContactedTest): boolean {
  let phase: string | null = null;
  for (const item of team.feed) {
    if (item.kind === "phase") phase = item.ref;
    else if (item.kind === "contact" && item.ref === test.contact) {
      if (test.phase === undefined || phase === test.phase) return true;
    }
  }
  return test.phase === undefined && (team.contacts[test.contact]?.uses ?? 0) > 0;
}
