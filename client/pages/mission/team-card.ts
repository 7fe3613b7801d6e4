// One team during play as the teacher sees it in the grid: small enough that ten fit a projector laptop's screen.
// Everything longer (chat, table, introductions, answers, injects, bookmarks) is in the team's detail panel.

import { preferenceTally, voteTally } from "../../../scenarios/engine/view-selectors.ts";
import type { DecisionView, TeamView } from "../../../shared/scenario/views.ts";
import type { SeatSnapshot } from "../../net/connection.ts";
import { formatDuration, timeLeft } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { meterRow } from "../../ui/meter.ts";
import { playerItem } from "../lobby-list.ts";
import { askAdvance } from "./advance-confirm.ts";
import { openCalls } from "./alerts.ts";
import { bookmarkForm } from "./bookmark.ts";
import type { MissionContext } from "./context.ts";
import { movePlayer } from "./move-player.ts";
import { seatHandover } from "./seat-handover.ts";
import { teamPauseButton } from "./team-pause.ts";

export const EXTEND_MS = 2 * 60_000;

/** What a card needs besides the team's view: the lobby's seats, and how to open the team's detail panel. */
export type CardContext = { seats: SeatSnapshot[]; openDetail: (teamId: string) => void };

export function timerText(view: TeamView): string {
  if (view.status === "ended") return t("mission.status.ended");
  if (view.paused) return t("mission.paused");
  const left = timeLeft(view);
  return left === null ? t("play.noDeadline") : t("mission.timeLeft", { time: formatDuration(left) });
}

/** The card's timer: "2:59" without the "nog", so the head fits a fifth of the screen; the label says it in full. */
export function timerShort(view: TeamView): string {
  if (view.status === "ended" || view.paused) return timerText(view);
  const left = timeLeft(view);
  return left === null ? "–" : formatDuration(left);
}

export function criticalCards(view: TeamView) {
  const critical = view.hand.filter((c) => c.marks?.includes("critical"));
  return { total: critical.length, shared: critical.filter((c) => c.shared).length };
}

export const openDecisions = (view: TeamView) => view.decisions.filter((d) => d.status === "open");

/**
 * One open decision in at most three short lines: the question, preferences and votes so far, and the proposal.
 * Long texts end in "…" (the full text is in the tooltip and in the team's detail panel).
 */
export function decisionLine(view: TeamView, d: DecisionView): HTMLElement {
  const proposal = view.proposals.find((p) => p.decisionId === d.id && p.status === "open");
  const option = proposal ? (d.options.find((o) => o.id === proposal.optionId)?.text ?? "") : "";
  return h(
    "li",
    { class: "open-decision", "data-decision": d.id },
    h("span", { class: "question", title: d.question }, d.question),
    h(
      "span",
      { class: "muted" },
      t("mission.prefsShort", preferenceTally(view, d.preferencesRecorded)),
      proposal ? ` · ${t("mission.votesShort", voteTally(view, proposal.votes))}` : "",
    ),
    proposal ? h("span", { class: "proposal", title: option }, t("mission.proposalOpen", { option })) : null,
  );
}

/** Members from the view; the lobby seat adds the nickname test id and the offline class. */
export function memberSeats(view: TeamView, seats: SeatSnapshot[]): SeatSnapshot[] {
  return view.members.map((m) => {
    const seat = seats.find((s) => s.id === m.playerId);
    return seat
      ? { ...seat, connected: m.connected, role: m.role }
      : {
          id: m.playerId,
          nickname: m.nickname,
          role: m.role,
          connected: m.connected,
          preferredRole: "",
          sessionId: "",
          teamId: view.teamId,
        };
  });
}

export function extendButton(ctx: MissionContext, view: TeamView): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      id: `extend-${view.teamId}`,
      class: "secondary",
      "aria-label": t("mission.extendLabel", { team: view.teamId }),
      onclick: () => ctx.send("host.extend", { teamId: view.teamId, ms: EXTEND_MS }),
    },
    t("mission.extend"),
  );
}

export function advanceButton(ctx: MissionContext, view: TeamView): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      id: `advance-${view.teamId}`,
      class: "secondary",
      "aria-label": t("mission.advanceLabel", { team: view.teamId }),
      "aria-haspopup": "dialog",
      // Asks first, naming the open decisions and what their timeout does (advance-confirm.ts).
      onclick: (e) => askAdvance(ctx, view.teamId, e.currentTarget as HTMLElement),
    },
    t("mission.advance"),
  );
}

/**
 * Slot: the team-wide controls on the card, in this order. A control another part adds (pause this team, …) is one
 * more entry here, built in its own file; keep each a small button, the card's width is a fifth of the screen.
 */
export function cardActions(ctx: MissionContext, view: TeamView): (Node | null)[] {
  if (view.status !== "playing") return [];
  return [teamPauseButton(ctx, view), extendButton(ctx, view), advanceButton(ctx, view)];
}

/**
 * Slot: per player, what the detail panel offers beside their name (move to another team, hand the seat over, …):
 * one entry per control, each built in its own file. The card itself shows only names, roles and who is online.
 */
export function playerActions(
  ctx: MissionContext,
  _view: TeamView,
  seat: SeatSnapshot,
  seats: SeatSnapshot[] = [],
): (Node | null)[] {
  return [movePlayer(ctx, seat, seats), seatHandover(ctx, seat)];
}

/** Slot: the card's alerts, first under its head: today the calls to a contact the teacher plays. */
function cardAlerts(view: TeamView, card: CardContext): (Node | null)[] {
  const calls = openCalls(view);
  if (calls.length === 0) return [];
  return [
    h(
      "button",
      {
        type: "button",
        class: "card-alert",
        onclick: () => card.openDetail(view.teamId),
      },
      ...calls.map((c) => h("span", {}, t("mission.callShort", { student: c.student, contact: c.contact }))),
    ),
  ];
}

export function renderTeamCard(ctx: MissionContext, view: TeamView, card: CardContext): HTMLElement {
  const critical = criticalCards(view);
  const open = openDecisions(view);
  const calling = openCalls(view).length > 0;
  return h(
    "section",
    {
      class: `team-card ${view.status}${calling ? " calling" : ""}${view.paused ? " paused" : ""}`,
      "data-team": view.teamId,
      "aria-labelledby": `team-${view.teamId}`,
    },
    h(
      "div",
      { class: "team-head" },
      // The team's name opens its detail panel: the largest target on a small card, and where the eye starts.
      h(
        "h3",
        { id: `team-${view.teamId}` },
        h(
          "button",
          {
            type: "button",
            class: "details-button",
            "aria-label": t("mission.detailsLabel", { team: view.teamId }),
            "aria-haspopup": "dialog",
            onclick: () => card.openDetail(view.teamId),
          },
          t("mission.team", { team: view.teamId }),
        ),
      ),
      h("span", { class: "timer", "data-timer": view.teamId, title: timerText(view) }, timerShort(view)),
      view.status === "playing" ? bookmarkForm(ctx, view) : null,
    ),
    ...cardAlerts(view, card),
    view.phase ? h("p", { class: "phase-name", title: view.phase.name }, view.phase.name) : null,
    h(
      "div",
      { class: "meters", role: "group", "aria-label": t("mission.meters") },
      ...Object.entries(view.meters).map(([id, value]) => meterRow(view.meterNames[id] ?? id, value, id)),
    ),
    h(
      "p",
      { class: "critical", "data-critical": `${critical.shared}/${critical.total}` },
      t("mission.critical", critical),
      view.pressure > 0 ? ` · ${t("mission.pressure", { count: view.pressure })}` : "",
    ),
    h(
      "ul",
      { class: "players compact" },
      ...memberSeats(view, card.seats).map((p) => playerItem(p, null, false, true)),
    ),
    view.outcome
      ? h("p", { class: "outcome-line" }, t("mission.outcomeShort", { title: view.outcome.title }))
      : open.length > 0
        ? h(
            "ul",
            { class: "open-decisions", "aria-label": t("mission.decisions") },
            ...open.map((d) => decisionLine(view, d)),
          )
        : h("p", { class: "muted" }, t("mission.noDecision")),
    h("div", { class: "card-actions row" }, ...cardActions(ctx, view)),
  );
}
