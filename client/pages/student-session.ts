// A student's time in a session: the lobby until their team starts, then the play view of their own role.
import type { TeamView } from "../../shared/scenario/views.ts";
import {
  joinAsPlayer,
  ownSeat,
  type SessionRoom,
  type SessionSnapshot,
  type StoredSeat,
  seatStore,
  sendCommand,
  stayJoined,
  viewOf,
} from "../net/connection.ts";
import { h, mount, showStatus } from "../ui/dom.ts";
import { language, t } from "../ui/i18n.ts";
import { createNotices } from "../ui/notices.ts";
import { renderPlayerList } from "./lobby-list.ts";
import type { Part } from "./play/context.ts";
import { createLeadFollow } from "./play/lead-follow.ts";
import { createPlayPage } from "./play/play-page.ts";

/** Joins with the seat's token; on success the seat is remembered and the lobby or game replaces the page. */
export async function enterSession(seat: StoredSeat, onError?: (e: unknown) => void): Promise<boolean> {
  const players = h("div", {});
  const lobbyNotice = h("p", { class: "error", role: "alert" });
  const fallback = h("p", { class: "error", role: "alert" });
  const notices = createNotices(fallback);
  /** After the end: the teacher's replay, shown instead of the student's own screen while they follow it. */
  const follow = createLeadFollow();
  let room: SessionRoom | undefined;
  let me = { playerId: "", role: "" };
  let play: Part | undefined;
  let joined = false;
  let latest: SessionSnapshot | undefined;

  const showLobby = () =>
    mount(
      h("h1", {}, t("lobby.heading")),
      h("p", { class: "muted" }, t("lobby.waitingForHost")),
      lobbyNotice,
      players,
    );

  const render = () => {
    if (!joined || !latest || !room) return;
    const own = ownSeat(latest, room);
    if (own) me = { playerId: own.id, role: own.role };
    const view: TeamView | undefined =
      own?.teamId && own.role ? viewOf(latest, own.teamId, own.role) : undefined;
    if (view) {
      if (!play) {
        play = createPlayPage(
          {
            send: (type, payload) => {
              notices.clear(type);
              if (room) sendCommand(room, type, payload);
            },
            playerId: () => me.playerId,
            role: () => me.role,
            notices,
          },
          fallback,
        );
        mount(...follow.around(play.el));
      }
      play.update(view);
      return;
    }
    if (play || !players.isConnected) {
      play = undefined;
      showLobby();
    }
    lobbyNotice.textContent = own?.teamId && latest.status === "playing" ? t("play.waitingTeam") : "";
    players.replaceChildren(renderPlayerList(latest, room.sessionId));
  };

  const join = (roomId: string) =>
    joinAsPlayer(roomId, {
      nickname: seat.nickname,
      role: seat.role,
      playerToken: seat.token,
      language: language(),
    });
  try {
    await stayJoined(seat.code, join, {
      lobby: (lobby, current) => {
        room = current;
        follow.attach(current);
        latest = lobby;
        render();
      },
      status: (state) => {
        if (state === "ok") follow.resync();
        showStatus(state === "ok" ? null : t(state === "lost" ? "conn.lost" : "conn.reconnecting"));
      },
      error: (error) => notices.show(error),
    });
    seatStore.save(seat);
    joined = true;
    showLobby();
    render();
    return true;
  } catch (e) {
    seatStore.forget(seat.code);
    onError?.(e);
    return false;
  }
}
