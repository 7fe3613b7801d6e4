// "De klas laten meekijken": while the session's room still runs after the end, the teacher's replay drives every
// student's screen. The page joins the room as host and sends the team and moment it shows, at most a few a second.
import type { LeadCommandPayloads } from "../../../shared/protocol/lead.ts";
import {
  hostSession,
  joinAsHost,
  lobbyOf,
  type ServerError,
  type SessionRoom,
} from "../../net/connection.ts";
import { hostedSessions } from "../../net/hosted.ts";
import { h } from "../../ui/dom.ts";
import { errorText, t } from "../../ui/i18n.ts";
import type { MomentContext, Part } from "./context.ts";
import { clock } from "./labels.ts";

/** The page sends at most this often; the server also keeps to its own pace, and the latest moment wins. */
const SEND_MS = 250;

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
  let roomId: string | null = null;
  let room: SessionRoom | undefined;
  let leading = false;
  let shown: { teamId: string; seq: number; elapsed: number } | undefined;
  let sentAt = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const students = () => {
    const lobby = room && lobbyOf(room);
    return lobby ? Object.values(lobby.players).filter((p) => p.connected).length : 0;
  };

  const draw = () => {
    toggle.disabled = availability !== "ready";
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
    if (!roomId || !hostKey) return undefined;
    const joined = await joinAsHost(roomId, hostKey);
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
      problem.textContent = t("lead.failed", { problem: errorText(e) });
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
      roomId = status.roomId;
      availability = !status.live || !roomId ? "notLive" : status.status !== "ended" ? "notEnded" : "ready";
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
