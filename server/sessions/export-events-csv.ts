// `export.csv`: one row per log entry, in words (phase, role, player, card, option) with seq and raw type beside.
import type { Language } from "../../shared/i18n/index.ts";
import type { Scenario } from "../../shared/scenario/format.ts";
import type { StoredEvent } from "../store/store.ts";
import { type Cell, toCsv } from "./csv.ts";
import { type Labels, labelsFor, mmss } from "./export-labels.ts";
import { type EntryFact, sessionTimeline } from "./export-timeline.ts";

function who(f: EntryFact, l: Labels): string {
  if (f.actor === "host") return l.t("export.actor.host");
  if (f.actor === "system" && !f.playerId) return l.t("export.actor.system");
  return f.nickname ?? "";
}

function card(f: EntryFact, l: Labels): string {
  if (!f.cardId) return "";
  return f.basis ? `${l.card(f.cardId)} (${l.basis(f.basis)})` : l.card(f.cardId);
}

function option(f: EntryFact, l: Labels): string {
  if (!f.decisionId) return "";
  return f.optionId ? l.decisionOption(f.decisionId, f.optionId) : l.question(f.decisionId);
}

/** The text cell: what was typed, or what the entry says in words when nobody typed anything. */
function text(f: EntryFact, l: Labels): string {
  const parts: string[] = [];
  if (f.contactId) parts.push(l.contact(f.contactId));
  if (f.injectId) parts.push(l.inject(f.injectId));
  if (f.agree !== null) parts.push(l.t(f.agree ? "export.vote.agree" : "export.vote.disagree"));
  if (f.detail?.connected !== undefined)
    parts.push(l.t(f.detail.connected ? "export.connected" : "export.disconnected"));
  if (f.detail?.ms !== undefined) parts.push(l.t("export.extend", { time: mmss(f.detail.ms) }));
  if (f.detail?.reason === "host" || f.detail?.reason === "inactive")
    parts.push(l.t(f.detail.reason === "host" ? "export.end.host" : "export.end.inactive"));
  if (f.detail?.toTeam) parts.push(`→ ${f.detail.toTeam}`);
  if (f.text) parts.push(f.text);
  return parts.join(" — ");
}

export function eventsCsv(
  s: Scenario,
  language: Language,
  teamSize: number,
  events: readonly StoredEvent[],
): string {
  const l = labelsFor(s, language);
  const { facts } = sessionTimeline(s, teamSize, events);
  const header = [
    l.t("export.col.team"),
    l.t("export.col.phase"),
    l.t("export.col.role"),
    l.t("export.col.player"),
    l.t("export.col.gameTime"),
    l.t("export.col.timeLeft"),
    l.t("export.col.type"),
    l.t("export.col.card"),
    l.t("export.col.option"),
    l.t("export.col.text"),
    l.t("export.col.seq"),
    l.t("export.col.rawType"),
  ];
  const rows = facts.map((f): Cell[] => [
    f.team ?? "",
    l.phase(f.phase),
    l.role(f.role),
    who(f, l),
    mmss(f.t),
    f.timeLeft === null ? "" : mmss(f.timeLeft),
    l.type(f.type),
    card(f, l),
    option(f, l),
    text(f, l),
    f.seq,
    f.type,
  ]);
  return toCsv(header, rows);
}
