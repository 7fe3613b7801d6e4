// `research`: the session's events and measures pseudonymised for research (players as role + number, no names,
// no typed text), with a codebook describing every field in the session's language.
import { hashState } from "../../scenarios/engine/hash.ts";
import { lobbyMembers } from "../../scenarios/engine/lobby.ts";
import type { Language } from "../../shared/i18n/index.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { SessionRecord, StoredEvent } from "../store/store.ts";
import { teamDebriefs } from "./export-measures-csv.ts";
import { scenarioSourceOf } from "./export-session.ts";
import { sessionTimeline } from "./export-timeline.ts";

export const RESEARCH_FORMAT = "wijkcrisis-research";

type Field = { nl: string; en: string };

/** Every field of the research file; kept beside the builder so a new field cannot go undescribed for long. */
const CODEBOOK: Record<string, Field> = {
  format: { nl: `Altijd "${RESEARCH_FORMAT}".`, en: `Always "${RESEARCH_FORMAT}".` },
  version: { nl: "Versie van dit formaat (1).", en: "Version of this format (1)." },
  exportedAt: {
    nl: "Moment van exporteren (ms sinds 1970, UTC).",
    en: "Time of export (ms since 1970, UTC).",
  },
  removed: {
    nl: "Wat uit deze export is weggelaten: bijnamen, speler-id's, chatberichten, onderbouwingen van voorstellen, kennismakingsteksten, berichten van de docent, vragen aan contacten en notities bij kaarten. Van vrije tekst staat alleen de lengte (textLength) erin.",
    en: "What this export leaves out: nicknames, player ids, chat messages, proposal rationales, introduction (kennismaken) texts, facilitator messages, questions to contacts and notes on cards. Of free text only its length (textLength) remains.",
  },
  "session.code": {
    nl: "Deelnamecode van de sessie (niet uniek over de tijd; met de datum wel).",
    en: "The session's join code (not unique over time; with the date it is).",
  },
  "session.scenarioId": { nl: "Id van het scenario.", en: "The scenario's id." },
  "session.scenarioVersion": {
    nl: "Hash van het scenariobestand: gelijke versie = dezelfde regels.",
    en: "Hash of the scenario file: same version = same rules.",
  },
  "session.language": { nl: "Taal van de sessie (nl of en).", en: "Session language (nl or en)." },
  "session.teamSize": { nl: "Spelers per team (2 of 3).", en: "Players per team (2 or 3)." },
  "session.date": {
    nl: "Datum van de sessie (JJJJ-MM-DD, UTC).",
    en: "Date of the session (YYYY-MM-DD, UTC).",
  },
  "session.ended": { nl: "Of de sessie is afgelopen.", en: "Whether the session has ended." },
  "names.roles / phases / cards / contacts / injects": {
    nl: "Van id naar naam, titel of afzender, zoals het scenario ze noemt.",
    en: "From id to name, title or sender, as the scenario calls them.",
  },
  "names.decisions": {
    nl: "Per besluit-id de vraag en per optie-id het label.",
    en: "Per decision id the question, and per option id its label.",
  },
  "players[].pseudonym": {
    nl: "Rol + volgnummer in volgorde van aanmelden (AIOS-1); vervangt naam en speler-id overal.",
    en: "Role + number in order of joining (AIOS-1); replaces name and player id everywhere.",
  },
  "players[].team": { nl: "Team (T1, T2 …).", en: "Team (T1, T2 …)." },
  "players[].role": { nl: "Rol-id (zie names.roles).", en: "Role id (see names.roles)." },
  "events[].seq": { nl: "Volgnummer in het sessielog.", en: "Sequence number in the session log." },
  "events[].team": {
    nl: "Team, of null voor sessiegebeurtenissen.",
    en: "Team, or null for session entries.",
  },
  "events[].t": { nl: "Speltijd in ms.", en: "Game time in ms." },
  "events[].phase": { nl: "Fase-id waarin het gebeurde, of null.", en: "Phase id it happened in, or null." },
  "events[].timeLeft": {
    nl: "Ms resterend op de klok van die fase, of null.",
    en: "Ms left on that phase's clock, or null.",
  },
  "events[].type": {
    nl: "Soort gebeurtenis (bijv. card.share = kaart gedeeld; zie docs/protocol.md).",
    en: "Entry type (e.g. card.share = card shared; see docs/protocol.md).",
  },
  "events[].actor": { nl: "player, host (docent) of system.", en: "player, host (facilitator) or system." },
  "events[].player": {
    nl: "Pseudoniem van de speler die het deed of om wie het ging, of null.",
    en: "Pseudonym of the player who acted or whom it was about, or null.",
  },
  "events[].role": { nl: "Rol-id van die speler, of null.", en: "That player's role id, or null." },
  "events[].card / basis": {
    nl: "Gedeelde kaart-id en de gekozen grondslag bij een gevoelige kaart.",
    en: "Shared card id and the basis chosen for a sensitive card.",
  },
  "events[].decision / option": {
    nl: "Besluit- en optie-id van een voorkeur, voorstel, stem of bevestiging.",
    en: "Decision and option id of a preference, proposal, vote or confirmation.",
  },
  "events[].agree": {
    nl: "Bij een stem: eens (true) of oneens (false).",
    en: "For a vote: agree (true) or not.",
  },
  "events[].contact / inject": { nl: "Contact- of gebeurtenis-id.", en: "Contact or inject id." },
  "events[].connected / extendMs / endReason / toTeam": {
    nl: "Verbinding aan/uit, verlenging in ms, reden van het einde, team waarheen verplaatst.",
    en: "Connection on/off, extension in ms, reason for the end, team moved to.",
  },
  "events[].textLength": {
    nl: "Aantal tekens van de weggelaten vrije tekst, of null.",
    en: "Number of characters of the removed free text, or null.",
  },
  "events[].accepted": {
    nl: "Of de engine de regel bij het terugspelen aanvaardde.",
    en: "Whether the engine accepted the entry on replay.",
  },
  "teams.<team>.outcome": { nl: "Afloop: id en niveau (good/mixed/bad).", en: "Outcome: id and level." },
  "teams.<team>.decisions[]": {
    nl: "Per besluit: gekozen optie, door wie (team/regisseur/timeout/host), beste keuze, timedOut (de tijd was om), kennis (informed/partial/uninformed), ontbrekende kaarten, aandeel kritieke kaarten op tafel (0–1), matchesSolo per rol, en per speler de voorkeur vooraf (before), de stem erna (after; null bij timeout) en of die verschoof (shifted).",
    en: "Per decision: chosen option, by whom (team/regisseur/timeout/host), best, timedOut, knowledge (informed/partial/uninformed), missing cards, share of critical cards pooled (0–1), matchesSolo per role, and per player the preference before discussion (before), the vote after (after; null on a timeout) and whether it moved (shifted).",
  },
  "teams.<team>.timeToShare": {
    nl: "Per kritieke kaart: ms vanaf de start tot die op tafel lag, of null.",
    en: "Per critical card: ms from the start until it reached the table, or null.",
  },
  "teams.<team>.sensitiveShares": {
    nl: "Gevoelige kaarten: rol, grondslag en score.",
    en: "Sensitive shares: role, basis and score.",
  },
  "teams.<team>.meterCurves": { nl: "Per meter: punten {t, value}.", en: "Per meter: points {t, value}." },
  "teams.<team>.contributions": {
    nl: "Per rol: aantal gedeelde kaarten, chatberichten, voorstellen, stemmen, contacten.",
    en: "Per role: number of shares, chat messages, proposals, votes, contacts.",
  },
};

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
    removed: CODEBOOK.removed?.[language],
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
    codebook: Object.fromEntries(Object.entries(CODEBOOK).map(([field, text]) => [field, text[language]])),
  };
}
