// Projects a team's state for one viewer: an unshared card reaches only its holder's role and the host.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { FeedItem, TeamState } from "../../shared/scenario/state.ts";
import type { CardView, CasusView, DecisionView, TeamView, Viewer } from "../../shared/scenario/views.ts";
import { withinGrace } from "./absence.ts";
import { advancePreview } from "./advance-preview.ts";
import { contactOpen } from "./command-rules.ts";
import { asksForInformation, holds } from "./conditions.ts";
import { ruleFor } from "./flow.ts";
import { injectAvailability } from "./inject-availability.ts";
import { playOut } from "./knowledge.ts";
import { lookup, optionKey } from "./lookup.ts";
import { reviewDecisions } from "./review.ts";
import { startNeeds } from "./seating.ts";

function cardView(s: Scenario, team: TeamState, cardId: string, host: boolean): CardView {
  const info = lookup(s).cards.get(cardId);
  const marks = info?.marks ?? [];
  return {
    id: cardId,
    text: team.cardText[cardId] ?? info?.text ?? "",
    sensitive: marks.includes("sensitive"),
    ...(host ? { marks } : {}),
    holder: team.cardOwner[cardId] ?? (info?.contact ? `contact:${info.contact}` : ""),
    shared: team.table.some((x) => x.cardId === cardId),
  };
}

function decisionViews(s: Scenario, team: TeamState, viewer: Viewer): DecisionView[] {
  const host = viewer.kind === "host";
  const ownPlayers = new Set(
    Object.values(team.members)
      .filter((m) => viewer.kind === "role" && m.role === viewer.role)
      .map((m) => m.playerId),
  );
  return s.decisions.map((d) => {
    const state = team.decisions[d.id];
    const prefs = state?.preferences ?? {};
    const rule = ruleFor(s, team, d.id);
    const chosen = state?.chosen ? lookup(s).options.get(optionKey(d.id, state.chosen)) : undefined;
    const played = chosen && state ? playOut(chosen, new Set(state.tableAt)) : null;
    const options = d.options.flatMap((o) => {
      const available = holds(team, o.available);
      // A hidden option stays out of players' views until it opens: its label would be a hint in itself.
      if (!available && o.hidden && !host) return [];
      const locked = available ? null : asksForInformation(o.available) ? "information" : "situation";
      return [
        {
          id: o.id,
          text: o.text,
          available,
          locked,
          ...(host
            ? { best: o.best, ...(o.note ? { note: o.note } : {}), ...(o.marks ? { marks: o.marks } : {}) }
            : {}),
        } as const,
      ];
    });
    return {
      id: d.id,
      question: d.question,
      phase: d.phase,
      status: state?.status ?? "waiting",
      options,
      chosen: state?.chosen ?? null,
      decidedBy: state?.decidedBy ?? null,
      preferencesRecorded: Object.keys(prefs).length,
      preferences: Object.fromEntries(Object.entries(prefs).filter(([id]) => host || ownPlayers.has(id))),
      regisseur: rule === "consensus" ? null : rule.regisseur,
      ...(host ? { solo: d.solo } : {}),
      result:
        chosen && played && state?.knowledge
          ? { knowledge: state.knowledge, text: played.text ?? chosen.text }
          : null,
      absent: state?.status === "decided" ? [...state.absent] : [],
    };
  });
}

/** Only the roles someone in the team plays; a host sees them all. Role names come from the scenario. */
function casusView(s: Scenario, team: TeamState, host: boolean): CasusView {
  const present = new Set(Object.values(team.members).map((m) => m.role));
  return {
    title: s.title,
    summary: s.summary,
    facts: s.sharedFacts.map((f) => ({ id: f.id, text: f.text })),
    roles: s.roles
      .filter((r) => host || present.has(r.id))
      .map((r) => ({ id: r.id, name: r.name, description: r.description ?? null })),
  };
}

/** A contact request names the student who asked, not their role: the facilitator answers a person. */
function feedItemView(s: Scenario, team: TeamState, item: FeedItem): FeedItem {
  if (item.kind !== "contact" || item.from === null) return { ...item };
  const asker = item.by ? team.members[item.by] : undefined;
  const roleName = s.roles.find((r) => r.id === item.from)?.name ?? item.from;
  const { by: _by, ...rest } = item;
  return { ...rest, from: asker?.nickname ?? roleName };
}

/** What one team's chat may cost in a view: its newest lines, at most this many ... */
export const CHAT_VIEW_LINES = 40;
/** ... and at most this many characters of text (the newest line always fits). */
export const CHAT_VIEW_CHARS = 4_000;

/**
 * The newest chat lines within CHAT_VIEW_LINES and CHAT_VIEW_CHARS. A view is synced whole on every change, so
 * without a cap each new line would resend the whole history to every teammate and the host; older lines stay in
 * the log, the export and the debrief's timeline.
 */
export function recentChat<T extends { text: string }>(chat: readonly T[]): T[] {
  let from = chat.length;
  let chars = 0;
  while (from > 0 && chat.length - from < CHAT_VIEW_LINES) {
    const size = (chat[from - 1] as T).text.length;
    if (from < chat.length && chars + size > CHAT_VIEW_CHARS) break;
    chars += size;
    from--;
  }
  return chat.slice(from);
}

function isViewerPlayer(team: TeamState, viewer: Viewer, playerId: string | undefined): boolean {
  const m = playerId ? team.members[playerId] : undefined;
  return m !== undefined && viewer.kind === "role" && m.role === viewer.role;
}

/** The story's time: the current phase's clock, else the nearest earlier phase's, else the scenario's own. */
export function storyClock(s: Scenario, phaseId: string | null): string | null {
  const index = s.phases.findIndex((p) => p.id === phaseId);
  for (let i = index; i >= 0; i--) {
    const clock = s.phases[i]?.clock;
    if (clock) return clock;
  }
  return s.clock ?? null;
}

/** Everything in a view that is the same for every viewer of the team: computed once, shared by all its views. */
type TeamPart = Omit<
  TeamView,
  "viewer" | "hand" | "decisions" | "contacts" | "injects" | "advance" | "feed" | "casus"
>;

/** Built without the viewer, so nothing in it can depend on who looks: an unshared card never gets in here. */
function teamPart(s: Scenario, team: TeamState): TeamPart {
  const phase = team.phase ? lookup(s).phases.get(team.phase)?.phase : undefined;
  return {
    scenarioId: team.scenarioId,
    teamId: team.teamId,
    status: team.status,
    now: team.now,
    phase: phase
      ? {
          id: phase.id,
          name: phase.name,
          kind: phase.kind,
          prompt: phase.prompt ?? null,
          startedAt: team.phaseStartedAt,
        }
      : null,
    clock: storyClock(s, team.phase),
    deadline: team.deadline,
    paused: team.paused !== null,
    members: Object.values(team.members).map((m) => ({ ...m })),
    table: team.table.map((x) => {
      const c = cardView(s, team, x.cardId, false);
      return { ...x, text: c.text, sensitive: c.sensitive };
    }),
    meters: { ...team.meters },
    meterNames: Object.fromEntries(s.meters.map((m) => [m.id, m.name])),
    meterInfo: Object.fromEntries(
      s.meters
        .filter((m) => m.higher || m.meaning)
        .map((m) => [m.id, { higher: m.higher ?? "better", meaning: m.meaning ?? null }]),
    ),
    pressure: team.pressure,
    kennismaken: structuredClone(team.kennismaken),
    proposals: structuredClone(team.proposals),
    awaited: Object.keys(team.away).filter((id) => withinGrace(s, team, id)),
    chat: recentChat(team.chat).map((line) => ({
      ...line,
      nickname: team.members[line.playerId]?.nickname ?? null,
    })),
    startNeeds: startNeeds(s, team),
    outcome: team.outcome ? { ...team.outcome } : null,
    review: reviewDecisions(s, team),
  };
}

function viewerView(s: Scenario, team: TeamState, viewer: Viewer, shared: TeamPart): TeamView {
  const host = viewer.kind === "host";
  const l = lookup(s);
  const handIds = Object.keys(team.cardOwner).filter(
    (id) => host || (viewer.kind === "role" && team.cardOwner[id] === viewer.role),
  );
  return {
    ...shared,
    viewer,
    hand: handIds.map((id) => cardView(s, team, id, host)),
    decisions: decisionViews(s, team, viewer),
    contacts: s.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      cost: c.cost,
      uses: team.contacts[c.id]?.uses ?? 0,
      limit: c.limit ?? null,
      available: contactOpen(c, team),
      ...(host
        ? { facilitator: c.facilitator, ...(c.facilitatorNote ? { facilitatorNote: c.facilitatorNote } : {}) }
        : {}),
    })),
    injects: host
      ? injectAvailability(s, team).map(({ inject: i, block }) => ({
          id: i.id,
          from: i.from ?? null,
          text: i.text,
          fired: Object.hasOwn(team.fired, i.id),
          block,
          phase: i.phase ? (l.phases.get(i.phase)?.phase.name ?? i.phase) : null,
          ...(i.note ? { note: i.note } : {}),
        }))
      : [],
    advance: host ? advancePreview(s, team) : null,
    // "Terwijl je weg was …" is told only to the one who was away (and shown to the host).
    feed: team.feed
      .filter((item) => item.kind !== "missed" || host || isViewerPlayer(team, viewer, item.by))
      .map((item) => feedItemView(s, team, item))
      .map((item) => (item.kind === "missed" && !host ? { ...item, from: null } : item)),
    casus: casusView(s, team, host),
  };
}

export function viewFor(s: Scenario, team: TeamState, viewer: Viewer): TeamView {
  return viewerView(s, team, viewer, teamPart(s, team));
}

/**
 * The views of several viewers of one team at once. The parts every viewer gets alike are built once and are the
 * same objects in each view, so the server serialises them once (shared/protocol/view-parts.ts).
 */
export function viewsFor(s: Scenario, team: TeamState, viewers: readonly Viewer[]): TeamView[] {
  const shared = teamPart(s, team);
  return viewers.map((viewer) => viewerView(s, team, viewer, shared));
}
