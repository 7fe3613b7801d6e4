// Charts of the team's game (uPlot, loaded with this page only): critical cards pooled over time with the
// decision moments marked, and the meters; each chart has a table with the same numbers beside it.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { MomentContext, TeamContext } from "./context.ts";
import { dataTable } from "./data-table.ts";
import { cardTitle, clock, decisionQuestion, shorten } from "./labels.ts";

const COLORS = ["#0b6e6e", "#a4262c", "#7a5a00", "#3d4fa1", "#5b2a86", "#1d7a3a"];
const HEIGHT = 220;

type Marks = { at: number; label: string }[];

/** Decision lines and the moment shown, drawn over the plot; `at` in seconds since the team's first entry. */
function markerPlugin(marks: () => Marks, now: () => number): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx, bbox } = u;
          const line = (x: number, color: string, dash: number[]) => {
            ctx.save();
            ctx.strokeStyle = color;
            ctx.setLineDash(dash);
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.beginPath();
            ctx.moveTo(x, bbox.top);
            ctx.lineTo(x, bbox.top + bbox.height);
            ctx.stroke();
            ctx.restore();
          };
          ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`;
          ctx.fillStyle = "#1d2433";
          for (const [i, m] of marks().entries()) {
            const x = u.valToPos(m.at, "x", true);
            line(x, "#5b6475", [6 * devicePixelRatio, 4 * devicePixelRatio]);
            ctx.fillText(
              m.label,
              x + 4 * devicePixelRatio,
              bbox.top + (14 + 14 * (i % 2)) * devicePixelRatio,
            );
          }
          line(u.valToPos(now(), "x", true), "#f2b705", []);
        },
      ],
    },
  };
}

export function createCharts() {
  const pooledBox = h("div", { class: "chart", "aria-hidden": "true" });
  const metersBox = h("div", { class: "chart", "aria-hidden": "true" });
  const pooledTable = h("div");
  const metersTable = h("div");
  let plots: uPlot[] = [];
  let marks: Marks = [];
  let now = 0;
  let observer: ResizeObserver | undefined;

  const figure = (id: string, title: string, box: HTMLElement, table: HTMLElement) =>
    h("figure", { class: "chart-figure", "aria-labelledby": id }, h("figcaption", { id }, title), box, table);

  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "charts-heading" },
    h("h2", { id: "charts-heading" }, t("debrief.charts")),
    figure("chart-pooled", t("debrief.chart.pooled"), pooledBox, pooledTable),
    figure("chart-meters", t("debrief.chart.meters"), metersBox, metersTable),
  );

  const widthOf = (box: HTMLElement) => Math.max(280, Math.min(1300, box.clientWidth || 600));

  return {
    el,
    team(ctx: TeamContext) {
      for (const p of plots) p.destroy();
      plots = [];
      observer?.disconnect();
      const { timeline, s } = ctx;
      const sec = (tt: number) => (tt - timeline.start) / 1000;
      const endSec = Math.max(1, sec(timeline.end));
      marks = timeline.moments.flatMap((m) =>
        m.kind === "decision"
          ? [{ at: sec(m.t), label: shorten(decisionQuestion(s, m.decisionId), 28) }]
          : [],
      );
      const total = timeline.critical.length;
      const axes: uPlot.Axis[] = [
        {
          values: (_u, vals) => vals.map((v) => clock(v * 1000)),
          label: t("debrief.chart.time"),
          // Ticks on whole seconds and minutes of game time.
          incrs: [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600],
        },
        {},
      ];
      const step = uPlot.paths.stepped?.({ align: 1 });

      // Step series carry their last value to the end of the game.
      const pooledX = [...timeline.pooled.map((p) => sec(p.t)), endSec];
      const pooledY = [...timeline.pooled.map((p) => p.value), timeline.pooled.at(-1)?.value ?? 0];
      const plugin = markerPlugin(
        () => marks,
        () => now,
      );
      pooledBox.replaceChildren();
      metersBox.replaceChildren();
      plots.push(
        new uPlot(
          {
            width: widthOf(pooledBox),
            height: HEIGHT,
            scales: { x: { time: false }, y: { range: [0, Math.max(1, total)] } },
            axes: [
              axes[0] as uPlot.Axis,
              { values: (_u, vals) => vals.map((v) => (Number.isInteger(v) ? String(v) : "")) },
            ],
            series: [
              { label: t("debrief.chart.time") },
              {
                label: t("debrief.chart.pooledSeries", { total }),
                stroke: COLORS[0],
                width: 3,
                paths: step,
                fill: "rgba(11,110,110,0.1)",
              },
            ],
            plugins: [plugin],
            legend: { live: false },
          },
          [pooledX, pooledY],
          pooledBox,
        ),
      );
      // All meters on one time axis: the union of their change points.
      const meterIds = s.meters.map((m) => m.id);
      const xs = [
        ...new Set([...meterIds.flatMap((id) => (timeline.meters[id] ?? []).map((p) => sec(p.t))), endSec]),
      ].sort((a, b) => a - b);
      const valueAt = (id: string, x: number) => {
        let v = s.meters.find((m) => m.id === id)?.start ?? 0;
        for (const p of timeline.meters[id] ?? []) if (sec(p.t) <= x) v = p.value;
        return v;
      };
      const meterData = meterIds.map((id) => xs.map((x) => valueAt(id, x)));
      plots.push(
        new uPlot(
          {
            width: widthOf(metersBox),
            height: HEIGHT,
            scales: { x: { time: false }, y: { range: [0, 5] } },
            axes: [axes[0] as uPlot.Axis, {}],
            series: [
              { label: t("debrief.chart.time") },
              ...s.meters.map((m, i) => ({
                label: m.name,
                stroke: COLORS[i % COLORS.length],
                width: 3,
                paths: step,
              })),
            ],
            plugins: [plugin],
            legend: { live: false },
          },
          [xs, ...meterData],
          metersBox,
        ),
      );
      observer = new ResizeObserver(() => {
        for (const [i, p] of plots.entries())
          p.setSize({ width: widthOf(i === 0 ? pooledBox : metersBox), height: HEIGHT });
      });
      observer.observe(el);

      // The same numbers as tables, for screen readers and for reading exact values.
      const decisionsAt = new Map<number, string[]>();
      for (const m of timeline.moments)
        if (m.kind === "decision")
          decisionsAt.set(m.seq, [...(decisionsAt.get(m.seq) ?? []), decisionQuestion(s, m.decisionId)]);
      const shareAt = new Map<number, string[]>();
      for (const m of timeline.moments)
        if (m.kind === "share" && timeline.critical.includes(m.cardId))
          shareAt.set(m.seq, [...(shareAt.get(m.seq) ?? []), cardTitle(s, m.cardId)]);
      const pooledRows = [
        ...timeline.pooled.map((p) => ({
          seq: p.seq,
          t: p.t,
          row: [
            clock(p.t - timeline.start),
            t("debrief.chart.ofTotal", { value: p.value, total }),
            (shareAt.get(p.seq) ?? []).join(", ") || t("debrief.chart.start"),
          ],
        })),
        ...timeline.moments.flatMap((m) =>
          m.kind === "decision"
            ? [
                {
                  seq: m.seq,
                  t: m.t,
                  row: [
                    clock(m.t - timeline.start),
                    t("debrief.chart.ofTotal", {
                      value: timeline.pooled.findLast((p) => p.seq <= m.seq)?.value ?? 0,
                      total,
                    }),
                    t("debrief.chart.decided", { question: decisionQuestion(s, m.decisionId) }),
                  ],
                },
              ]
            : [],
        ),
      ].sort((a, b) => a.seq - b.seq);
      pooledTable.replaceChildren(
        dataTable(
          t("debrief.chart.pooledCaption"),
          [t("debrief.chart.time"), t("debrief.chart.pooledColumn"), t("debrief.chart.what")],
          pooledRows.map((r) => r.row),
        ),
      );
      metersTable.replaceChildren(
        dataTable(
          t("debrief.chart.metersCaption"),
          [t("debrief.chart.time"), ...s.meters.map((m) => m.name)],
          xs.slice(0, -1).map((x, i) => [clock(x * 1000), ...meterData.map((col) => String(col[i] ?? ""))]),
        ),
      );
    },
    moment(ctx: MomentContext) {
      now = (ctx.t - ctx.timeline.start) / 1000;
      for (const p of plots) p.redraw(false, false);
    },
  };
}
