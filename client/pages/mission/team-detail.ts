// One team up close, over mission control: its calls to answer, every open decision in full, its players, the
// introductions, the team table and the chat. The host view already holds all of it; this only draws it.
import type { DecisionView, TeamView } from "../../../shared/scenario/views.ts";
import type { SeatSnapshot } from "../../net/connection.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { memo, replaceKeeping } from "../../ui/keep.ts";
import { decidedByText, roleName } from "../../ui/labels.ts";
import { meterRow } from "../../ui/meter.ts";
import { renderOutcome } from "../play/outcome.ts";
import { renderTable } from "../play/table.ts";
import type { MissionContext } from "./context.ts";
import { renderContactQuestions, renderInjects } from "./facilitator.ts";
import { criticalCards, memberSeats, playerActions, timerText } from "./team-card.ts";

const INTRO_FIELDS = ["whoIAm", "whatICanDo", "howToReachMe"] as const;

function section(id: string, heading: string, ...body: (Node | null)[]): HTMLElement {
  return h("section", { class: "detail-section", "aria-labelledby": id }, h("h3", { id }, heading), ...body);
}

const nameOf = (view: TeamView, playerId: string) =>
  view.members.find((m) => m.playerId === playerId)?.nickname ?? playerId;

function decisionBlock(view: TeamView, d: DecisionView): HTMLElement {
  const optionText = (id: string) => d.options.find((o) => o.id === id)?.text ?? id;
  const proposals = view.proposals.filter((p) => p.decisionId === d.id && p.status === "open");
  const preferences = Object.entries(d.preferences);
  return h(
    "article",
    { class: "detail-decision", "data-decision": d.id },
    h("h4", {}, d.question),
    h(
      "ol",
      { class: "detail-options" },
      ...d.options.map((o) =>
        h(
          "li",
          { class: o.available ? "" : "unavailable" },
          o.text,
          o.best ? h("span", { class: "best-mark" }, ` ★ ${t("mission.bestOption")}`) : null,
        ),
      ),
    ),
    preferences.length > 0
      ? h(
          "p",
          {},
          `${t("mission.preferences")}: `,
          preferences.map(([who, option]) => `${nameOf(view, who)} → ${optionText(option)}`).join(" · "),
        )
      : h("p", { class: "muted" }, t("mission.noPreferences")),
    ...proposals.map((p) =>
      h(
        "div",
        { class: "detail-proposal" },
        h("p", {}, t("decision.proposal", { who: nameOf(view, p.playerId), option: optionText(p.optionId) })),
        p.rationale ? h("blockquote", {}, p.rationale) : null,
        h(
          "p",
          { class: "muted" },
          Object.entries(p.votes)
            .map(
              ([who, agree]) => `${nameOf(view, who)}: ${t(agree ? "decision.agree" : "decision.disagree")}`,
            )
            .join(" · ") || t("mission.noVotes"),
        ),
      ),
    ),
  );
}

function decidedList(view: TeamView): HTMLElement | null {
  const decided = view.decisions.filter((d) => d.status === "decided");
  if (decided.length === 0) return null;
  return h(
    "ul",
    { class: "detail-decided" },
    ...decided.map((d) => {
      const chosen = d.options.find((o) => o.id === d.chosen)?.text ?? d.chosen ?? "";
      const by = decidedByText(d.decidedBy);
      return h("li", {}, `${d.question} → ${chosen}${by ? ` (${by})` : ""}`);
    }),
  );
}

function players(ctx: MissionContext, view: TeamView, seats: SeatSnapshot[]): HTMLElement {
  // Not `playerItem`: its data-player is the one row per player the grid's card already shows.
  return h(
    "ul",
    { class: "detail-players" },
    ...memberSeats(view, seats).map((seat) =>
      h(
        "li",
        { class: seat.connected ? "" : "offline" },
        h("span", { class: "nickname" }, seat.nickname),
        h("span", { class: "role" }, roleName(seat.role)),
        seat.connected ? null : h("span", { class: "badge" }, t("lobby.offline")),
        ...playerActions(ctx, view, seat, seats),
      ),
    ),
  );
}

function introductions(view: TeamView): HTMLElement {
  const entries = Object.entries(view.kennismaken);
  if (entries.length === 0) return h("p", { class: "muted" }, t("mission.introsEmpty"));
  return h(
    "ul",
    { class: "detail-intros" },
    ...entries.map(([role, intro]) => {
      const member = view.members.find((m) => m.role === role);
      return h(
        "li",
        {},
        h("p", {}, h("strong", {}, member ? `${member.nickname}, ${roleName(role)}` : roleName(role))),
        h(
          "dl",
          {},
          ...INTRO_FIELDS.flatMap((field) => [h("dt", {}, t(`intro.${field}`)), h("dd", {}, intro[field])]),
        ),
      );
    }),
  );
}

function chat(view: TeamView): HTMLElement {
  if (view.chat.length === 0) return h("p", { class: "muted" }, t("chat.empty"));
  return h(
    "ol",
    { class: "detail-chat" },
    ...view.chat.map((line) =>
      h("li", {}, h("strong", {}, `${line.nickname ?? roleName(line.role)}: `), h("span", {}, line.text)),
    ),
  );
}

function content(ctx: MissionContext, view: TeamView, seats: SeatSnapshot[]): HTMLElement[] {
  const open = view.decisions.filter((d) => d.status === "open");
  const critical = criticalCards(view);
  return [
    h(
      "div",
      { class: "detail-summary" },
      h("p", {}, view.phase ? h("strong", {}, view.phase.name) : null, ` · ${timerText(view)}`),
      h(
        "div",
        { class: "meters", role: "group", "aria-label": t("mission.meters") },
        ...Object.entries(view.meters).map(([id, value]) => meterRow(view.meterNames[id] ?? id, value, id)),
      ),
      h("p", {}, t("mission.critical", critical)),
    ),
    renderContactQuestions(ctx, view),
    view.outcome
      ? section(`detail-outcome-${view.teamId}`, t("mission.outcome"), ...renderOutcome(view.outcome))
      : null,
    section(
      `detail-decisions-${view.teamId}`,
      t("mission.decisions"),
      open.length > 0
        ? h("div", {}, ...open.map((d) => decisionBlock(view, d)))
        : h("p", { class: "muted" }, t("mission.noDecision")),
      decidedList(view),
    ),
    section(`detail-players-${view.teamId}`, t("mission.players"), players(ctx, view, seats)),
    section(`detail-intros-${view.teamId}`, t("intro.heading"), introductions(view)),
    section(
      `detail-table-${view.teamId}`,
      t("mission.table", { count: view.table.length }),
      h("ul", { class: "cards detail-table" }, ...renderTable(view)),
    ),
    section(`detail-chat-${view.teamId}`, t("chat.heading"), chat(view)),
    renderInjects(ctx, view),
  ].filter((x): x is HTMLElement => x !== null);
}

/**
 * A modal dialog (the browser keeps the focus inside it and closes it with Escape); re-drawn with each view while
 * open, keeping what the teacher types in an answer. Closing gives the focus back to the button that opened it.
 */
export function createTeamDetail(ctx: MissionContext) {
  const title = h("h2", { id: "team-detail-heading" });
  const body = h("div", { class: "detail-body" });
  const close = h(
    "button",
    { type: "button", class: "secondary", onclick: () => dialog.close() },
    t("mission.close"),
  );
  const dialog = h(
    "dialog",
    { class: "team-detail", "aria-labelledby": "team-detail-heading" },
    h("div", { class: "detail-head" }, title, close),
    body,
  );
  let teamId: string | null = null;
  let opener: HTMLElement | null = null;
  let latest: { views: TeamView[]; seats: SeatSnapshot[] } = { views: [], seats: [] };

  const draw = memo((view: TeamView) => {
    title.textContent = t("mission.team", { team: view.teamId });
    replaceKeeping(body, ...content(ctx, view, latest.seats));
  });
  const redraw = () => {
    const view = latest.views.find((v) => v.teamId === teamId);
    if (!view) {
      if (dialog.open) dialog.close();
      return;
    }
    dialog.dataset.detail = view.teamId;
    draw(view, [view, latest.seats]);
  };
  dialog.addEventListener("close", () => {
    const back = opener?.isConnected
      ? opener
      : document.querySelector<HTMLElement>(`[data-team="${teamId}"] .details-button`);
    teamId = null;
    back?.focus();
  });

  return {
    el: dialog,
    open(id: string) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      teamId = id;
      redraw();
      if (!dialog.open) dialog.showModal();
      // The first call to answer, else the dialog's heading: where the teacher came to look.
      const answer = body.querySelector<HTMLElement>(".contact-questions textarea");
      if (answer) answer.focus();
      else {
        title.setAttribute("tabindex", "-1");
        title.focus();
      }
    },
    update(views: TeamView[], seats: SeatSnapshot[]) {
      latest = { views, seats };
      if (teamId) redraw();
    },
  };
}
