// The teacher's pages: choose a scenario and create a session, then mission control with the join code.
import QRCode from "qrcode";
import {
  createSession,
  hostKeyStore,
  joinAsHost,
  listScenarios,
  lookupSession,
  type SessionRoom,
  sendHostCommand,
  stayJoined,
} from "../net/connection.ts";
import { h, mount, showStatus } from "../ui/dom.ts";
import { errorText, language, t } from "../ui/i18n.ts";
import { createNotices } from "../ui/notices.ts";
import { createMissionControl } from "./mission/mission.ts";
import type { Navigate } from "./routes.ts";

export async function hostCreatePage(navigate: Navigate) {
  const error = h("p", { class: "error", role: "alert" });
  const select = h("select", { id: "scenario", name: "scenario", required: true });
  const teamSize = h(
    "select",
    { id: "team-size", name: "teamSize" },
    h("option", { value: "3" }, "3"),
    h("option", { value: "2" }, "2"),
  );
  const submit = h("button", { type: "submit" }, t("host.create"));
  const form = h(
    "form",
    { class: "card", "aria-labelledby": "host-heading" },
    h("h1", { id: "host-heading" }, t("host.heading")),
    h("label", { for: "scenario" }, t("host.scenario")),
    select,
    h("label", { for: "team-size" }, t("host.teamSize")),
    teamSize,
    submit,
    error,
  );
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
      hostKeyStore.save(session.code, session.hostKey);
      navigate.to(`/host/${session.code}`);
    } catch (e) {
      error.textContent = errorText(e);
      submit.disabled = false;
      submit.textContent = t("host.create");
    }
  });
  mount(form);

  try {
    const { scenarios } = await listScenarios();
    if (scenarios.length === 0) error.textContent = t("host.noScenarios");
    for (const s of scenarios)
      select.append(h("option", { value: s.id }, `${s.title} (${s.durationMinutes} min)`));
  } catch (e) {
    error.textContent = errorText(e);
  }
}

export async function hostDashboardPage(code: string) {
  const hostKey = hostKeyStore.load(code);
  if (!hostKey) {
    mount(h("p", { class: "error", role: "alert" }, t("error.host_key_invalid")));
    return;
  }
  try {
    const session = await lookupSession(code);
    const qr = await QRCode.toString(session.joinUrl, { type: "svg", margin: 1 });
    const notice = h("p", { class: "error", role: "alert" });
    const notices = createNotices(notice);
    let room: SessionRoom | undefined;
    const mission = createMissionControl(
      {
        send: (type, payload) => {
          notices.clear(type);
          if (room) sendHostCommand(room, type, payload);
        },
        roles: session.scenario.roles.map((r) => r.id),
      },
      notice,
    );
    const panel = codePanel(code, session.joinUrl, qr);
    await stayJoined(code, (roomId) => joinAsHost(roomId, hostKey), {
      lobby: (lobby, current) => {
        room = current;
        // Late arrivals still need the code during play, but the teams need the screen.
        panel.classList.toggle("compact", lobby.status !== "lobby");
        mission.update(lobby);
      },
      status: (state) =>
        showStatus(state === "ok" ? null : t(state === "lost" ? "conn.lost" : "conn.reconnecting")),
      error: (error) => notices.show(error),
    });
    mount(panel, mission.el);
  } catch (e) {
    mount(h("p", { class: "error", role: "alert" }, errorText(e)));
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
