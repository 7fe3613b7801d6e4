// What one viewer may see of a team: the engine projects these, the server sends them, the client draws them.
import type { CardMark } from "./primitives.ts";
import type { ChatLine, FeedItem, Member, Proposal, TableCard, TeamState } from "./state.ts";

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
}
