// One team's game state: a plain JSON object, so it can be hashed, stored, sent and compared.
import type { Basis, OutcomeLevel } from "./primitives.ts";

export interface Member {
  playerId: string;
  nickname: string;
  role: string;
  connected: boolean;
  joinedAt: number;
}

export interface TableCard {
  cardId: string;
  /** The role that put it there, or "contact:<id>" for a card an outside contact revealed. */
  by: string;
  playerId: string | null;
  seq: number;
  t: number;
  basis: Basis | null;
  score: number | null;
  note: string | null;
}

export interface Proposal {
  id: string;
  decisionId: string;
  optionId: string;
  rationale: string;
  playerId: string;
  role: string;
  seq: number;
  t: number;
  votes: Record<string, boolean>;
  status: "open" | "accepted" | "rejected" | "superseded";
}

export interface DecisionState {
  status: "waiting" | "open" | "decided";
  openedAt: number | null;
  /** Private choices recorded before discussion, by player id. */
  preferences: Record<string, string>;
  chosen: string | null;
  decidedAt: number | null;
  decidedBy: "team" | "regisseur" | "timeout" | "host" | null;
  /** Whether the chosen option's needed cards were on the table when it was chosen, and so how it played out. */
  knowledge: Knowledge | null;
  /** The card ids on the team table at the moment of deciding (the debrief's "what did they know"). */
  tableAt: string[];
  /** The chosen option's needed cards that were not on the table then. */
  missing: string[];
  /** Members (player ids) who were not connected when it was decided: the team decided without them. */
  absent: string[];
}

export type Knowledge = "informed" | "partial" | "uninformed";

/** Things the whole team sees happen, in order: injects, facilitator messages, contact replies, decisions. */
export interface FeedItem {
  seq: number;
  t: number;
  /**
   * "advance": the facilitator moved the team on (ref = the phase left). "missed": a decision taken while a player
   * was away, told to them on their return (ref = their player id; only their own role's view carries it).
   */
  kind:
    | "phase"
    | "inject"
    | "message"
    | "contact"
    | "decision"
    | "timeout"
    | "outcome"
    | "advance"
    | "missed";
  ref: string | null;
  from: string | null;
  text: string;
  /** Contact requests: the asking player's id, so views can name the student rather than the role. */
  by?: string;
}

export interface ChatLine {
  seq: number;
  t: number;
  playerId: string;
  role: string;
  text: string;
}

export interface TeamState {
  teamId: string;
  scenarioId: string;
  seed: number;
  /** xstate's state value, kept in the context so a snapshot can be rebuilt from plain JSON. */
  machine: string;
  status: "lobby" | "playing" | "ended";
  now: number;
  lastSeq: number;
  startedAt: number | null;
  phase: string | null;
  phaseStartedAt: number | null;
  deadline: number | null;
  paused: { since: number } | null;
  members: Record<string, Member>;
  /**
   * Members who dropped off during play, by player id, with the game time they went. Their vote is awaited until
   * the scenario's `absentGrace` has passed (paused time not counted); then consensus of the connected applies.
   */
  away: Record<string, number>;
  /** Which role holds each card now (changes when a missing role's cards are redistributed). */
  cardOwner: Record<string, string>;
  /** Replacement texts for redistributed cards, so they read as coming from someone else. */
  cardText: Record<string, string>;
  table: TableCard[];
  meters: Record<string, number>;
  pressure: number;
  kennismaken: Record<string, { whoIAm: string; whatICanDo: string; howToReachMe: string; t: number }>;
  decisions: Record<string, DecisionState>;
  proposals: Proposal[];
  /** Timed injects of the current phase that have not fired yet, with their absolute game time. */
  due: { injectId: string; at: number }[];
  fired: Record<string, { seq: number; t: number }>;
  contacts: Record<string, { uses: number }>;
  feed: FeedItem[];
  chat: ChatLine[];
  outcome: { id: string; level: OutcomeLevel; title: string; text: string } | null;
}
