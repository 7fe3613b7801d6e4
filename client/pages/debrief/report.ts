// The printable report, in the session's language: the class first (every team's outcome and choices), then per
// team its outcome, decisions (informed or not, what was missing), information flow, bookmarks, notes and prompts.
// Built into a print-only element; the print stylesheet hides everything else, so no control is printed.
import { DEBRIEF_STAGES, debriefPrompts } from "../../../scenarios/engine/debrief-prompts.ts";
import type { Timeline } from "../../../scenarios/engine/timeline.ts";
import type { MessageKey } from "../../../shared/i18n/index.ts";
import type { Scenario } from "../../../shared/scenario/format.ts";
import { h } from "../../ui/dom.ts";
import { translateLoaded } from "../../ui/i18n.ts";
import { STAGE_ASK, STAGE_HEADING } from "./guide.ts";
import { clock, shorten } from "./labels.ts";
import type { LoadedSession } from "./load.ts";
import { promptText, type Words, wordsFor } from "./prompt-text.ts";

const DECIDED_BY: Record<string, MessageKey> = {
  team: "decision.by.team",
  regisseur: "decision.by.regisseur",
  timeout: "decision.by.timeout",
  host: "decision.by.host",
};

const forced = (by: string | null) => by === "timeout" || by === "host";

const table = (caption: string, head: string[], rows: (string | HTMLElement)[][]) =>
  h(
    "table",
    { class: "report-table" },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ...head.map((x) => h("th", { scope: "col" }, x)))),
    h(
      "tbody",
      {},
      ...rows.map(([first, ...rest]) =>
        h("tr", {}, h("th", { scope: "row" }, first ?? ""), ...rest.map((x) => h("td", {}, x))),
      ),
    ),
  );

function pooledCount(tl: Timeline): string {
  return String(tl.index.final.table.filter((x) => tl.critical.includes(x.cardId)).length);
}

function outcomeText(s: Scenario, w: Words, tl: Timeline): string {
  const o = tl.index.final.outcome;
  return o ? (s.outcomes.find((x) => x.id === o.id)?.title ?? o.title) : w.tr("report.noOutcome");
}

function choiceCell(_s: Scenario, w: Words, tl: Timeline, decisionId: string): string {
  const ds = tl.index.final.decisions[decisionId];
  if (ds?.status !== "decided") return w.tr("report.notDecided");
  // A default taken when time ran out was nobody's choice: say so, rather than how informed it was.
  const knowledge = forced(ds.decidedBy)
    ? ` (${w.tr(DECIDED_BY[ds.decidedBy ?? ""] ?? "decision.by.timeout")})`
    : ds.knowledge
      ? ` (${w.tr(`report.knowledge.${ds.knowledge}`)})`
      : "";
  return `${w.option(decisionId, ds.chosen)}${knowledge}`;
}

function classSection(session: LoadedSession, w: Words): HTMLElement {
  const { scenario: s, replay } = session;
  return h(
    "section",
    { class: "report-class" },
    h("h2", {}, w.tr("report.class")),
    table(
      w.tr("report.classCaption"),
      [
        w.tr("report.team"),
        w.tr("report.outcome"),
        w.tr("report.pooled"),
        ...s.decisions.map((d) => shorten(d.question, 50)),
      ],
      replay.teamIds.flatMap((id) => {
        const tl = replay.teams[id];
        if (!tl) return [];
        return [
          [
            id,
            outcomeText(s, w, tl),
            w.tr("report.pooledValue", { pooled: pooledCount(tl), critical: tl.critical.length }),
            ...s.decisions.map((d) => choiceCell(s, w, tl, d.id)),
          ],
        ];
      }),
    ),
  );
}

function teamSection(session: LoadedSession, w: Words, teamId: string, note: string): HTMLElement | null {
  const { scenario: s, replay } = session;
  const tl = replay.teams[teamId];
  if (!tl) return null;
  const team = tl.index.final;
  const players = Object.values(team.members)
    .map((m) => `${m.nickname} (${w.role(m.role)})`)
    .join(", ");
  const outcome = team.outcome;
  const decisions = s.decisions.map((d) => {
    const ds = team.decisions[d.id];
    if (ds?.status !== "decided") return [d.question, w.tr("report.notDecided"), "", "", ""];
    return [
      d.question,
      w.option(d.id, ds.chosen),
      `${ds.decidedBy ? w.tr(DECIDED_BY[ds.decidedBy] ?? "decision.by.team") : ""}, ${clock((ds.decidedAt ?? 0) - tl.start)}`,
      ds.knowledge && !forced(ds.decidedBy) ? w.tr(`report.knowledge.${ds.knowledge}`) : "—",
      ds.missing.map((c) => `‘${w.card(c)}’`).join(", ") || "—",
    ];
  });
  const flow = tl.critical.map((cardId) => {
    const shared = team.table.find((x) => x.cardId === cardId);
    const info = s.contacts.find((c) => c.reveals.some((r) => r.id === cardId));
    const holder = info ? info.name : w.role(team.cardOwner[cardId] ?? "");
    return [
      w.card(cardId),
      holder,
      shared ? clock(shared.t - tl.start) : w.tr("debrief.card.never"),
      ...s.decisions.map((d) => {
        const ds = team.decisions[d.id];
        if (ds?.status !== "decided") return "—";
        return ds.tableAt.includes(cardId) ? `✓ ${w.tr("debrief.flow.yes")}` : `✗ ${w.tr("debrief.flow.no")}`;
      }),
    ];
  });
  const bookmarks = tl.moments.flatMap((m) =>
    m.kind === "bookmark"
      ? [
          h(
            "li",
            {},
            `${clock(m.t - tl.start)} · ${m.note ? w.tr("debrief.moment.bookmark", { note: m.note }) : w.tr("debrief.moment.bookmarkEmpty")}`,
          ),
        ]
      : [],
  );
  const prompts = debriefPrompts(s, tl);
  return h(
    "section",
    { class: "report-team", "data-team": teamId },
    h("h2", {}, w.tr("report.teamHeading", { team: teamId })),
    h("p", {}, w.tr("report.players", { players })),
    h("h3", {}, w.tr("report.outcome")),
    outcome
      ? h("p", {}, h("strong", {}, `${outcomeText(s, w, tl)}. `), outcome.text)
      : h("p", {}, w.tr("report.noOutcome")),
    h(
      "p",
      {},
      `${w.tr("report.pooled")}: ${w.tr("report.pooledValue", { pooled: pooledCount(tl), critical: tl.critical.length })}`,
    ),
    table(
      w.tr("report.decisions"),
      [
        w.tr("report.decision"),
        w.tr("report.chosen"),
        w.tr("report.how"),
        w.tr("report.knowledge"),
        w.tr("report.missing"),
      ],
      decisions,
    ),
    flow.length > 0
      ? table(
          w.tr("debrief.flow"),
          [
            w.tr("debrief.flow.card"),
            w.tr("debrief.flow.holder"),
            w.tr("debrief.flow.table"),
            ...s.decisions.map((d) => shorten(d.question, 40)),
          ],
          flow,
        )
      : null,
    bookmarks.length > 0 ? h("h3", {}, w.tr("report.bookmarks")) : null,
    bookmarks.length > 0 ? h("ul", {}, ...bookmarks) : null,
    h("h3", {}, w.tr("notes.heading")),
    h("p", { class: "report-note" }, note.trim() || w.tr("notes.none")),
    h("h3", {}, w.tr("report.prompts")),
    ...DEBRIEF_STAGES.map((stage) => {
      const items = prompts.filter((p) => p.stage === stage);
      return h(
        "div",
        { class: "report-stage" },
        h("h4", {}, w.tr(STAGE_HEADING[stage])),
        h("p", { class: "report-ask" }, w.tr(STAGE_ASK[stage])),
        h(
          "ul",
          {},
          ...items.map((p) => {
            const { text, aside } = promptText(s, w, p);
            return h("li", {}, text, aside ? h("span", { class: "report-aside" }, ` ${aside}`) : null);
          }),
        ),
      );
    }),
  );
}

/** The whole report as one element, in the session's language. */
export function buildReport(session: LoadedSession, notes: Record<string, string>): HTMLElement {
  const { data, scenario: s, replay } = session;
  const lang = data.session.language;
  const w = wordsFor(s, lang, translateLoaded);
  const date = (ms: number) => new Date(ms).toLocaleString(lang, { dateStyle: "long", timeStyle: "short" });
  return h(
    "div",
    { class: "print-report", id: "print-report", lang },
    h("h1", {}, w.tr("report.title", { title: s.title })),
    h(
      "p",
      { class: "report-meta" },
      w.tr("report.session", {
        code: data.session.code,
        date: date(data.session.createdAt),
        teams: replay.teamIds.length,
        printed: date(Date.now()),
      }),
    ),
    classSection(session, w),
    ...replay.teamIds.map((id) => teamSection(session, w, id, notes[id] ?? "")),
  );
}

/** Puts a fresh report in the page (replacing an older one) for the print that follows. */
export function placeReport(session: LoadedSession, notes: Record<string, string>) {
  document.getElementById("print-report")?.remove();
  document.body.append(buildReport(session, notes));
}
