// `research`: the session's events and measures pseudonymised for research (players as role + number, no names,
// no typed text), with a codebook describing every field in the session's language.
import { hashState } from "../../scenarios/engine/hash.ts";
import { lobbyMembers } from "../../scenarios/engine/lobby.ts";
import { type Language, translate } from "../../shared/i18n/index.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { SessionRecord, StoredEvent } from "../store/store.ts";
import { teamDebriefs } from "./export-measures-csv.ts";
import { scenarioSourceOf } from "./export-session.ts";
import { sessionTimeline } from "./export-timeline.ts";

export const RESEARCH_FORMAT = "wijkcrisis-research";

/**
 * Every field of the research file, described in the codebook; the sentences are in the exports catalogues
 * (`export.codebook.<field>`, both languages), kept beside the builder so a new field cannot go undescribed for long.
 */
const CODEBOOK_FIELDS = [
  "format",
  "version",
  "exportedAt",
  "removed",
  "session.code",
  "session.scenarioId",
  "session.scenarioVersion",
  "session.language",
  "session.teamSize",
  "session.date",
  "session.ended",
  "names.roles / phases / cards / contacts / injects",
  "names.decisions",
  "players[].pseudonym",
  "players[].team",
  "players[].role",
  "events[].seq",
  "events[].team",
  "events[].t",
  "events[].phase",
  "events[].timeLeft",
  "events[].type",
  "events[].actor",
  "events[].player",
  "events[].role",
  "events[].card / basis",
  "events[].decision / option",
  "events[].agree",
  "events[].contact / inject",
  "events[].connected / extendMs / endReason / toTeam",
  "events[].textLength",
  "events[].accepted",
  "teams.<team>.outcome",
  "teams.<team>.decisions[]",
  "teams.<team>.timeToShare",
  "teams.<team>.sensitiveShares",
  "teams.<team>.meterCurves",
  "teams.<team>.contributions",
] as const;

/** A field's sentence in the session's language; a field without one fails to type-check. */
const describe = (language: Language, field: (typeof CODEBOOK_FIELDS)[number]) =>
  translate(language, `export.codebook.${field}`);

export function researchExport(
  record: SessionRecord,
  s: Scenario,
  source: string | undefined,
  events: readonly StoredEvent[],
  now: number = Date.now(),
) {
  const language: Language = record.language === "en" ? "en" : "nl";
  const { facts, final } = sessionTimeline(s, record.teamSize, events);
  const pseudonyms = new Map<string, string>();
  const counts = new Map<string, number>();
  const players = lobbyMembers(final.lobby).map((m) => {
    const role = m.role || "P";
    const n = (counts.get(role) ?? 0) + 1;
    counts.set(role, n);
    pseudonyms.set(m.playerId, `${role}-${n}`);
    return { pseudonym: `${role}-${n}`, team: m.teamId || null, role: m.role || null };
  });
  const alias = (playerId: string | null) => (playerId ? (pseudonyms.get(playerId) ?? "?") : null);
  const teams = Object.fromEntries(
    teamDebriefs(s, events).map(([teamId, d]) => [
      teamId,
      {
        ...d,
        decisions: d.decisions.map((m) => ({
          ...m,
          preferenceShift: m.preferenceShift.map(({ playerId, ...rest }) => ({
            player: alias(playerId),
            ...rest,
          })),
        })),
      },
    ]),
  );
  return {
    format: RESEARCH_FORMAT,
    version: 1,
    exportedAt: now,
    removed: describe(language, "removed"),
    session: {
      code: record.code,
      scenarioId: s.id,
      scenarioVersion: hashState(scenarioSourceOf(s, source)),
      language,
      teamSize: record.teamSize,
      date: new Date(record.createdAt).toISOString().slice(0, 10),
      ended: record.endedAt !== null,
    },
    names: {
      roles: Object.fromEntries(s.roles.map((r) => [r.id, r.name])),
      phases: Object.fromEntries(s.phases.map((p) => [p.id, p.name])),
      cards: Object.fromEntries(
        [...s.cards, ...s.contacts.flatMap((c) => c.reveals)].map((c) => [c.id, c.title ?? null]),
      ),
      decisions: Object.fromEntries(
        s.decisions.map((d) => [
          d.id,
          { question: d.question, options: Object.fromEntries(d.options.map((o) => [o.id, o.text])) },
        ]),
      ),
      contacts: Object.fromEntries(s.contacts.map((c) => [c.id, c.name])),
      injects: Object.fromEntries(s.injects.map((i) => [i.id, i.from ?? null])),
    },
    players,
    events: facts.map((f) => ({
      seq: f.seq,
      team: f.team,
      t: f.t,
      phase: f.phase,
      timeLeft: f.timeLeft,
      type: f.type,
      actor: f.actor,
      player: alias(f.playerId),
      role: f.role,
      card: f.cardId,
      basis: f.basis,
      decision: f.decisionId,
      option: f.optionId,
      agree: f.agree,
      contact: f.contactId,
      inject: f.injectId,
      connected: f.detail?.connected ?? null,
      extendMs: f.detail?.ms ?? null,
      endReason: f.detail?.reason ?? null,
      toTeam: f.detail?.toTeam ?? null,
      textLength: f.text === null ? null : f.text.length,
      accepted: f.accepted,
    })),
    teams,
    codebook: Object.fromEntries(CODEBOOK_FIELDS.map((field) => [field, describe(language, field)])),
  };
}
