// What one viewer may see of a team: the engine projects these, the server sends them, the client draws them.
import type { CardMark } from "./primitives.ts";
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

/** Host views only: what the facilitator can set off, and what has happened already. */
export interface InjectView {
  id: string;
  from: string | null;
  text: string;
  fired: boolean;
}

export interface TeamView {
  viewer: Viewer;
  scenarioId: string;
  teamId: string;
  status: TeamState["status"];
  now: number;
  phase: { id: string; name: string; kind: string; prompt: string | null; startedAt: number | null } | null;
  deadline: number | null;
  paused: boolean;
  members: Member[];
  hand: CardView[];
  table: (TableCard & { text: string; sensitive: boolean })[];
  meters: Record<string, number>;
  /** Each meter's name in the scenario's language ("Wonen" for WON), for people rather than ids. */
  meterNames: Record<string, string>;
  pressure: number;
  kennismaken: TeamState["kennismaken"];
  decisions: DecisionView[];
  proposals: Proposal[];
  contacts: ContactView[];
  /** Empty in players' views. */
  injects: InjectView[];
  feed: FeedItem[];
  chat: ChatLine[];
  outcome: TeamState["outcome"];
  /** Empty until the game has ended. */
  review: DecisionReview[];
}
