// One team during play as the teacher sees it: phase, time, meters, pooled critical cards, players, decision.
import { BOOKMARK_NOTE_MAX } from "../../../shared/scenario/session-entries.ts";
import type { TeamView } from "../../../shared/scenario/views.ts";
import type { SeatSnapshot } from "../../net/connection.ts";
import { formatDuration, timeLeft } from "../../ui/clock.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { playerItem } from "../lobby-list.ts";
import { renderOutcome } from "../play/outcome.ts";
import type { MissionContext } from "./context.ts";
import { renderContactQuestions, renderInjects } from "./facilitator.ts";

const EXTEND_MS = 2 * 60_000;

export function timerText(view: TeamView): string {
  if (view.status === "ended") return t("mission.status.ended");
  if (view.paused) return t("mission.paused");
  const left = timeLeft(view);
  return left === null ? t("play.noDeadline") : t("mission.timeLeft", { time: formatDuration(left) });
}

function criticalCards(view: TeamView) {
  const critical = view.hand.filter((c) => c.marks?.includes("critical"));
  return { total: critical.length, shared: critical.filter((c) => c.shared).length };
}

function openDecision(view: TeamView): HTMLElement {
  const d = view.decisions.find((x) => x.status === "open");
  if (!d) return h("p", { class: "muted" }, t("mission.noDecision"));
  const proposal = view.proposals.find((p) => p.decisionId === d.id && p.status === "open");
  const connected = view.members.filter((m) => m.connected).length;
  return h(
    "div",
    { class: "open-decision" },
    h("p", {}, h("strong", {}, t("mission.openDecision", { question: d.question }))),
    h(
      "p",
      { class: "muted" },
      t("decision.preferencesCount", { count: d.preferencesRecorded, total: connected }),
    ),
    proposal
      ? h(
          "p",
          {},
          t("mission.proposalOpen", {
            option: d.options.find((o) => o.id === proposal.optionId)?.text ?? "",
          }),
          ` · ${t("decision.votes", { count: Object.keys(proposal.votes).length, total: connected })}`,
        )
      : null,
  );
}

/** When this page last set a bookmark per team: kept across re-draws of the card, so the teacher sees it took. */
const bookmarkedAt = new Map<string, number>();

/** Marks this moment of the team for the debrief, with an optional one-line note. */
function bookmarkForm(ctx: MissionContext, view: TeamView): HTMLElement {
  const id = `bookmark-note-${view.teamId}`;
  const note = h("input", { type: "text", id, maxlength: String(BOOKMARK_NOTE_MAX), autocomplete: "off" });
  const set = bookmarkedAt.get(view.teamId);
  const done = h(
    "p",
    { class: "muted bookmark-done", role: "status" },
    set
      ? t("mission.bookmarkSet", { time: new Date(set).toLocaleTimeString([], { timeStyle: "short" }) })
      : "",
  );
  const form = h(
    "form",
    { class: "bookmark-form" },
    h("label", { for: id }, t("mission.bookmarkLabel", { team: view.teamId, max: BOOKMARK_NOTE_MAX })),
    note,
    h(
      "button",
      { type: "submit", "aria-label": t("mission.bookmarkSaveLabel", { team: view.teamId }) },
      t("mission.bookmarkSave"),
    ),
  );
  const details = h(
    "details",
    { id: `bookmark-${view.teamId}`, class: "bookmark" },
    h("summary", {}, t("mission.bookmark")),
    form,
    done,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = note.value.trim();
    ctx.send("host.bookmark", text ? { teamId: view.teamId, note: text } : { teamId: view.teamId });
    const now = Date.now();
    bookmarkedAt.set(view.teamId, now);
    note.value = "";
    done.textContent = t("mission.bookmarkSet", {
      time: new Date(now).toLocaleTimeString([], { timeStyle: "short" }),
    });
  });
  return details;
}

/** Members come from the view; the lobby seat adds the nickname test id and the offline class. */
export function renderTeamCard(ctx: MissionContext, view: TeamView, seats: SeatSnapshot[]): HTMLElement {
  const critical = criticalCards(view);
  const playing = view.status === "playing";
  const members = view.members.map((m) => {
    const seat = seats.find((s) => s.id === m.playerId);
    return playerItem(
      seat
        ? { ...seat, connected: m.connected, role: m.role }
        : {
            id: m.playerId,
            nickname: m.nickname,
            role: m.role,
            connected: m.connected,
            preferredRole: "",
            sessionId: "",
            teamId: view.teamId,
          },
    );
  });
  return h(
    "section",
    { class: `team-card ${view.status}`, "data-team": view.teamId, "aria-labelledby": `team-${view.teamId}` },
    h(
      "div",
      { class: "team-head" },
      h("h3", { id: `team-${view.teamId}` }, t("mission.team", { team: view.teamId })),
      h("span", { class: "timer", "data-timer": view.teamId }, timerText(view)),
    ),
    view.phase ? h("p", { class: "phase-name" }, view.phase.name) : null,
    h(
      "dl",
      { class: "meters", "aria-label": t("mission.meters") },
      ...Object.entries(view.meters).flatMap(([id, value]) => [
        h("dt", { title: id }, view.meterNames[id] ?? id),
        h(
          "dd",
          {},
          h("meter", { min: "0", max: "5", value: String(value), "aria-label": view.meterNames[id] ?? id }),
          ` ${value}/5`,
        ),
      ]),
    ),
    h("p", { "data-critical": `${critical.shared}/${critical.total}` }, t("mission.critical", critical)),
    view.pressure > 0 ? h("p", { class: "muted" }, t("mission.pressure", { count: view.pressure })) : null,
    h("ul", { class: "players compact" }, ...members),
    view.outcome ? h("div", { class: "outcome" }, ...renderOutcome(view.outcome)) : openDecision(view),
    renderContactQuestions(ctx, view),
    renderInjects(ctx, view),
    h(
      "div",
      { class: "row", hidden: !playing },
      h(
        "button",
        {
          type: "button",
          id: `extend-${view.teamId}`,
          class: "secondary",
          "aria-label": t("mission.extendLabel", { team: view.teamId }),
          onclick: () => ctx.send("host.extend", { teamId: view.teamId, ms: EXTEND_MS }),
        },
        t("mission.extend"),
      ),
      h(
        "button",
        {
          type: "button",
          id: `advance-${view.teamId}`,
          class: "secondary",
          "aria-label": t("mission.advanceLabel", { team: view.teamId }),
          onclick: () => ctx.send("host.advance", { teamId: view.teamId }),
        },
        t("mission.advance"),
      ),
    ),
    playing ? bookmarkForm(ctx, view) : null,
  );
}
