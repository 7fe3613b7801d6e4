// The teacher's pages: choose a scenario and create a session, then mission control with the join code.
import QRCode from "qrcode";
import type { HostSessionResponse } from "../../shared/protocol/session.ts";
import { lookupSession } from "../net/api.ts";
import {
  handOverSeat,
  joinAsHost,
  type SessionRoom,
  sendHostCommand,
  stayJoined,
} from "../net/connection.ts";
import { createSession, hostSession, listScenarios } from "../net/host-api.ts";
import { hostedSessions } from "../net/hosted.ts";
import { h, mount, showStatus } from "../ui/dom.ts";
import { errorText, language, t } from "../ui/i18n.ts";
import { createNotices } from "../ui/notices.ts";
import { createMissionControl } from "./mission/mission.ts";
import { debriefPath, sessionDate, teacherLinkBox } from "./mission/teacher-link.ts";
import type { Navigate } from "./routes.ts";
import {
  leftOutNotice,
  type ScenarioChoice,
  scenarioAbout,
  scenarioChoices,
  scenarioLabel,
} from "./scenario-choice.ts";

export async function hostCreatePage(navigate: Navigate) {
  const error = h("p", { class: "error", role: "alert" });
  const select = h("select", {
    id: "scenario",
    name: "scenario",
    required: true,
    "aria-describedby": "scenario-about",
  });
  const about = h("div", { id: "scenario-about", class: "scenario-about", "aria-live": "polite" });
  const leftOut = h("div", { class: "scenario-left-out-box" });
  const teamSize = h(
    "select",
    { id: "team-size", name: "teamSize" },
    h("option", { value: "3" }, "3"),
    h("option", { value: "2" }, "2"),
  );
  const submit = h("button", { type: "submit" }, t("host.create"));
  let choices: ScenarioChoice[] = [];
  const form = h(
    "form",
    { class: "card host-form", "aria-labelledby": "host-heading" },
    h("h1", { id: "host-heading" }, t("host.heading")),
    h("label", { for: "scenario" }, t("host.scenario")),
    select,
    about,
    leftOut,
    h("label", { for: "team-size" }, t("host.teamSize")),
    teamSize,
    submit,
    error,
    h(
      "p",
      { class: "preview-link" },
      h("a", { href: "/preview", onclick: navigate.link }, t("host.preview")),
    ),
  );
  const describe = () => {
    const chosen = choices.find((c) => c.scenario.id === select.value);
    about.replaceChildren(...(chosen ? scenarioAbout(chosen) : []));
  };
  select.addEventListener("change", describe);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = t("host.creating");
    try {
      const session = await createSession({
        scenarioId: select.value,
        language: language(),
        teamSize: Number(teamSize.value),
      });
      hostedSessions.save({
        code: session.code,
        hostKey: session.hostKey,
        scenarioTitle: choices.find((c) => c.scenario.id === select.value)?.scenario.title ?? select.value,
        createdAt: Date.now(),
        endedAt: null,
      });
      navigate.to(`/host/${session.code}`);
    } catch (e) {
      error.textContent = errorText(e);
      submit.disabled = false;
      submit.textContent = t("host.create");
    }
  });
  mount(form);

  try {
    const { scenarios, leftOut: broken } = await listScenarios();
    const notice = leftOutNotice(broken);
    leftOut.replaceChildren(...(notice ? [notice] : []));
    if (scenarios.length === 0) error.textContent = t("host.noScenarios");
    choices = scenarioChoices(scenarios, language());
    select.replaceChildren(...choices.map((c) => h("option", { value: c.scenario.id }, scenarioLabel(c))));
    // A first game in this browser starts with the practice round: every part of the game once, in minutes.
    const first = hostedSessions.all().length === 0;
    const preferred = first ? choices.find((c) => c.practice) : undefined;
    if (preferred) select.value = preferred.scenario.id;
    describe();
  } catch (e) {
    error.textContent = errorText(e);
  }
}

/** A teacher link carries the host key in the fragment, which never reaches the server or its logs. */
function takeKeyFromFragment(): string | undefined {
  const key = new URLSearchParams(location.hash.slice(1)).get("key")?.trim();
  // Out of the address bar at once: it is on the projector, and in the history of a shared classroom PC.
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
  return key || undefined;
}

/** This browser keeps what the server says, so the home page lists the session with its title and dates. */
function remember(info: HostSessionResponse, hostKey: string) {
  const before = hostedSessions.get(info.code);
  hostedSessions.save({
    code: info.code,
    hostKey,
    scenarioTitle: info.scenario.title,
    createdAt: info.createdAt,
    endedAt: info.endedAt ?? (info.status === "ended" ? (before?.endedAt ?? Date.now()) : null),
  });
}

function refusal(text: string): HTMLElement {
  return h(
    "section",
    { class: "card host-refusal" },
    h("p", { class: "error", role: "alert" }, text),
    h("a", { href: "/", class: "button secondary" }, t("host.allSessions")),
  );
}

export async function hostDashboardPage(code: string) {
  const fromLink = takeKeyFromFragment();
  const hostKey = fromLink ?? hostedSessions.hostKey(code);
  if (!hostKey) {
    mount(refusal(t("host.noKey", { code })));
    return;
  }
  let info: HostSessionResponse;
  try {
    info = await hostSession(code, hostKey);
  } catch (e) {
    const reason = e instanceof Error ? e.message : "";
    if (reason === "session_not_found") mount(refusal(t("host.gone", { code })));
    else if (reason === "host_key_invalid")
      mount(refusal(t(fromLink ? "host.linkInvalid" : "error.host_key_invalid", { code })));
    else mount(refusal(errorText(e)));
    return;
  }
  remember(info, hostKey);
  if (info.status === "ended" || !info.live || !info.roomId) {
    showNotRunning(info);
    return;
  }
  await liveMissionControl(info, hostKey);
}

/** Ended, idle-closed, or not rebuilt yet after a restart: never "does not exist" while the log is kept. */
function showNotRunning(info: HostSessionResponse) {
  const ended = info.status === "ended";
  const sentence = ended
    ? t("host.ended", { code: info.code, date: sessionDate(info.endedAt ?? info.createdAt) })
    : t("host.notRunning", { code: info.code });
  const page = h(
    "section",
    { class: "session-over", "aria-labelledby": "over-heading" },
    h("h1", { id: "over-heading" }, t("mission.heading")),
    h("p", { class: "muted" }, `${info.scenario.title} · ${t("home.hosted.code", { code: info.code })}`),
    h("p", { class: "banner", role: "status" }, sentence),
    h(
      "div",
      { class: "row" },
      h("a", { href: debriefPath(info.code), class: "button" }, t("host.toDebrief")),
      h("a", { href: "/", class: "button secondary" }, t("host.allSessions")),
    ),
    teacherLinkBox(info.teacherUrl),
  );
  mount(page);
  if (ended) return;
  // A restarted server rebuilds its sessions within moments; come back into mission control once it has.
  const retry = setInterval(async () => {
    if (!page.isConnected) return clearInterval(retry);
    const key = hostedSessions.hostKey(info.code);
    const now = key ? await hostSession(info.code, key).catch(() => undefined) : undefined;
    if (!page.isConnected || !now) return;
    if (now.live || now.status === "ended") {
      clearInterval(retry);
      void hostDashboardPage(info.code);
    }
  }, 5_000);
}

async function liveMissionControl(info: HostSessionResponse, hostKey: string) {
  const code = info.code;
  try {
    const session = await lookupSession(code);
    const qr = await QRCode.toString(session.joinUrl, { type: "svg", margin: 1 });
    const notice = h("p", { class: "error", role: "alert" });
    const notices = createNotices(notice);
    let room: SessionRoom | undefined;
    const panel = codePanel(code, session.joinUrl, qr);
    const mission = createMissionControl(
      {
        send: (type, payload) => {
          notices.clear(type);
          // A refused start was about the lobby as it stood; whatever the teacher does next answers it.
          notices.clear("host.start");
          if (room) sendHostCommand(room, type, payload);
        },
        handOver: (playerId) =>
          room ? handOverSeat(room, playerId) : Promise.reject(new TypeError("not connected")),
        roles: session.scenario.roles.map((r) => r.id),
        code,
        teacherUrl: info.teacherUrl,
      },
      notice,
      { scenarioTitle: info.scenario.title, codePanel: panel },
    );
    let endSeen = false;
    await stayJoined(code, (roomId) => joinAsHost(roomId, hostKey), {
      lobby: (lobby, current) => {
        room = current;
        mission.update(lobby);
        if (lobby.status === "ended" && !endSeen) {
          endSeen = true;
          hostedSessions.update(code, { endedAt: hostedSessions.get(code)?.endedAt ?? Date.now() });
        }
      },
      status: (state) => {
        showStatus(state === "ok" ? null : t(state === "lost" ? "conn.lost" : "conn.reconnecting"));
        // The room is gone for good (closed for inactivity, or ended and disposed): show where it stands now.
        if (state === "lost" && mission.el.isConnected)
          void hostSession(code, hostKey)
            .then((now) => {
              if (!now.live || now.status === "ended") {
                showStatus(null);
                remember(now, hostKey);
                showNotRunning(now);
              }
            })
            .catch(() => {});
      },
      error: (error) => notices.show(error),
    });
    mount(mission.el);
  } catch (e) {
    mount(refusal(errorText(e)));
  }
}

function codePanel(code: string, joinUrl: string, qrSvg: string): HTMLElement {
  const qr = h("div", { class: "qr", "aria-hidden": "true" });
  qr.innerHTML = qrSvg; // generated locally from our own URL, not user input
  return h(
    "section",
    { class: "code-panel" },
    h("p", {}, t("host.joinAt", { url: joinUrl.replace(/\/join\/.*$/, "/join") })),
    h("p", { class: "join-code", "data-testid": "join-code", "aria-label": t("host.code") }, code),
    qr,
  );
}
