// Per decision at the moment shown: private preferences beside the final choice, proposals with rationale and
// votes, how it was decided, and whether the team knew what its choice needed (and which cards it lacked).
import { missedCard } from "../../../scenarios/engine/review.ts";
import type { Decision } from "../../../shared/scenario/format.ts";
import type { Proposal } from "../../../shared/scenario/state.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { replaceKeeping } from "../../ui/keep.ts";
import { decidedByText } from "../../ui/labels.ts";
import type { MomentContext } from "./context.ts";
import { cardTitle, clock, optionText, roleLabel, who } from "./labels.ts";

const PROPOSAL_STATUS = {
  open: "debrief.proposal.open",
  accepted: "debrief.proposal.accepted",
  rejected: "debrief.proposal.rejected",
  superseded: "debrief.proposal.superseded",
} as const;

function proposalItem(ctx: MomentContext, d: Decision, p: Proposal): HTMLElement {
  const { s, state, timeline } = ctx;
  const votes = Object.entries(p.votes);
  const names = (agree: boolean) =>
    votes
      .filter(([, v]) => v === agree)
      .map(([id]) => who(s, state, id, state.members[id]?.role ?? ""))
      .join(", ") || t("debrief.nobody");
  return h(
    "li",
    { class: "proposal" },
    h(
      "p",
      {},
      h(
        "strong",
        {},
        t("debrief.proposal.by", {
          who: who(s, state, p.playerId, p.role),
          time: clock(p.t - timeline.start),
        }),
      ),
      ` ${optionText(s, d.id, p.optionId)}`,
    ),
    h("blockquote", {}, p.rationale),
    h("p", { class: "muted" }, t("debrief.proposal.votes", { agree: names(true), disagree: names(false) })),
    h("p", { class: "muted" }, t(PROPOSAL_STATUS[p.status])),
  );
}

function decisionBody(ctx: MomentContext, d: Decision): HTMLElement[] {
  const { s, state, final, timeline } = ctx;
  const ds = state.decisions[d.id];
  const decidedLater = final.decisions[d.id];
  const moment = timeline.moments.find((m) => m.kind === "decision" && m.decisionId === d.id);
  const jump = moment
    ? h(
        "button",
        {
          type: "button",
          class: "secondary",
          id: `jump-decision-${d.id}`,
          onclick: () => ctx.jump(moment.seq),
        },
        t("debrief.jumpToDecision", { time: clock(moment.t - timeline.start) }),
      )
    : null;
  if (!ds || ds.status === "waiting") {
    const text =
      decidedLater?.status === "decided" ? t("debrief.decision.notYet") : t("debrief.decision.never");
    return jump ? [h("p", {}, text), jump] : [h("p", {}, text)];
  }
  const members = Object.values(state.members);
  const accepted = state.proposals.find((p) => p.decisionId === d.id && p.status === "accepted");
  const prefRows = members.map((m) => {
    const before = ds.preferences[m.playerId] ?? null;
    const vote = accepted?.votes[m.playerId];
    const same = ds.chosen !== null && before !== null && before === ds.chosen;
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, who(s, state, m.playerId, m.role)),
      h("td", {}, before ? optionText(s, d.id, before) : t("debrief.pref.none")),
      h(
        "td",
        {},
        accepted
          ? vote === undefined
            ? t("debrief.vote.none")
            : vote
              ? t("decision.agree")
              : t("decision.disagree")
          : "—",
      ),
      h(
        "td",
        {},
        ds.chosen === null || before === null ? "—" : same ? t("debrief.pref.same") : t("debrief.pref.other"),
      ),
    );
  });
  const proposals = state.proposals.filter((p) => p.decisionId === d.id);
  const body: HTMLElement[] = [];
  if (ds.status === "decided") {
    body.push(
      h(
        "p",
        { class: "chosen" },
        t("debrief.decision.chosen", {
          option: optionText(s, d.id, ds.chosen),
          by: decidedByText(ds.decidedBy),
          time: clock((ds.decidedAt ?? 0) - timeline.start),
        }),
      ),
    );
    // The author's marks on the chosen option: a solo choice, or a harmful one (✖).
    const marks = d.options.find((o) => o.id === ds.chosen)?.marks ?? [];
    for (const mark of marks)
      body.push(
        h("p", { class: `option-mark ${mark}`, "data-mark": mark }, t(`debrief.decision.mark.${mark}`)),
      );
    // Taken while someone was offline (after their grace, or by the timer): the debrief says who was not there.
    if (ds.absent.length > 0)
      body.push(
        h(
          "p",
          { class: "absent-note" },
          t("debrief.decision.absent", {
            names: ds.absent.map((id) => who(s, state, id, state.members[id]?.role ?? "")).join(", "),
          }),
        ),
      );
    if (ds.knowledge) {
      const missing = ds.missing.map((c) => {
        const card = missedCard(s, state, c);
        return h(
          "li",
          {},
          t("debrief.missingCard", {
            card: cardTitle(s, c),
            holder: card.contact ?? (card.holder ? roleLabel(s, card.holder) : ""),
          }),
        );
      });
      body.push(
        h(
          "div",
          { class: `result ${ds.knowledge}` },
          h("p", { class: "knowledge" }, t(`debrief.knowledge.${ds.knowledge}`)),
          missing.length > 0 ? h("p", {}, t("debrief.missingHeading")) : null,
          missing.length > 0 ? h("ul", { class: "missed" }, ...missing) : null,
          h(
            "p",
            { class: "muted" },
            t("debrief.tableAtDecision", {
              cards: ds.tableAt.map((c) => cardTitle(s, c)).join(", ") || t("debrief.nothing"),
            }),
          ),
        ),
      );
    }
  } else body.push(h("p", {}, t("debrief.decision.open")));
  body.push(
    h(
      "table",
      { class: "prefs" },
      h("caption", {}, t("debrief.pref.caption")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t("debrief.pref.player")),
          h("th", { scope: "col" }, t("debrief.pref.before")),
          h("th", { scope: "col" }, t("debrief.pref.vote")),
          h("th", { scope: "col" }, t("debrief.pref.final")),
        ),
      ),
      h("tbody", {}, ...prefRows),
    ),
    h("h4", {}, t("debrief.proposals")),
    proposals.length === 0
      ? h("p", { class: "muted" }, t("debrief.noProposals"))
      : h("ol", { class: "proposals" }, ...proposals.map((p) => proposalItem(ctx, d, p))),
  );
  if (jump) body.push(jump);
  return body;
}

export function createDecisions() {
  const list = h("div", { class: "replay-decisions" });
  return {
    el: h(
      "section",
      { class: "panel", "aria-labelledby": "replay-decisions-heading" },
      h("h2", { id: "replay-decisions-heading" }, t("decision.heading")),
      list,
    ),
    moment(ctx: MomentContext) {
      const { s, state } = ctx;
      replaceKeeping(
        list,
        ...s.decisions.map((d) => {
          const ds = state.decisions[d.id];
          const status =
            ds?.status === "decided"
              ? t("debrief.status.decided")
              : ds?.status === "open"
                ? t("debrief.status.open")
                : t("debrief.status.waiting");
          const details = h(
            "details",
            { class: "replay-decision", id: `decision-${d.id}`, "data-decision": d.id },
            h(
              "summary",
              {},
              h("span", { class: "question" }, d.question),
              h("span", { class: `badge ${ds?.status ?? "waiting"}` }, status),
            ),
            ...decisionBody(ctx, d),
          );
          return details;
        }),
      );
    },
    /** Opens a decision's panel, as a jump to that decision does. */
    open(decisionId: string) {
      const el = list.querySelector<HTMLDetailsElement>(`#decision-${CSS.escape(decisionId)}`);
      if (el) el.open = true;
    },
  };
}
