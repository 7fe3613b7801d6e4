// What one viewer may see of a team: the engine projects these, the server sends them, the client draws them.
import type { CardMark, MeterDirection, OptionMark } from "./primitives.ts";
import type { ChatLine, FeedItem, Knowledge, Member, Proposal, TableCard, TeamState } from "./state.ts";

export type Viewer = { kind: "role"; role: string } | { kind: "team" } | { kind: "host" };

export interface CardView {
  id: string;
  text: string;
  /** Players only learn whether a card needs a basis; the other marks would give the answer away. */
  sensitive: boolean;
  /** Host views only. */
  marks?: CardMark[];
  holder: string;
  shared: boolean;
}

export interface OptionView {
  id: string;
  text: string;
  available: boolean;
  /** Why an option is not available yet: a card must reach the table first, or the situation must change. */
  locked: "information" | "situation" | null;
  /** Host views only: the answer key. */
  best?: boolean;
  note?: string;
  /** Host views only: the author's marks (solo, harmful). */
  marks?: OptionMark[];
}

export interface DecisionView {
  id: string;
  question: string;
  phase: string;
  status: "waiting" | "open" | "decided";
  options: OptionView[];
  chosen: string | null;
  decidedBy: string | null;
  preferencesRecorded: number;
  /** Role views: the viewer's own preference; host views: everyone's. */
  preferences: Record<string, string>;
  regisseur: string | null;
  solo?: Record<string, string>;
  /** Once decided: how the choice played out, given what was on the table. */
  result: { knowledge: Knowledge; text: string } | null;
  /** Once decided: the members (player ids) who were not connected then. */
  absent: string[];
}

/** A card named by its title and who held it: how the outcome screen says what a team was missing. */
export interface MissedCard {
  /** The card's title; empty when the author gave none (the client then names only the holder). */
  title: string;
  /** The role that held it, or null for a card an outside contact would have given. */
  holder: string | null;
  /** The contact's name, for a card only a contact would have given. */
  contact: string | null;
}

/** After the game, per decision: what was chosen, whether the team knew what it needed, and what would have helped. */
export interface DecisionReview {
  decision: string;
  question: string;
  chosen: string | null;
  decidedBy: string | null;
  knowledge: Knowledge | null;
  best: boolean;
  /** The chosen option's marks, when the author gave any: "solo" (what one role would do alone), "harmful" (✖). */
  marks?: OptionMark[];
  /** The chosen option's needed cards that were not on the table. */
  missing: MissedCard[];
  /** When the choice was not the best: the best option, and which of its cards were not on the table then. */
  better: { option: string; missing: MissedCard[] } | null;
}

export interface ContactView {
  id: string;
  name: string;
  description: string;
  cost: number;
  uses: number;
  limit: number | null;
  available: boolean;
  /** Host views only: the facilitator answers this contact in role, with this guidance. */
  facilitator?: boolean;
  facilitatorNote?: string;
}

/**
 * Why an inject cannot fire now. `not_playing` / `paused`: the team's game is not running. `fired`: it happened
 * already. `phase_over` / `later_phase`: it belongs to a phase the team has left or not reached. `after_decision`:
 * it follows a decision not taken yet; `chose_otherwise`: that decision went another way. `condition`: the
 * inject's own condition does not hold now.
 */
export type InjectBlock =
  | "not_playing"
  | "paused"
  | "fired"
  | "phase_over"
  | "later_phase"
  | "after_decision"
  | "chose_otherwise"
  | "condition";

/** Host views only: what the facilitator can set off, and what has happened already. */
export interface InjectView {
  id: string;
  from: string | null;
  text: string;
  fired: boolean;
  /** Null when the facilitator can fire it now; otherwise why not (scenarios/engine/inject-availability.ts). */
  block: InjectBlock | null;
  /** The phase it belongs to (its name), or null for an inject of any phase. */
  phase: string | null;
  /** The author's note or answer key for the facilitator. */
  note?: string;
}

/** Host views only: what moving the team on now would do (scenarios/engine/advance-preview.ts). */
export interface AdvancePreview {
  /** The phase that would end. */
  phase: { id: string; name: string };
  /** The phase that would start, or null when advancing ends the team's game. */
  next: { id: string; name: string } | null;
  /** The phase's decisions not taken yet, each with what its timeout would choose and do. */
  decisions: {
    id: string;
    question: string;
    status: "open" | "waiting";
    option: { id: string; text: string };
    /** The timeout's meter changes on top of the option's own (meter id → change). */
    effects: Record<string, number>;
  }[];
}

/** The case everyone in the team shares, from the start: nothing here is secret to any role. */
export interface CasusView {
  title: string;
  summary: string;
  facts: { id: string; text: string }[];
  /** The roles in this team (a missing optional role is left out), with the scenario's description of each. */
  roles: { id: string; name: string; description: string | null }[];
}

/** A chat line with its writer's nickname, looked up among the team's members (null for someone no longer in it). */
export type ChatLineView = ChatLine & { nickname: string | null };

export interface TeamView {
  viewer: Viewer;
  scenarioId: string;
  teamId: string;
  status: TeamState["status"];
  now: number;
  phase: { id: string; name: string; kind: string; prompt: string | null; startedAt: number | null } | null;
  /** The time in the story ("22:30"): the current phase's `clock`, else the last earlier one's, else the scenario's. */
  clock: string | null;
  deadline: number | null;
  paused: boolean;
  members: Member[];
  hand: CardView[];
  table: (TableCard & { text: string; sensitive: boolean })[];
  meters: Record<string, number>;
  /** Each meter's name in the scenario's language ("Wonen" for WON), for people rather than ids. */
  meterNames: Record<string, string>;
  /** Per meter that says so: which way is good and what it means ("hoger = slechter"; "belasting van de dochter"). */
  meterInfo: Record<string, { higher: MeterDirection; meaning: string | null }>;
  pressure: number;
  kennismaken: TeamState["kennismaken"];
  decisions: DecisionView[];
  proposals: Proposal[];
  contacts: ContactView[];
  /** Empty in players' views. */
  injects: InjectView[];
  /** Host views of a playing team only (else null): what "next phase" would do. */
  advance: AdvancePreview | null;
  /** Members whose vote a decision still awaits although they dropped off (within the scenario's absentGrace). */
  awaited: string[];
  /** A contact request's `from` is the asking student's nickname (their role's name if they left the team). */
  feed: FeedItem[];
  chat: ChatLineView[];
  /** The shared case: summary, common facts and role descriptions. */
  casus: CasusView;
  /** A team that has not started: the required roles it still needs before it may start (empty: it may start). */
  startNeeds: string[];
  outcome: TeamState["outcome"];
  /** Empty until the game has ended. */
  review: DecisionReview[];
}
