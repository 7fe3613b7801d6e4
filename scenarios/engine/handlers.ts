// What each accepted command does to a draft state; the machine calls these through named actions.

import type { CommandType } from "../../shared/scenario/commands.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { Actor } from "../../shared/scenario/log.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import { markAway, markBack, shiftAway } from "./absence.ts";
import { basisScore } from "./basis-score.ts";
import { applyEffects, feed } from "./effects.ts";
import type { EventOf } from "./events.ts";
import { advanceByHost, decide, fireDueInjects, fireInject } from "./flow.ts";
import { lookup } from "./lookup.ts";

type Handler<K extends CommandType> = (s: Scenario, team: TeamState, e: EventOf<K>) => void;

const who = (e: { actor: Actor }) =>
  e.actor.kind === "player" ? { playerId: e.actor.playerId, role: e.actor.role } : { playerId: "", role: "" };

/** Two-player teams: the missing role's listed cards move to another role, reworded as second-hand news. */
function redistribute(s: Scenario, team: TeamState): void {
  const present = new Set(Object.values(team.members).map((m) => m.role));
  for (const r of s.redistribution) {
    if (present.has(r.missing)) continue;
    for (const m of r.moves) {
      team.cardOwner[m.card] = m.to;
      team.cardText[m.card] = m.text;
    }
  }
}

function startTeam(s: Scenario, team: TeamState, t: number): void {
  team.status = "playing";
  team.startedAt = t;
  redistribute(s, team);
}

/** Exhaustive: a new command type does not compile until it has a handler here. */
export const HANDLERS: { [K in CommandType]: Handler<K> } = {
  "team.join": (_s, team, e) => {
    const { playerId, nickname, role } = e.payload;
    const prev = team.members[playerId];
    team.members[playerId] = { playerId, nickname, role, connected: true, joinedAt: prev?.joinedAt ?? e.t };
  },
  // Cards belong to role seats: whatever the leaver's role holds stays with that role in this team, for whoever
  // takes the seat next. Their introduction, votes and shares stay in the record.
  "team.leave": (_s, team, e) => {
    delete team.members[e.payload.playerId];
    delete team.away[e.payload.playerId];
  },
  "player.connection": (s, team, e) => {
    const m = team.members[e.payload.playerId];
    if (!m) return;
    m.connected = e.payload.connected;
    if (e.payload.connected) markBack(s, team, m.playerId);
    else markAway(team, m.playerId);
  },
  "kennismaken.submit": (_s, team, e) => {
    team.kennismaken[who(e).playerId] = { ...e.payload, t: e.t };
  },
  "card.share": (s, team, e) => {
    const card = s.cards.find((c) => c.id === e.payload.cardId);
    const basis = e.payload.basis ?? null;
    const sensitive = card?.marks.includes("sensitive") ?? false;
    // Scored in the situation before this share: a `when` on the basis asks about what happened until now.
    const scored = sensitive && basis ? basisScore(s, team, e.payload.cardId, basis) : undefined;
    const score = scored ? scored.score : null;
    if (scored?.effects) applyEffects(team, scored.effects);
    team.table.push({
      cardId: e.payload.cardId,
      by: who(e).role,
      playerId: who(e).playerId,
      seq: e.seq,
      t: e.t,
      basis,
      score,
      note: e.payload.note ?? null,
    });
  },
  "preference.record": (_s, team, e) => {
    const d = team.decisions[e.payload.decisionId];
    if (d) d.preferences[who(e).playerId] = e.payload.optionId;
  },
  "proposal.make": (_s, team, e) => {
    const { playerId, role } = who(e);
    team.proposals.push({
      id: `P${e.seq}`,
      decisionId: e.payload.decisionId,
      optionId: e.payload.optionId,
      rationale: e.payload.rationale,
      playerId,
      role,
      seq: e.seq,
      t: e.t,
      votes: { [playerId]: true },
      status: "open",
    });
  },
  "proposal.vote": (s, team, e) => {
    const p = team.proposals.find((x) => x.id === e.payload.proposalId);
    if (!p) return;
    p.votes[who(e).playerId] = e.payload.agree;
    const rule = lookup(s).decisions.get(p.decisionId)?.rule ?? s.decisionRule;
    if (!e.payload.agree && rule === "consensus") p.status = "rejected";
  },
  "decision.confirm": (s, team, e) => decide(s, team, e.payload.decisionId, e.payload.optionId, "regisseur"),
  "chat.say": (_s, team, e) => {
    team.chat.push({
      seq: e.seq,
      t: e.t,
      playerId: who(e).playerId,
      role: who(e).role,
      text: e.payload.text,
    });
  },
  "contact.request": (s, team, e) => {
    const c = lookup(s).contacts.get(e.payload.contactId);
    if (!c) return;
    const uses = (team.contacts[c.id]?.uses ?? 0) + 1;
    team.contacts[c.id] = { uses };
    if (team.deadline !== null) team.deadline = Math.max(team.now, team.deadline - c.cost);
    const asked = e.payload.question ? `: ${e.payload.question}` : "";
    feed(team, {
      kind: "contact",
      ref: c.id,
      from: who(e).role,
      by: who(e).playerId,
      text: `${c.name}${asked}`,
    });
    for (const r of c.reveals) {
      if (team.table.some((x) => x.cardId === r.id)) continue;
      team.table.push({
        cardId: r.id,
        by: `contact:${c.id}`,
        playerId: null,
        seq: e.seq,
        t: e.t,
        basis: null,
        score: null,
        note: null,
      });
    }
  },
  "timer.fire": (s, team) => fireDueInjects(s, team),
  "host.start": (s, team, e) => startTeam(s, team, e.t),
  "team.start": (s, team, e) => startTeam(s, team, e.t),
  "host.pause": (_s, team, e) => {
    team.paused = { since: e.t };
  },
  "host.resume": (_s, team, e) => {
    const shift = e.t - (team.paused?.since ?? e.t);
    team.paused = null;
    if (team.deadline !== null) team.deadline += shift;
    for (const d of team.due) d.at += shift;
    shiftAway(team, shift);
  },
  "host.extend": (_s, team, e) => {
    if (team.deadline !== null) team.deadline += e.payload.ms;
  },
  "host.advance": (s, team) => advanceByHost(s, team),
  "host.inject": (s, team, e) => fireInject(s, team, e.payload.injectId),
  "host.message": (s, team, e) => {
    const as = e.payload.as ? lookup(s).contacts.get(e.payload.as) : undefined;
    feed(team, { kind: "message", ref: as?.id ?? null, from: as?.name ?? null, text: e.payload.text });
  },
  "host.end": () => {},
};
