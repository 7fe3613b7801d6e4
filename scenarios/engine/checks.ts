// Why a command may not apply now: one check per command, run before the machine sees the event.
import type { CommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { RejectionCode } from "../../shared/scenario/rejections.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { awaitedMembers, graceEnds } from "./absence.ts";
import {
  confirmBlock,
  contactBlock,
  contactOpen,
  discussionStarted,
  openProposal,
  playBlock,
  shareBlock,
  voteBlock,
} from "./command-rules.ts";
import { holds } from "./conditions.ts";
import type { EventOf } from "./events.ts";
import { connectedMembers, ruleFor } from "./flow.ts";
import { injectBlock } from "./inject-availability.ts";
import { lookup, optionKey } from "./lookup.ts";
import { startNeeds } from "./seating.ts";

type Check<K extends CommandType> = (s: Scenario, team: TeamState, e: EventOf<K>) => RejectionCode | null;

function openOption(
  s: Scenario,
  team: TeamState,
  decisionId: string,
  optionId: string,
): RejectionCode | null {
  const state = team.decisions[decisionId];
  if (!lookup(s).decisions.has(decisionId) || !state) return "unknown_decision";
  if (state.status === "decided") return "decision_closed";
  if (state.status === "waiting") return "wrong_phase";
  const option = lookup(s).options.get(optionKey(decisionId, optionId));
  if (!option) return "unknown_option";
  return holds(team, option.available) ? null : "option_unavailable";
}

/** A team may start once every required role is seated (optional roles may be missing). */
const startable = (s: Scenario, team: TeamState): RejectionCode | null =>
  team.status !== "lobby" ? "already_started" : startNeeds(s, team).length === 0 ? null : "roles_missing";

const roleOf = (e: { actor: { kind: string; role?: string } }) =>
  e.actor.kind === "player" ? e.actor.role : "";
const playerOf = (e: { actor: { kind: string; playerId?: string } }) =>
  e.actor.kind === "player" ? (e.actor.playerId ?? "") : "";

/** Exhaustive: a new command type does not compile until it has a check here. */
export const CHECKS: { [K in CommandType]: Check<K> } = {
  "team.join": (s, team, e) => {
    if (!s.roles.some((r) => r.id === e.payload.role)) return "role_unknown";
    const holder = Object.values(team.members).find((m) => m.role === e.payload.role);
    if (holder && holder.playerId !== e.payload.playerId) return "role_taken";
    const self = team.members[e.payload.playerId];
    if (self && self.role !== e.payload.role && team.status !== "lobby") return "already_started";
    return null;
  },
  "team.leave": (_s, team, e) => (team.members[e.payload.playerId] ? null : "not_a_member"),
  "player.connection": (_s, team, e) => (team.members[e.payload.playerId] ? null : "not_a_member"),
  "kennismaken.submit": (_s, team) => (team.status === "ended" ? "game_over" : null),
  "card.share": (s, team, e) => {
    const blocked = playBlock(team);
    if (blocked) return blocked;
    const card = lookup(s).cards.get(e.payload.cardId);
    if (!card || card.contact) return "unknown_card";
    return shareBlock({
      mine: team.cardOwner[card.id] === roleOf(e),
      onTable: team.table.some((x) => x.cardId === card.id),
      sensitive: card.marks.includes("sensitive"),
      basis: Boolean(e.payload.basis),
    });
  },
  "preference.record": (s, team, e) => {
    const blocked = playBlock(team) ?? openOption(s, team, e.payload.decisionId, e.payload.optionId);
    if (blocked) return blocked;
    return discussionStarted(team.proposals, e.payload.decisionId) ? "discussion_started" : null;
  },
  "proposal.make": (s, team, e) => {
    const blocked = playBlock(team) ?? openOption(s, team, e.payload.decisionId, e.payload.optionId);
    if (blocked) return blocked;
    const prefs = team.decisions[e.payload.decisionId]?.preferences ?? {};
    // Only the first proposal waits for everyone's private choice: once discussion has started nobody can record
    // one any more, so a student who joined (or came back) since must not block the next proposal.
    const discussed = discussionStarted(team.proposals, e.payload.decisionId);
    if (!discussed && !connectedMembers(team).every((id) => Object.hasOwn(prefs, id)))
      return "preferences_missing";
    return openProposal(team.proposals, e.payload.decisionId) ? "proposal_pending" : null;
  },
  "proposal.vote": (_s, team, e) => {
    const blocked = playBlock(team);
    if (blocked) return blocked;
    const p = team.proposals.find((x) => x.id === e.payload.proposalId);
    return p ? voteBlock(p, playerOf(e)) : "unknown_proposal";
  },
  "decision.confirm": (s, team, e) => {
    const blocked = playBlock(team) ?? openOption(s, team, e.payload.decisionId, e.payload.optionId);
    if (blocked) return blocked;
    const rule = ruleFor(s, team, e.payload.decisionId);
    const notYours = confirmBlock(rule === "consensus" ? null : rule.regisseur, roleOf(e) ?? "");
    if (notYours) return notYours;
    const p = openProposal(team.proposals, e.payload.decisionId);
    // A member who dropped off within the grace still gets to vote first.
    if (!p || !awaitedMembers(s, team).every((id) => Object.hasOwn(p.votes, id))) return "votes_missing";
    return null;
  },
  "chat.say": () => null,
  "contact.request": (s, team, e) => {
    const blocked = playBlock(team);
    if (blocked) return blocked;
    const c = lookup(s).contacts.get(e.payload.contactId);
    if (!c) return "unknown_contact";
    return contactBlock(
      { open: contactOpen(c, team), limit: c.limit, uses: team.contacts[c.id]?.uses ?? 0 },
      team,
    );
  },
  "timer.fire": (s, team, e) => {
    const blocked = playBlock(team);
    if (blocked) return blocked;
    const due =
      team.due.some((d) => d.at <= e.t) ||
      (team.deadline !== null && team.deadline <= e.t) ||
      graceEnds(s, team).some((at) => at <= e.t);
    return due ? null : "not_due";
  },
  "host.start": (s, team) => startable(s, team),
  "team.start": (s, team) => startable(s, team),
  "host.pause": (_s, team) => playBlock(team),
  "host.resume": (_s, team) =>
    team.status !== "playing" ? "wrong_phase" : team.paused ? null : "not_paused",
  "host.extend": (_s, team) => playBlock(team),
  "host.advance": (_s, team) => playBlock(team),
  "host.inject": (s, team, e) => {
    const blocked = playBlock(team);
    if (blocked) return blocked;
    const inj = lookup(s).injects.get(e.payload.injectId);
    if (!inj) return "unknown_inject";
    const block = injectBlock(s, team, inj);
    return block === "fired" ? "inject_already_fired" : block ? "inject_unavailable" : null;
  },
  "host.message": (s, _team, e) =>
    e.payload.as && !lookup(s).contacts.has(e.payload.as) ? "unknown_contact" : null,
  "host.end": (_s, team) => (team.status === "ended" ? "game_over" : null),
};
