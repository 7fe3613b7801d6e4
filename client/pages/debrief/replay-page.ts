// The replay of a loaded session: pick a team, move through its game, and every part shows that moment.
// The URL keeps team and moment (?team=T2&seq=184), so a reload or the back button reopens the same moment.
import { momentViews } from "../../../scenarios/engine/timeline.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { createAnalysis } from "./analysis.ts";
import { createCharts } from "./charts.ts";
import type { MomentContext, Part, TeamContext } from "./context.ts";
import { createDecisions } from "./decisions.ts";
import { createFlow } from "./flow.ts";
import { createGuided } from "./guided.ts";
import type { LoadedSession } from "./load.ts";
import { createMoments } from "./moments.ts";
import { createPlayer } from "./player.ts";
import { teamOptionLabel } from "./projector.ts";
import { createReplayScene } from "./replay-scene.ts";
import { createRoles } from "./roles.ts";
import { CHAT_LINES, createTeamState } from "./team-state.ts";

export interface ReplayPage {
  el: HTMLElement;
  /** Shows the team and moment the URL names (after back/forward, or on first load). */
  fromUrl(): void;
}

/** `extra`: parts told about every moment too, shown below the player (the class lead). */
export function createReplayPage(
  session: LoadedSession,
  heading: HTMLElement,
  extra: Part[] = [],
): ReplayPage {
  const { replay, scenario: s } = session;
  const teamSelect = h("select", { id: "replay-team" });
  const summary = h("p", { class: "muted", "data-testid": "moment-summary" });
  const player = createPlayer(
    (seq, history) => show(teamId, seq, history),
    h("span", { class: "row team-pick" }, h("label", { for: "replay-team" }, t("debrief.team")), teamSelect),
    summary,
  );
  const moments = createMoments();
  const roles = createRoles();
  const scene = createReplayScene();
  const teamState = createTeamState();
  const decisions = createDecisions();
  const flow = createFlow();
  const charts = createCharts();
  const analysis = createAnalysis(session);
  const guided = createGuided(session, heading);
  let teamId = "";
  let team: TeamContext | undefined;
  let shown: MomentContext | undefined;

  for (const id of replay.teamIds) {
    const members = Object.values(replay.teams[id]?.index.final.members ?? {}).map((m) => m.nickname);
    teamSelect.append(h("option", { value: id }, teamOptionLabel(id, members)));
  }
  teamSelect.addEventListener("change", () => show(teamSelect.value, null, "push"));

  const problems = h(
    "p",
    { class: "banner", role: "status" },
    t("debrief.problems", { count: replay.problems.length }),
  );
  problems.hidden = replay.problems.length === 0;

  const url = (id: string, seq: number) => {
    const q = new URLSearchParams(location.search);
    q.set("team", id);
    q.set("seq", String(seq));
    return `${location.pathname}?${q}`;
  };

  const setTeam = (id: string) => {
    const timeline = replay.teams[id];
    if (!timeline) return;
    teamId = id;
    teamSelect.value = id;
    team = {
      session,
      s,
      teamId: id,
      timeline,
      final: timeline.index.final,
      jump: (seq) => {
        player.stop();
        show(id, seq, "push");
      },
    };
    player.team(team);
    moments.team(team);
    flow.team(team);
    charts.team(team);
    guided.team(team);
  };

  /** `seq` null: the end of the team's game. */
  function show(id: string, seq: number | null, history: "push" | "replace" | "none") {
    if (id !== teamId || !team) setTeam(id);
    if (!team) return;
    const { timeline } = team;
    const last = timeline.index.entries.at(-1)?.seq ?? 0;
    const target = seq ?? last;
    const href = url(id, target);
    if (history === "push" && href !== location.pathname + location.search)
      window.history.pushState(null, "", href);
    else if (history !== "none" || href !== location.pathname + location.search)
      window.history.replaceState(null, "", href);
    const count = timeline.index.countAt(target);
    const state = timeline.index.stateAt(target);
    const at = count === 0 ? timeline.start : (timeline.index.entries[count - 1]?.t ?? timeline.start);
    // The roles of the team as it played, also before its players had joined: their hands were already dealt.
    const present = new Set(
      [...Object.values(team.final.members), ...Object.values(state.members)].map((m) => m.role),
    );
    const order = s.roles.map((r) => r.id).filter((r) => present.has(r));
    shown = {
      ...team,
      seq: target,
      t: at,
      state,
      ...momentViews(s, state, order, CHAT_LINES),
    };
    summary.textContent = t("debrief.momentSummary", {
      team: id,
      count,
      total: timeline.index.entries.length,
      pooled: state.table.filter((x) => timeline.critical.includes(x.cardId)).length,
      critical: timeline.critical.length,
    });
    for (const part of [
      player,
      moments,
      scene,
      roles,
      teamState,
      decisions,
      flow,
      charts,
      analysis,
      ...extra,
    ])
      part.moment(shown);
    // At the moment of a decision, its panel opens: that is what the teacher came to look at.
    for (const m of timeline.moments)
      if (m.kind === "decision" && m.seq === target) decisions.open(m.decisionId);
  }

  const el = h(
    "div",
    { class: "debrief" },
    heading,
    problems,
    h("div", { class: "replay-top" }, player.el),
    ...extra.map((p) => p.el),
    h("div", { class: "replay-grid" }, moments.el, h("div", { class: "replay-now" }, scene.el, roles.el)),
    teamState.el,
    decisions.el,
    flow.el,
    charts.el,
    analysis.el,
    guided.el,
  );

  return {
    el,
    fromUrl() {
      const q = new URLSearchParams(location.search);
      const wanted = q.get("team") ?? "";
      const id = replay.teamIds.includes(wanted) ? wanted : (replay.teamIds[0] ?? "");
      const raw = q.get("seq");
      const seq = raw !== null && /^-?\d+$/.test(raw) ? Number(raw) : null;
      if (!id) return;
      player.stop();
      show(id, seq, "none");
    },
  };
}
