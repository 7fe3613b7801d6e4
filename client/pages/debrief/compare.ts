// The class comparison: all teams side by side on one game-time axis. Per decision a table of what each team chose,
// with what knowledge and when, the divergences marked; the outcomes; one chart of pooled critical cards per team.
import uPlot from "uplot";
import {
  type ClassComparison,
  compareTeams,
  type DecisionRow,
} from "../../../scenarios/engine/comparison.ts";
import type { Knowledge } from "../../../shared/scenario/state.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { decidedByText } from "../../ui/labels.ts";
import type { MomentContext } from "./context.ts";
import { dataTable, teamNumber } from "./data-table.ts";
import { clock, decisionQuestion, optionText, shorten } from "./labels.ts";
import type { LoadedSession } from "./load.ts";

const COLORS = ["#0b6e6e", "#a4262c", "#7a5a00", "#3d4fa1", "#5b2a86", "#1d7a3a", "#b3541e", "#2d6a8f"];
const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3]];
const HEIGHT = 240;

export const knowledgeShort = (k: Knowledge | null) =>
  k === null ? "—" : t(`debrief.compare.knowledge.${k}`);

/** "Slecht", or "Gemengd: Mevrouw Jansen komt…" when the scenario's title says more than the level. */
export function outcomeLabel(outcome: { level: string; title: string } | null): string {
  if (!outcome) return t("debrief.compare.noOutcome");
  const level = t(`outcome.level.${outcome.level}` as "outcome.level.good");
  return outcome.title && outcome.title.toLowerCase() !== level.toLowerCase()
    ? `${level}: ${outcome.title}`
    : level;
}

const teamLabel = (id: string) => t("debrief.compare.team", { number: teamNumber(id) });

function divergenceText(row: DecisionRow): string {
  return row.diverged === "option"
    ? t("debrief.compare.diverged.option")
    : row.diverged === "knowledge"
      ? t("debrief.compare.diverged.knowledge")
      : t("debrief.compare.alike");
}

function decisionTable(session: LoadedSession, c: ClassComparison, row: DecisionRow, current: string) {
  const s = session.scenario;
  const id = `compare-${row.decisionId}`;
  const body = c.teams.map((team) => {
    const d = team.decisions[row.decisionId];
    return h(
      "tr",
      { "data-team": team.teamId, class: team.teamId === current ? "current" : undefined },
      h("th", { scope: "row" }, teamLabel(team.teamId)),
      h("td", {}, d ? optionText(s, row.decisionId, d.optionId) : t("debrief.compare.notDecided")),
      h(
        "td",
        { class: d?.knowledge ? `knowledge-cell ${d.knowledge}` : undefined },
        knowledgeShort(d?.knowledge ?? null),
      ),
      h("td", {}, d ? `${clock(d.at)} (${decidedByText(d.decidedBy)})` : "—"),
      h("td", {}, d ? t("debrief.chart.ofTotal", { value: d.pooled, total: team.critical }) : "—"),
    );
  });
  return h(
    "section",
    {
      class: `compare-decision${row.diverged ? " diverged" : ""}`,
      "data-decision": row.decisionId,
      "data-diverged": row.diverged ?? "no",
      "aria-labelledby": id,
    },
    h(
      "h3",
      { id },
      decisionQuestion(s, row.decisionId),
      " ",
      h("span", { class: `badge ${row.diverged ? "diverged" : "alike"}` }, divergenceText(row)),
    ),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "compare" },
        h("caption", { class: "visually-hidden" }, decisionQuestion(s, row.decisionId)),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, t("debrief.team")),
            h("th", { scope: "col" }, t("debrief.compare.choice")),
            h("th", { scope: "col" }, t("debrief.compare.knowledge")),
            h("th", { scope: "col" }, t("debrief.compare.when")),
            h("th", { scope: "col" }, t("debrief.compare.pooled")),
          ),
        ),
        h("tbody", {}, ...body),
      ),
    ),
  );
}

function outcomeTable(c: ClassComparison, current: string) {
  return h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      { class: "compare compare-outcomes" },
      h("caption", {}, t("debrief.compare.outcomes")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t("debrief.team")),
          h("th", { scope: "col" }, t("debrief.compare.outcome")),
          h("th", { scope: "col" }, t("debrief.compare.pooledEnd")),
          h("th", { scope: "col" }, t("debrief.compare.end")),
        ),
      ),
      h(
        "tbody",
        {},
        ...c.teams.map((team) =>
          h(
            "tr",
            { "data-team": team.teamId, class: team.teamId === current ? "current" : undefined },
            h("th", { scope: "row" }, teamLabel(team.teamId)),
            h(
              "td",
              { class: team.outcome ? `outcome-cell ${team.outcome.level}` : undefined },
              outcomeLabel(team.outcome),
            ),
            h(
              "td",
              {},
              t("debrief.chart.ofTotal", { value: team.pooled.at(-1)?.value ?? 0, total: team.critical }),
            ),
            h("td", {}, clock(team.end)),
          ),
        ),
      ),
    ),
  );
}

/** Pooled critical cards of every team, step lines on the class's axis; the divergent decisions as dashed lines. */
function pooledChart(session: LoadedSession, c: ClassComparison, box: HTMLElement): uPlot {
  const s = session.scenario;
  const endSec = Math.max(1, c.end / 1000);
  const xs = [...new Set([0, ...c.teams.flatMap((x) => x.pooled.map((p) => p.at / 1000)), endSec])].sort(
    (a, b) => a - b,
  );
  const data = c.teams.map((team) =>
    xs.map((x) => team.pooled.findLast((p) => p.at / 1000 <= x)?.value ?? 0),
  );
  const marks = c.decisions.flatMap((d) =>
    d.diverged && d.firstAt !== null
      ? [{ at: d.firstAt / 1000, label: `≠ ${shorten(decisionQuestion(s, d.decisionId), 26)}` }]
      : [],
  );
  const max = Math.max(1, ...c.teams.map((x) => x.critical));
  const step = uPlot.paths.stepped?.({ align: 1 });
  return new uPlot(
    {
      width: Math.max(280, Math.min(1300, box.clientWidth || 600)),
      height: HEIGHT,
      scales: { x: { time: false }, y: { range: [0, max] } },
      axes: [
        {
          values: (_u, vals) => vals.map((v) => clock(v * 1000)),
          label: t("debrief.chart.time"),
          incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600],
        },
        { values: (_u, vals) => vals.map((v) => (Number.isInteger(v) ? String(v) : "")) },
      ],
      series: [
        { label: t("debrief.chart.time") },
        ...c.teams.map((team, i) => ({
          label: teamLabel(team.teamId),
          stroke: COLORS[i % COLORS.length],
          dash: DASHES[Math.floor(i / COLORS.length) % DASHES.length],
          width: 3,
          paths: step,
        })),
      ],
      legend: { live: false },
      plugins: [
        {
          hooks: {
            draw: [
              (u) => {
                const { ctx, bbox } = u;
                ctx.save();
                ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
                ctx.fillStyle = "#1d2433";
                for (const [i, m] of marks.entries()) {
                  const x = u.valToPos(m.at, "x", true);
                  ctx.strokeStyle = "#a4262c";
                  ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
                  ctx.lineWidth = 2 * devicePixelRatio;
                  ctx.beginPath();
                  ctx.moveTo(x, bbox.top);
                  ctx.lineTo(x, bbox.top + bbox.height);
                  ctx.stroke();
                  ctx.fillText(
                    m.label,
                    x + 4 * devicePixelRatio,
                    bbox.top + (14 + 14 * (i % 2)) * devicePixelRatio,
                  );
                }
                ctx.restore();
              },
            ],
          },
        },
      ],
    },
    [xs, ...data],
    box,
  );
}

function pooledRows(session: LoadedSession, c: ClassComparison): string[][] {
  const s = session.scenario;
  const times = [...new Set(c.teams.flatMap((x) => x.pooled.map((p) => p.at)))].sort((a, b) => a - b);
  const rows = times.map((at) => ({
    at,
    row: [
      clock(at),
      ...c.teams.map((team) => {
        const v = team.pooled.findLast((p) => p.at <= at)?.value ?? 0;
        return t("debrief.chart.ofTotal", { value: v, total: team.critical });
      }),
      "",
    ],
  }));
  // The divergent decisions as rows of their own, at the moment the first team decided.
  for (const d of c.decisions)
    if (d.diverged && d.firstAt !== null)
      rows.push({
        at: d.firstAt,
        row: [
          clock(d.firstAt),
          ...c.teams.map(() => ""),
          t("debrief.compare.divergedAt", { question: decisionQuestion(s, d.decisionId) }),
        ],
      });
  return rows.sort((a, b) => a.at - b.at).map((r) => r.row);
}

/** Collapsed until opened: the comparison folds nothing new, but its chart is only drawn when someone looks. */
export function createCompare(session: LoadedSession) {
  const body = h("div", { class: "compare-body" });
  const details = h(
    "details",
    { class: "compare-details", id: "class-compare" },
    h("summary", {}, h("h2", { id: "compare-heading" }, t("debrief.compare.heading"))),
    body,
  );
  const el = h("section", { class: "panel compare-panel", "aria-labelledby": "compare-heading" }, details);
  let comparison: ClassComparison | null = null;
  let plot: uPlot | null = null;
  let current = "";
  let observer: ResizeObserver | undefined;

  const draw = () => {
    comparison ??= compareTeams(session.scenario, session.replay);
    const c = comparison;
    plot?.destroy();
    observer?.disconnect();
    const box = h("div", { class: "chart", "aria-hidden": "true" });
    const diverged = c.decisions.filter((d) => d.diverged).length;
    body.replaceChildren(
      h(
        "p",
        { class: "muted" },
        t("debrief.compare.intro", { teams: c.teams.length }),
        " ",
        diverged > 0
          ? t("debrief.compare.divergedCount", { count: diverged })
          : t("debrief.compare.noDivergence"),
      ),
      ...c.decisions.map((row) => decisionTable(session, c, row, current)),
      outcomeTable(c, current),
      h(
        "figure",
        { class: "chart-figure", "aria-labelledby": "compare-chart-caption" },
        h("figcaption", { id: "compare-chart-caption" }, t("debrief.compare.chart")),
        box,
        dataTable(
          t("debrief.compare.chartCaption"),
          [t("debrief.chart.time"), ...c.teams.map((x) => teamLabel(x.teamId)), t("debrief.chart.what")],
          pooledRows(session, c),
          "compare-pooled-table",
        ),
      ),
    );
    plot = pooledChart(session, c, box);
    const p = plot;
    observer = new ResizeObserver(() =>
      p.setSize({ width: Math.max(280, Math.min(1300, box.clientWidth || 600)), height: HEIGHT }),
    );
    observer.observe(box);
  };

  details.addEventListener("toggle", () => {
    if (details.open) draw();
  });

  return {
    el,
    moment(ctx: MomentContext) {
      if (ctx.teamId === current) return;
      current = ctx.teamId;
      for (const row of body.querySelectorAll<HTMLElement>("tr[data-team]"))
        row.classList.toggle("current", row.dataset.team === current);
    },
  };
}
