// Who a vote waits for. A member who drops off during play is awaited for the scenario's `absentGrace`, so a
// four-second Wi-Fi blip never lets the others decide for them; after the grace, consensus of the connected applies.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { feed } from "./effects.ts";
import { lookup, optionKey } from "./lookup.ts";

/** Game time as the grace sees it: it stands still while the team is paused. */
function playTime(team: TeamState): number {
  return team.paused ? team.paused.since : team.now;
}

/** Whether a member who dropped off is still within the grace: their vote is still awaited. */
export function withinGrace(s: Scenario, team: TeamState, playerId: string): boolean {
  const since = team.away[playerId];
  return since !== undefined && since + s.absentGrace > playTime(team);
}

/** Members whose vote counts now: the connected ones and those still within the grace, sorted. */
export function awaitedMembers(s: Scenario, team: TeamState): string[] {
  return Object.values(team.members)
    .filter((m) => m.connected || withinGrace(s, team, m.playerId))
    .map((m) => m.playerId)
    .sort();
}

/** Game times at which a grace still running ends: the server feeds a timer.fire then, so the vote can settle. */
export function graceEnds(s: Scenario, team: TeamState): number[] {
  return Object.entries(team.away)
    .filter(([id]) => team.members[id] !== undefined && withinGrace(s, team, id))
    .map(([, since]) => since + s.absentGrace);
}

/** A member went offline: during play the grace starts now (or at the resume, if the team is paused). */
export function markAway(team: TeamState, playerId: string): void {
  if (team.status !== "playing" || Object.hasOwn(team.away, playerId)) return;
  team.away[playerId] = playTime(team);
}

/**
 * A member is back: the grace ends, and each decision the team took without them is told to them once
 * ("missed" feed items, carried only by their own role's view).
 */
export function markBack(s: Scenario, team: TeamState, playerId: string): void {
  delete team.away[playerId];
  for (const d of s.decisions) {
    const state = team.decisions[d.id];
    if (state?.status !== "decided" || !state.absent.includes(playerId) || state.chosen === null) continue;
    const told = team.feed.some((f) => f.kind === "missed" && f.ref === d.id && f.by === playerId);
    if (told) continue;
    const option = lookup(s).options.get(optionKey(d.id, state.chosen));
    feed(team, {
      kind: "missed",
      ref: d.id,
      // The host's views name who was away; the player's own view leaves it out (it is them).
      from: team.members[playerId]?.nickname ?? null,
      by: playerId,
      text: `${d.question} → ${option?.text ?? state.chosen}`,
    });
  }
}

/** A pause does not use up anyone's grace: the moments they went move on by the length of the pause. */
export function shiftAway(team: TeamState, ms: number): void {
  for (const id of Object.keys(team.away)) team.away[id] = (team.away[id] ?? 0) + ms;
}
