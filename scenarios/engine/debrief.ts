// Debrief measures from a log: pooling before each decision, time to share, choices against best and solo.
import type { Scenario } from "../../shared/scenario/format.ts";
import type { LogEntry } from "../../shared/scenario/log.ts";
import { lookup } from "./lookup.ts";
import { fold } from "./replay.ts";

export interface DecisionMeasure {
  decision: string;
  chosen: string | null;
  decidedBy: string | null;
  decidedAt: number | null;
  /** Share of the critical cards in play that were on the table when the decision was taken (0–1). */
  criticalPooled: number;
  best: boolean;
  /** Whether the chosen option's needed cards were on the table when the team chose it. */
  knowledge: "informed" | "partial" | "uninformed" | null;
  /** The chosen option's needed cards that were not on the table then. */
  missing: string[];
  /** Per role: did the team's choice equal that role's solo preference? */
  matchesSolo: Record<string, boolean>;
  /** The timer (or the host moving the team on) chose the scenario's default: nobody changed their mind. */
  timedOut: boolean;
  /** Roles of the members who were not connected when it was decided: the team decided without them. */
  absent: string[];
  /**
   * Per player: the private preference before discussion, the vote after it, and whether it moved. A decision
   * that timed out has no `after` and never counts as a shift.
   */
  preferenceShift: {
    playerId: string;
    role: string;
    before: string | null;
    after: string | null;
    shifted: boolean;
  }[];
}

export interface Debrief {
  outcome: { id: string; level: string } | null;
  decisions: DecisionMeasure[];
  /** Game ms from the start to the first time each critical card reached the table, or null if never. */
  timeToShare: Record<string, number | null>;
  sensitiveShares: { cardId: string; role: string; basis: string | null; score: number | null }[];
  meterCurves: Record<string, { t: number; value: number }[]>;
  contributions: Record<
    string,
    { shares: number; chat: number; proposals: number; votes: number; contacts: number }
  >;
}

export function debrief(s: Scenario, seed: number, entries: readonly LogEntry[]): Debrief {
  const critical = [...lookup(s).cards.values()].filter((c) => c.marks.includes("critical") && !c.contact);
  const pooledAt = new Map<string, number>();
  const curves: Debrief["meterCurves"] = Object.fromEntries(
    s.meters.map((m) => [m.id, [{ t: 0, value: m.start }]]),
  );
  const contributions: Debrief["contributions"] = Object.fromEntries(
    s.roles.map((r) => [r.id, { shares: 0, chat: 0, proposals: 0, votes: 0, contacts: 0 }]),
  );
  const counted: Partial<Record<string, keyof Debrief["contributions"][string]>> = {
    "card.share": "shares",
    "chat.say": "chat",
    "proposal.make": "proposals",
    "proposal.vote": "votes",
    "contact.request": "contacts",
  };
  const final = fold(s, seed, entries, {}, (entry, team, accepted) => {
    if (!accepted) return;
    const key = counted[entry.type];
    const c = entry.actor.kind === "player" ? contributions[entry.actor.role] : undefined;
    if (key && c) c[key] += 1;
    for (const d of s.decisions) {
      const state = team.decisions[d.id];
      if (state?.status === "decided" && !pooledAt.has(d.id)) {
        const inPlay = critical.filter((card) =>
          Object.values(team.members).some((m) => m.role === team.cardOwner[card.id]),
        );
        const onTable = inPlay.filter((card) =>
          team.table.some((x) => x.cardId === card.id && x.seq < entry.seq + 1),
        );
        pooledAt.set(d.id, inPlay.length === 0 ? 0 : onTable.length / inPlay.length);
      }
    }
    for (const [meter, points] of Object.entries(curves)) {
      const value = team.meters[meter] ?? 0;
      if (points[points.length - 1]?.value !== value) points.push({ t: entry.t, value });
    }
  });
  const start = final.startedAt ?? 0;
  const decisions = s.decisions.map((d): DecisionMeasure => {
    const state = final.decisions[d.id];
    const chosen = state?.chosen ?? null;
    const accepted = final.proposals.filter((p) => p.decisionId === d.id && p.status !== "open").at(-1);
    const timedOut = state?.decidedBy === "timeout" || state?.decidedBy === "host";
    return {
      decision: d.id,
      chosen,
      decidedBy: state?.decidedBy ?? null,
      decidedAt: state?.decidedAt ?? null,
      criticalPooled: pooledAt.get(d.id) ?? 0,
      best: d.options.some((o) => o.best && o.id === chosen),
      knowledge: state?.knowledge ?? null,
      missing: state?.missing ?? [],
      matchesSolo: Object.fromEntries(
        Object.entries(d.solo).map(([role, option]) => [role, option === chosen]),
      ),
      timedOut,
      absent: (state?.absent ?? []).map((id) => final.members[id]?.role ?? "").filter(Boolean),
      preferenceShift: Object.values(final.members).map((m) => {
        const before = state?.preferences[m.playerId] ?? null;
        const vote = accepted?.votes[m.playerId];
        const after = timedOut
          ? null
          : vote === undefined
            ? chosen
            : vote
              ? (accepted?.optionId ?? null)
              : null;
        return {
          playerId: m.playerId,
          role: m.role,
          before,
          after,
          shifted: before !== null && after !== null && before !== after,
        };
      }),
    };
  });
  const timeToShare = Object.fromEntries(
    critical.map((c) => {
      const first = final.table.find((x) => x.cardId === c.id);
      return [c.id, first ? first.t - start : null];
    }),
  );
  return {
    outcome: final.outcome ? { id: final.outcome.id, level: final.outcome.level } : null,
    decisions,
    timeToShare,
    sensitiveShares: final.table
      .filter((x) => x.basis !== null || lookup(s).cards.get(x.cardId)?.marks.includes("sensitive"))
      .map((x) => ({ cardId: x.cardId, role: x.by, basis: x.basis, score: x.score })),
    meterCurves: curves,
    contributions,
  };
}
