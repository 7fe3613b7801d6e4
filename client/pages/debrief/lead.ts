// "De klas laten meekijken": after the end the teacher's replay drives every student's screen. The page joins the
// session's room as host (the server boots it from the log again if it closed: the next day, or after a restart)
// and sends the team and moment it shows, at most a few a second.
import { DebriefRoomResponse, type LeadCommandPayloads } from "../../../shared/protocol/lead.ts";
import { joinAsHost, lobbyOf, type ServerError, type SessionRoom } from "../../net/connection.ts";
import { hostSession } from "../../net/host-api.ts";
import { hostedSessions } from "../../net/hosted.ts";
import { h } from "../../ui/dom.ts";
import { errorText, t } from "../../ui/i18n.ts";
import type { MomentContext, Part } from "./context.ts";
import { clock } from "./labels.ts";

/** The page sends at most this often; the server also keeps to its own pace, and the latest moment wins. */
const SEND_MS = 250;

const devPort: string | undefined = import.meta.env.VITE_GAME_SERVER_PORT;
const serverUrl = devPort ? `${location.protocol}//${location.hostname}:${devPort}` : location.origin;

/** `POST /api/sessions/<code>/room`: the session's room, booted again from the log when it had closed. */
async function openRoom(code: string, hostKey: string): Promise<DebriefRoomResponse> {
  const response = await fetch(`${serverUrl}/api/sessions/${encodeURIComponent(code)}/room`, {
    method: "POST",
    headers: { Authorization: `Bearer ${hostKey}` },
  });
  const body: unknown = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(String((body as { error?: unknown }).error ?? "unknown"));
  return DebriefRoomResponse.parse(body);
}

type Availability = "checking" | "ready" | "notEnded" | "notLive" | "noKey" | "failed";

const teamNumber = (teamId: string) => Number(teamId.slice(1)) || teamId;

export function createLead(code: string, fromFile: boolean): Part & { dispose(): void } {
  const hostKey = fromFile ? undefined : hostedSessions.hostKey(code);
  const toggle = h(
    "button",
    { type: "button", class: "lead-toggle", "aria-pressed": "false", disabled: true },
    t("lead.start"),
  );
  const status = h("p", { class: "lead-status", role: "status", "data-testid": "lead-status" });
  const problem = h("p", { class: "error", role: "alert" });
  const el = h(
    "section",
    { class: "panel lead-panel", "aria-labelledby": "lead-heading" },
    h("h2", { id: "lead-heading" }, t("lead.heading")),
    h("p", { class: "muted" }, t("lead.intro")),
    h("div", { class: "row" }, toggle, status),
    problem,
  );

  let availability: Availability = "checking";
  let room: SessionRoom | undefined;
  /** Where students get back in; known once the room is open. */
  let joinUrl = "";
  const rejoin = h("p", { class: "muted lead-rejoin", "data-testid": "lead-rejoin", hidden: true });
  el.append(rejoin);
  let leading = false;
  let shown: { teamId: string; seq: number; elapsed: number } | undefined;
  let sentAt = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const students = () => {
    const lobby = room && lobbyOf(room);
    return lobby ? Object.values(lobby.players).filter((p) => p.connected).length : 0;
  };

  const draw = () => {
    toggle.disabled = availability !== "ready" && availability !== "notLive";
    rejoin.hidden = !(leading && joinUrl);
    rejoin.textContent = joinUrl ? t("lead.rejoin", { url: joinUrl }) : "";
    toggle.setAttribute("aria-pressed", String(leading));
    toggle.textContent = t(leading ? "lead.stop" : "lead.start");
    if (leading && shown)
      status.textContent = t("lead.leading", {
        team: teamNumber(shown.teamId),
        time: clock(shown.elapsed),
        count: students(),
      });
    else
      status.textContent =
        availability === "checking"
          ? t("lead.checking")
          : availability === "notEnded"
            ? t("lead.notEnded")
            : availability === "notLive"
              ? t("lead.notLive")
              : availability === "noKey"
                ? t("lead.fromFile")
                : availability === "failed"
                  ? t("lead.unavailable")
                  : t("lead.ready");
  };

  const send = () => {
    pending = undefined;
    if (!room || !leading || !shown) return;
    sentAt = Date.now();
    const payload: LeadCommandPayloads["host.lead"] = { teamId: shown.teamId, seq: shown.seq };
    room.send("host.lead", payload);
  };
  /** Latest wins: a burst of moments while scrubbing becomes one send now and one with the last moment. */
  const sendSoon = () => {
    if (pending !== undefined) return;
    const wait = sentAt + SEND_MS - Date.now();
    if (wait <= 0) send();
    else pending = setTimeout(send, wait);
  };

  const connect = async (): Promise<SessionRoom | undefined> => {
    if (room) return room;
    if (!hostKey) return undefined;
    if (availability === "notLive") status.textContent = t("lead.opening");
    const opened = await openRoom(code, hostKey);
    joinUrl = opened.joinUrl;
    const joined = await joinAsHost(opened.roomId, hostKey);
    joined.onMessage("ack", () => {});
    joined.onMessage("error", (raw: ServerError) => {
      if (!raw.command.startsWith("host.lead")) return;
      leading = false;
      problem.textContent = raw.message;
      draw();
    });
    joined.onStateChange(() => draw());
    joined.onLeave(() => {
      room = undefined;
      if (leading) problem.textContent = t("lead.lost");
      leading = false;
      draw();
    });
    room = joined;
    availability = "ready";
    return joined;
  };

  toggle.addEventListener("click", async () => {
    problem.textContent = "";
    if (leading) {
      leading = false;
      clearTimeout(pending);
      pending = undefined;
      room?.send("host.lead.stop", {});
      draw();
      return;
    }
    toggle.disabled = true;
    try {
      if (!(await connect())) return;
      leading = true;
      send();
    } catch (e) {
      const code = e instanceof Error ? e.message : "";
      problem.textContent =
        code === "lead_not_ended" || code === "lead_code_in_use"
          ? errorText(e)
          : t("lead.failed", { problem: errorText(e) });
    } finally {
      draw();
    }
  });

  void (async () => {
    if (!hostKey) {
      availability = "noKey";
      return draw();
    }
    try {
      const status = await hostSession(code, hostKey);
      availability =
        status.status !== "ended" ? "notEnded" : !status.live || !status.roomId ? "notLive" : "ready";
    } catch {
      availability = "failed";
    }
    draw();
  })();
  draw();

  return {
    el,
    moment(ctx: MomentContext) {
      shown = { teamId: ctx.teamId, seq: ctx.seq, elapsed: ctx.t - ctx.timeline.start };
      if (leading) sendSoon();
      draw();
    },
    dispose() {
      clearTimeout(pending);
      if (room) {
        if (leading) room.send("host.lead.stop", {});
        void room.leave();
      }
      room = undefined;
      leading = false;
    },
  };
}

let kept: { code: string; part: ReturnType<typeof createLead> } | undefined;

/** One lead per session on screen: redrawing the page (projector mode) must not drop the class's connection. */
export function leadFor(code: string, fromFile: boolean) {
  if (kept?.code === code && !fromFile) return kept.part;
  kept?.part.dispose();
  kept = { code, part: createLead(code, fromFile) };
  return kept.part;
}
