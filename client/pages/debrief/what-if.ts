// "Wat als…?": fork the team's game at a decision, choose another option, and let the engine play the rest in
// this browser. Forks are kept beside the original until the page reloads; the stored log and export never change.
import { buildTimeline } from "../../../scenarios/engine/timeline.ts";
import { forkAt, forkOptions, type WhatIf, type WhatIfProblem } from "../../../scenarios/engine/what-if.ts";
import type { TeamState } from "../../../shared/scenario/state.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { decidedByText } from "../../ui/labels.ts";
import { knowledgeShort, outcomeLabel } from "./compare.ts";
import type { MomentContext, TeamContext } from "./context.ts";
import { clock, decisionQuestion, optionText, shorten, who } from "./labels.ts";

type Kind = "share" | "chat" | "contact" | "timer" | "host" | "decision" | "other";
const KIND_OF: Record<string, Kind> = {
  "card.share": "share",
  "chat.say": "chat",
  "contact.request": "contact",
  "timer.fire": "timer",
  "preference.record": "decision",
  "proposal.make": "decision",
  "proposal.vote": "decision",
  "decision.confirm": "decision",
};
const kindOf = (type: string): Kind => KIND_OF[type] ?? (type.startsWith("host.") ? "host" : "other");
const KINDS: Kind[] = ["share", "chat", "contact", "timer", "host", "decision", "other"];

const PROBLEMS: Record<
  WhatIfProblem,
  | "debrief.whatIf.problem.unknown"
  | "debrief.whatIf.problem.notDecided"
  | "debrief.whatIf.problem.unavailable"
  | "debrief.whatIf.problem.refused"
> = {
  unknown_decision: "debrief.whatIf.problem.unknown",
  unknown_option: "debrief.whatIf.problem.unknown",
  not_decided: "debrief.whatIf.problem.notDecided",
  option_unavailable: "debrief.whatIf.problem.unavailable",
  refused: "debrief.whatIf.problem.refused",
  not_reached: "debrief.whatIf.problem.refused",
};

interface Kept {
  id: number;
  fork: WhatIf;
  pooledEnd: number;
}

/** Counts per kind, e.g. "2 chatregels, 1 timer": which sorts of entries no longer applied, or were added. */
function byKind(types: string[]): string {
  const counts = new Map<Kind, number>();
  for (const type of types) counts.set(kindOf(type), (counts.get(kindOf(type)) ?? 0) + 1);
  return KINDS.filter((k) => counts.has(k))
    .map((k) => t(`debrief.whatIf.kind.${k}`, { count: counts.get(k) ?? 0 }))
    .join(", ");
}

function decisionCell(ctx: TeamContext, team: TeamState, decisionId: string): string {
  const d = team.decisions[decisionId];
  if (d?.status !== "decided") return t("debrief.compare.notDecided");
  const by = decidedByText(d.decidedBy);
  return `${optionText(ctx.s, decisionId, d.chosen)} · ${knowledgeShort(d.knowledge)}${by ? ` (${by})` : ""}`;
}

const outcomeCell = (team: TeamState) => outcomeLabel(team.outcome);

function forkCard(ctx: TeamContext, kept: Kept, remove: () => void): HTMLElement {
  const { s, final, timeline } = ctx;
  const { fork } = kept;
  const headingId = `whatif-${kept.id}-heading`;
  const pooledOriginal = timeline.pooled.at(-1)?.value ?? 0;
  const total = timeline.critical.length;
  const row = (label: string, a: string, b: string, cls?: string) =>
    h(
      "tr",
      { class: a === b ? cls : `${cls ?? ""} changed`.trim() },
      h(
        "th",
        { scope: "row" },
        label,
        cls === "forked" ? h("span", { class: "badge forked" }, t("debrief.whatIf.forkedHere")) : null,
      ),
      h("td", {}, a),
      h("td", {}, b),
    );
  const rows = [
    row(t("debrief.compare.outcome"), outcomeCell(final), outcomeCell(fork.final), "outcome-row"),
    ...s.meters.map((m) =>
      row(m.name, String(final.meters[m.id] ?? ""), String(fork.final.meters[m.id] ?? "")),
    ),
    ...s.decisions.map((d) =>
      row(
        shorten(d.question, 60),
        decisionCell(ctx, final, d.id),
        decisionCell(ctx, fork.final, d.id),
        d.id === fork.decisionId ? "forked" : undefined,
      ),
    ),
    row(
      t("debrief.compare.pooledEnd"),
      t("debrief.chart.ofTotal", { value: pooledOriginal, total }),
      t("debrief.chart.ofTotal", { value: kept.pooledEnd, total }),
    ),
  ];
  const added = fork.entries.filter((x) => x.origin !== "original").map((x) => x.entry.type);
  const skippedList = fork.skipped.map((x) =>
    h(
      "li",
      {},
      t("debrief.whatIf.skippedItem", {
        time: clock(x.t - timeline.start),
        kind: t(`debrief.whatIf.one.${kindOf(x.type)}`),
        who: x.actor.kind === "player" ? ` (${who(s, final, x.actor.playerId, x.actor.role)})` : "",
        reason: t(`error.${x.reason}`),
      }),
    ),
  );
  return h(
    "article",
    { class: "whatif-fork", "data-fork": String(kept.id), "aria-labelledby": headingId },
    h(
      "h3",
      { id: headingId },
      t("debrief.whatIf.forkHeading", {
        question: shorten(decisionQuestion(s, fork.decisionId), 60),
        option: optionText(s, fork.decisionId, fork.optionId),
      }),
    ),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "whatif-table" },
        h("caption", { class: "visually-hidden" }, t("debrief.whatIf.tableCaption")),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("td", {}),
            h("th", { scope: "col" }, t("debrief.whatIf.original")),
            h("th", { scope: "col" }, t("debrief.whatIf.fork")),
          ),
        ),
        h("tbody", {}, ...rows),
      ),
    ),
    h("p", { class: "muted" }, t("debrief.whatIf.added", { count: added.length, kinds: byKind(added) })),
    fork.skipped.length === 0
      ? h("p", { class: "whatif-skipped" }, t("debrief.whatIf.noneSkipped"))
      : h(
          "details",
          { class: "whatif-skipped" },
          h(
            "summary",
            {},
            t("debrief.whatIf.skipped", {
              count: fork.skipped.length,
              kinds: byKind(fork.skipped.map((x) => x.type)),
            }),
          ),
          h("ul", {}, ...skippedList),
        ),
    h("button", { type: "button", class: "secondary", onclick: remove }, t("debrief.whatIf.remove")),
  );
}

export function createWhatIf() {
  const decisionSelect = h("select", { id: "whatif-decision" });
  const optionSelect = h("select", { id: "whatif-option" });
  const run = h("button", { type: "submit" }, t("debrief.whatIf.run"));
  const error = h("p", { class: "error", role: "alert" });
  const list = h("div", { class: "whatif-list", "aria-live": "polite" });
  const form = h(
    "form",
    { class: "whatif-form" },
    h(
      "div",
      { class: "field" },
      h("label", { for: "whatif-decision" }, t("debrief.whatIf.decision")),
      decisionSelect,
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: "whatif-option" }, t("debrief.whatIf.option")),
      optionSelect,
    ),
    run,
  );
  const empty = h("p", { class: "muted" }, t("debrief.whatIf.nothingDecided"));
  const el = h(
    "section",
    { class: "panel whatif", "aria-labelledby": "whatif-heading" },
    h("h2", { id: "whatif-heading" }, t("debrief.whatIf.heading")),
    h("p", {}, t("debrief.whatIf.intro")),
    form,
    empty,
    error,
    list,
  );
  /** Per team, the forks made since the page loaded. */
  const forks = new Map<string, Kept[]>();
  let next = 1;
  let ctx: TeamContext | null = null;

  const decisionMoments = () =>
    ctx ? ctx.timeline.moments.flatMap((m) => (m.kind === "decision" ? [m] : [])) : [];

  const fillOptions = () => {
    if (!ctx) return;
    const m = decisionMoments().find((x) => x.decisionId === decisionSelect.value);
    optionSelect.replaceChildren();
    if (!m) return;
    const before = ctx.timeline.index.stateAt(m.seq - 1);
    for (const id of forkOptions(ctx.s, before, m.decisionId)) {
      const label = optionText(ctx.s, m.decisionId, id);
      optionSelect.append(
        h(
          "option",
          { value: id },
          id === m.optionId ? t("debrief.whatIf.theirChoice", { option: label }) : label,
        ),
      );
    }
    // The team's own choice is there for comparison; another one is what the teacher usually wants.
    const other = [...optionSelect.options].find((o) => o.value !== m.optionId);
    if (other) optionSelect.value = other.value;
  };

  const render = () => {
    if (!ctx) return;
    const c = ctx;
    const kept = forks.get(c.teamId) ?? [];
    list.replaceChildren(
      ...kept
        .slice()
        .reverse()
        .map((k) =>
          forkCard(c, k, () => {
            forks.set(
              c.teamId,
              (forks.get(c.teamId) ?? []).filter((x) => x.id !== k.id),
            );
            render();
          }),
        ),
    );
  };

  decisionSelect.addEventListener("change", fillOptions);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!ctx) return;
    error.textContent = "";
    const r = forkAt(ctx.s, ctx.final.seed, ctx.teamId, ctx.timeline.index.entries, {
      decisionId: decisionSelect.value,
      optionId: optionSelect.value,
      rationale: t("debrief.whatIf.rationale"),
    });
    if (!r.ok) {
      error.textContent = t(PROBLEMS[r.problem], { reason: r.reason ? t(`error.${r.reason}`) : "" });
      return;
    }
    const tl = buildTimeline(ctx.s, ctx.final.seed, ctx.teamId, r.fork.log);
    const kept = { id: next++, fork: r.fork, pooledEnd: tl.pooled.at(-1)?.value ?? 0 };
    forks.set(ctx.teamId, [...(forks.get(ctx.teamId) ?? []), kept]);
    render();
    list.querySelector<HTMLElement>(`[data-fork="${kept.id}"] h3`)?.scrollIntoView({ block: "nearest" });
  });

  return {
    el,
    moment(m: MomentContext) {
      if (ctx?.teamId === m.teamId && ctx.timeline === m.timeline) return;
      ctx = m;
      error.textContent = "";
      const moments = decisionMoments();
      decisionSelect.replaceChildren(
        ...moments.map((x) =>
          h("option", { value: x.decisionId }, shorten(decisionQuestion(m.s, x.decisionId), 80)),
        ),
      );
      form.hidden = moments.length === 0;
      empty.hidden = moments.length > 0;
      fillOptions();
      render();
    },
  };
}
