// Open decisions, step by step: a private preference, then a proposal with a rationale, a vote, and for a
// regisseur rule the regisseur's confirmation; decided ones show what was chosen, how, and how it played out
// given what was on the table.

import {
  confirmBlock,
  discussionStarted,
  openProposal,
  voteBlock,
} from "../../../scenarios/engine/command-rules.ts";
import { preferenceTally, voteTally } from "../../../scenarios/engine/view-selectors.ts";
import type { CommandPayloads } from "../../../shared/scenario/commands.ts";
import type { DecisionView, TeamView } from "../../../shared/scenario/views.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { replaceKeeping } from "../../ui/keep.ts";
import { decidedByText, knowledgeText, roleName } from "../../ui/labels.ts";
import { nicknameOf, type PlayContext, type Section, watch } from "./context.ts";
import { pauseLock } from "./pause-lock.ts";

type Proposal = TeamView["proposals"][number];
type DecisionCommand = "preference.record" | "proposal.make" | "proposal.vote" | "decision.confirm";

const lockedText = (why: NonNullable<DecisionView["options"][number]["locked"]>) =>
  t(why === "information" ? "decision.locked.information" : "decision.locked.situation");

export function createDecisions(ctx: PlayContext): Section {
  const list = h("div", { class: "decisions" });
  const lock = pauseLock(list);
  /** A refusal shows next to the step of the decision it was about. */
  const send = <K extends DecisionCommand>(type: K, d: DecisionView, payload: CommandPayloads[K]) => {
    ctx.notices.route(type, `${type}:${d.id}`);
    ctx.send(type, payload);
  };
  const optionText = (d: DecisionView, id: string | null) => d.options.find((o) => o.id === id)?.text ?? "";

  const preferenceStep = (d: DecisionView, discussed: boolean) => {
    const mine = d.preferences[ctx.playerId()];
    const recorded = mine
      ? h("p", { class: "chosen" }, t("decision.yourPreference", { option: optionText(d, mine) }))
      : null;
    if (discussed) return h("div", { class: "step" }, h("h4", {}, t("decision.step1")), recorded);
    const form = h(
      "form",
      { class: "step" },
      h(
        "fieldset",
        {},
        h("legend", {}, t("decision.step1")),
        ...d.options.map((o) =>
          h(
            "label",
            { class: o.available ? "choice" : "choice unavailable" },
            h("input", {
              type: "radio",
              name: `pref-${d.id}`,
              id: `pref-${d.id}-${o.id}`,
              value: o.id,
              disabled: !o.available,
              required: true,
            }),
            ` ${o.text}`,
            o.locked ? h("span", { class: "locked-reason" }, ` (${lockedText(o.locked)})`) : null,
          ),
        ),
      ),
      h("button", { type: "submit" }, t("decision.recordPreference")),
      ctx.notices.slot(`preference.record:${d.id}`),
      recorded,
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const optionId = form.querySelector<HTMLInputElement>("input:checked")?.value;
      if (optionId) send("preference.record", d, { decisionId: d.id, optionId });
    });
    return form;
  };

  const optionSelect = (d: DecisionView, id: string, selected?: string) =>
    h(
      "select",
      { id, required: true },
      ...d.options
        .filter((o) => o.available)
        .map((o) => h("option", { value: o.id, selected: o.id === selected }, o.text)),
    );

  const proposalStep = (d: DecisionView) => {
    const select = optionSelect(d, `proposal-option-${d.id}`, d.preferences[ctx.playerId()]);
    const rationale = h("textarea", {
      id: `proposal-rationale-${d.id}`,
      rows: "2",
      maxlength: "600",
      required: true,
    });
    const form = h(
      "form",
      { class: "step" },
      h("h4", {}, t("decision.step2")),
      h("label", { for: select.id }, t("decision.option")),
      select,
      h("label", { for: rationale.id }, t("decision.rationale")),
      rationale,
      h("button", { type: "submit" }, t("decision.propose")),
      ctx.notices.slot(`proposal.make:${d.id}`),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      // The rationale stays typed until the server has taken the proposal: a refusal must not cost the text.
      const text = rationale.value.trim();
      send("proposal.make", d, { decisionId: d.id, optionId: select.value, rationale: text });
      ctx.notices.whenAccepted("proposal.make", () => {
        const now = document.getElementById(rationale.id);
        if (now instanceof HTMLTextAreaElement && now.value.trim() === text) now.value = "";
      });
    });
    return form;
  };

  const voteStep = (view: TeamView, d: DecisionView, p: Proposal) => {
    const mine = p.votes[ctx.playerId()];
    // Members who dropped off a moment ago still count: the engine waits for their vote (absentGrace).
    const awaited = view.awaited.filter((id) => !Object.hasOwn(p.votes, id));
    const vote = (agree: boolean) => () => send("proposal.vote", d, { proposalId: p.id, agree });
    return h(
      "div",
      { class: "step proposal" },
      h("h4", {}, t("decision.step3")),
      h(
        "p",
        {},
        t("decision.proposal", {
          who: nicknameOf(view, p.playerId) ?? roleName(p.role),
          option: optionText(d, p.optionId),
        }),
      ),
      h("blockquote", {}, p.rationale),
      h("p", { class: "muted" }, t("decision.votes", voteTally(view, p.votes))),
      awaited.length > 0
        ? h(
            "p",
            { class: "muted awaiting", role: "status" },
            t("decision.awaiting", {
              names: awaited.map((id) => nicknameOf(view, id) ?? id).join(", "),
            }),
          )
        : null,
      voteBlock(p, ctx.playerId()) === null
        ? h(
            "div",
            { class: "row" },
            h("button", { type: "button", onclick: vote(true) }, t("decision.agree")),
            h("button", { type: "button", class: "secondary", onclick: vote(false) }, t("decision.disagree")),
          )
        : h(
            "p",
            { class: "chosen" },
            t("decision.voted", { vote: t(mine ? "decision.agree" : "decision.disagree") }),
          ),
      ctx.notices.slot(`proposal.vote:${d.id}`),
    );
  };

  const confirmStep = (d: DecisionView, p: Proposal) => {
    const select = optionSelect(d, `confirm-option-${d.id}`, p.optionId);
    const form = h(
      "form",
      { class: "step" },
      h("h4", {}, t("decision.confirmHeading")),
      h("label", { for: select.id }, t("decision.option")),
      select,
      h("button", { type: "submit" }, t("decision.confirm")),
      ctx.notices.slot(`decision.confirm:${d.id}`),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      send("decision.confirm", d, { decisionId: d.id, optionId: select.value });
    });
    return form;
  };

  const decided = (d: DecisionView) => {
    const chosen = optionText(d, d.chosen);
    const by = decidedByText(d.decidedBy);
    const result = d.result;
    return h(
      "div",
      {},
      h("p", { class: "chosen" }, `${t("decision.chosen", { option: chosen })}${by ? ` (${by})` : ""}`),
      result
        ? h(
            "div",
            { class: `result ${result.knowledge}`, "data-knowledge": result.knowledge },
            h("p", { class: "knowledge" }, knowledgeText(result.knowledge, d.decidedBy)),
            // An option without a consequence of its own plays out as its label: saying it twice adds nothing.
            result.text && result.text !== chosen
              ? h("p", {}, h("span", { class: "result-label" }, `${t("decision.result")}: `), result.text)
              : null,
          )
        : null,
    );
  };

  const decision = (view: TeamView, d: DecisionView) => {
    const proposals = view.proposals.filter((p) => p.decisionId === d.id);
    const open = openProposal(proposals, d.id);
    const rule = d.regisseur
      ? t("decision.ruleRegisseur", { role: roleName(d.regisseur) })
      : t("decision.ruleConsensus");
    return h(
      "article",
      { class: "decision", "data-decision": d.id },
      h("h3", {}, d.question),
      d.status === "decided"
        ? decided(d)
        : h(
            "div",
            {},
            h("p", { class: "muted" }, rule),
            h(
              "p",
              { class: "muted" },
              t("decision.preferencesCount", preferenceTally(view, d.preferencesRecorded)),
            ),
            preferenceStep(d, discussionStarted(proposals, d.id)),
            open ? voteStep(view, d, open) : proposalStep(d),
            open && confirmBlock(d.regisseur, ctx.role()) === null ? confirmStep(d, open) : null,
          ),
      ...proposals
        .filter((p) => p.status === "rejected")
        .map((p) =>
          h("p", { class: "muted" }, t("decision.rejected", { option: optionText(d, p.optionId) })),
        ),
    );
  };

  const draw = (view: TeamView) => {
    const shown = view.decisions.filter((d) => d.status !== "waiting");
    // The open decision is what the team works on; decided ones move below it.
    shown.sort((a, b) => Number(a.status === "decided") - Number(b.status === "decided"));
    replaceKeeping(
      list,
      ...(shown.length === 0
        ? [h("p", { class: "muted" }, t("decision.none"))]
        : shown.map((d) => decision(view, d))),
    );
  };

  const el = h(
    "section",
    { class: "panel", "aria-labelledby": "decisions-heading" },
    h("h2", { id: "decisions-heading" }, t("decision.heading")),
    lock.el,
  );
  watch(
    ctx.store,
    el,
    (view) => [view.decisions, view.proposals, view.members, view.awaited, ctx.playerId(), ctx.role()],
    (_, view) => draw(view),
  );
  watch(
    ctx.store,
    lock.el,
    (view) => [view.paused, view.status],
    (_, view) => lock.update(view),
  );
  return { el };
}
