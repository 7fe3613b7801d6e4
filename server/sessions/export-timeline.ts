// One fact per log entry, from the session fold: which phase it fell in, how much time was left, who did it, and
// what it was about. The event CSV words these facts; the research export pseudonymises them.
import { foldSession, type SessionState } from "../../scenarios/engine/session.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { TeamState } from "../../shared/scenario/state.ts";
import type { StoredEvent } from "../store/store.ts";

export type EntryFact = {
  seq: number;
  type: string;
  team: string | null;
  t: number;
  /** The phase the entry happened in (the one a decision or a timer ended, not the next). */
  phase: string | null;
  /** Game ms left on that phase's clock when the entry happened; null without a running phase. */
  timeLeft: number | null;
  actor: "player" | "host" | "system";
  /** The player who acted, or whom a system or host entry was about (a join, a connection, a move). */
  playerId: string | null;
  nickname: string | null;
  role: string | null;
  cardId: string | null;
  basis: string | null;
  decisionId: string | null;
  optionId: string | null;
  agree: boolean | null;
  contactId: string | null;
  injectId: string | null;
  /** Structured detail that is not free text: connected, extra ms, the end's reason, a move's target team. */
  detail: { connected?: boolean; ms?: number; reason?: string; toTeam?: string } | null;
  /** Words a person typed (chat, rationale, introduction, message, question, note): dropped by the research export. */
  text: string | null;
  accepted: boolean;
};

type Payload = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" ? v : null);

function timeLeftOf(team: TeamState | undefined, t: number): number | null {
  if (team?.status !== "playing" || team.deadline === null) return null;
  return Math.max(0, team.deadline - (team.paused ? team.paused.since : t));
}

function freeText(type: string, p: Payload): string | null {
  switch (type) {
    case "chat.say":
    case "host.message":
      return str(p.text);
    case "host.bookmark":
      return str(p.note) || null;
    case "proposal.make":
      return str(p.rationale);
    case "contact.request":
      return str(p.question);
    case "card.share":
      return str(p.note);
    case "kennismaken.submit":
      return (
        [p.whoIAm, p.whatICanDo, p.howToReachMe].filter((x) => typeof x === "string").join(" | ") || null
      );
    default:
      return null;
  }
}

export function sessionTimeline(
  s: Scenario,
  teamSize: number,
  events: readonly StoredEvent[],
): { facts: EntryFact[]; final: SessionState } {
  const facts: EntryFact[] = [];
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  let before: SessionState | undefined;
  const { state: final } = foldSession(s, { teamSize }, sorted, {
    onEntry: (entry, after, accepted) => {
      const p = (entry.payload ?? {}) as Payload;
      const actor = (entry.actor ?? {}) as { kind?: string; playerId?: string; role?: string };
      const kind = actor.kind === "player" || actor.kind === "host" ? actor.kind : "system";
      const teamBefore = entry.team ? before?.teams[entry.team] : undefined;
      const teamAfter = entry.team ? after.teams[entry.team] : undefined;
      // A phase that was running when the entry came in; a start entry belongs to the phase it opened.
      const inPhase = teamBefore?.phase ? teamBefore : teamAfter;
      const playerId = actor.playerId ?? str(p.playerId);
      const member = playerId
        ? (after.lobby.members[playerId] ?? before?.lobby.members[playerId])
        : undefined;
      const teamMember = playerId ? (teamAfter ?? teamBefore)?.members[playerId] : undefined;
      let decisionId = str(p.decisionId);
      let optionId = str(p.optionId);
      if (entry.type === "proposal.vote") {
        const proposal = (teamAfter ?? teamBefore)?.proposals.find((x) => x.id === p.proposalId);
        decisionId = proposal?.decisionId ?? null;
        optionId = proposal?.optionId ?? null;
      }
      const detail: EntryFact["detail"] =
        entry.type === "player.connection" && typeof p.connected === "boolean"
          ? { connected: p.connected }
          : typeof p.ms === "number"
            ? { ms: p.ms }
            : entry.type === "session.end" && typeof p.reason === "string"
              ? { reason: p.reason }
              : entry.type === "host.move" && typeof p.teamId === "string"
                ? { toTeam: p.teamId }
                : null;
      facts.push({
        seq: entry.seq,
        type: entry.type,
        team: entry.team,
        t: entry.t,
        phase: inPhase?.phase ?? null,
        timeLeft: timeLeftOf(inPhase, entry.t),
        actor: kind,
        playerId,
        nickname: teamMember?.nickname ?? member?.nickname ?? str(p.nickname),
        role: actor.role ?? str(p.role) ?? teamMember?.role ?? (member?.role || null),
        cardId: str(p.cardId),
        basis: str(p.basis),
        decisionId,
        optionId,
        agree: typeof p.agree === "boolean" ? p.agree : null,
        contactId: str(p.contactId),
        injectId: str(p.injectId),
        detail,
        text: freeText(entry.type, p),
        accepted,
      });
      before = after;
    },
  });
  return { facts, final };
}
