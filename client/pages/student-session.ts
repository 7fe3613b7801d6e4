// A student's time in a session: the lobby until their team starts, then the play view of their own role.
import type { TeamView } from "../../shared/scenario/views.ts";
import {
  joinAsPlayer,
  ownSeat,
  type SessionRoom,
  type SessionSnapshot,
  sendCommand,
  stayJoined,
  viewOf,
} from "../net/connection.ts";
import { type StoredSeat, seatStore } from "../net/seat-store.ts";
import { h, mount, showStatus } from "../ui/dom.ts";
import { errorText, language, t } from "../ui/i18n.ts";
import { createNotices } from "../ui/notices.ts";
import { joinPage } from "./join.ts";
import { renderPlayerList } from "./lobby-list.ts";
import type { Part } from "./play/context.ts";
import { createLeadFollow } from "./play/lead-follow.ts";
import { createPlayPage } from "./play/play-page.ts";
import { createSeatPin } from "./seat-pin.ts";
import { createWaitingTeam } from "./waiting-team.ts";

/**
 * How this join asks for its seat: `rejoin` for a stored seat coming back (the server then refuses rather than
 * make a new seat), `pin` to take the seat of this nickname to this device.
 */
export type EnterHow = { rejoin?: boolean; pin?: string };

/**
 * Joins with the seat's token; on success the seat is remembered and the lobby or game replaces the page. A failed
 * try never touches another stored seat; the stored seat itself goes only when the server says it has none here.
 */
export async function enterSession(
  seat: StoredSeat,
  onError?: (e: unknown) => void,
  how: EnterHow = {},
): Promise<boolean> {
  const pinLine = createSeatPin(seat.pin);
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
      pinLine.el,
      lobbyNotice,
      players,
    );

  const waiting = createWaitingTeam();
  let playSeat = "";
  /** The play page goes (lobby, another seat, taken over): its store lets go of every part at once. */
  const dropPlay = () => {
    play?.destroy?.();
    play = undefined;
  };
  const render = () => {
    if (!joined || !latest || !room) return;
    const own = ownSeat(latest, room);
    if (own) me = { playerId: own.id, role: own.role };
    const view: TeamView | undefined =
      own?.teamId && own.role ? viewOf(latest, own.teamId, own.role) : undefined;
    if (view?.status === "lobby") {
      // A team of late arrivals that has not begun: a waiting screen (waiting-team.ts), not a half-built play page.
      dropPlay();
      if (!waiting.el.isConnected) {
        mount(waiting.el);
        waiting.el.append(pinLine.el);
      }
      waiting.update(view, me);
      return;
    }
    // Moved to another team or role by the teacher: a fresh play page for the new seat.
    if (play && view && playSeat !== `${view.teamId}/${me.role}`) dropPlay();
    if (view) {
      if (!play) {
        playSeat = `${view.teamId}/${me.role}`;
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
        // Small, in the header, where the student finds it when they need to move to another device.
        (play.el.querySelector(".play-header") ?? play.el).append(pinLine.el);
      }
      play.update(view);
      return;
    }
    if (play || !players.isConnected) {
      dropPlay();
      showLobby();
    }
    lobbyNotice.textContent = own?.teamId && latest.status === "playing" ? t("play.waitingTeam") : "";
    players.replaceChildren(renderPlayerList(latest, room.sessionId));
  };

  // Only the first try carries the PIN: a later rejoin (after a drop) comes back with the token, so a seat taken to
  // another device meanwhile is not taken back behind the student's back.
  let first = true;
  const join = (roomId: string) => {
    const pin = first ? how.pin : undefined;
    const rejoin = first ? how.rejoin === true : true;
    first = false;
    return joinAsPlayer(roomId, {
      nickname: seat.nickname,
      role: seat.role,
      playerToken: seat.token,
      language: language(),
      ...(pin ? { pin } : {}),
      ...(rejoin ? { rejoin } : {}),
    });
  };
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
      ack: (command) => notices.accepted(command),
      pin: (pin) => {
        seat.pin = pin;
        pinLine.set(pin);
        if (joined) seatStore.save(seat);
      },
      takenOver: () => {
        joined = false;
        dropPlay();
        showStatus(null);
        showTakenOver(seat);
      },
    });
    if (how.pin) seat.pin = how.pin;
    seatStore.save(seat);
    joined = true;
    showLobby();
    render();
    return true;
  } catch (e) {
    // Only the server's word that this very token has no seat here lets the stored seat go.
    const stored = seatStore.load(seat.code);
    if (errorCode(e) === "seat_unknown" && stored?.token === seat.token) seatStore.forget(seat.code);
    onError?.(e);
    return false;
  }
}

const errorCode = (e: unknown) => (e instanceof Error ? e.message : "");

/** This tab lost its seat to another device or tab: say so, and offer to take it back here. */
function showTakenOver(seat: StoredSeat) {
  const error = h("p", { class: "error", role: "alert" });
  const back = h("button", { type: "button" }, t("seat.takeBack"));
  back.addEventListener("click", async () => {
    back.disabled = true;
    error.textContent = "";
    // The newest stored seat (another tab of this browser may have saved a newer PIN) and its PIN if known.
    const now = seatStore.load(seat.code) ?? seat;
    const pin = now.pin ?? seat.pin;
    let gone = false;
    const onError = (e: unknown) => {
      gone = errorCode(e) === "seat_unknown";
      error.textContent = errorText(e);
    };
    if (await enterSession(now, onError, pin ? { pin } : { rejoin: true })) return;
    back.disabled = false;
    // The seat is not this browser's any more: the join form, name filled in, can ask for the PIN.
    if (gone) void joinPage(seat.code, { nickname: seat.nickname });
  });
  mount(
    h(
      "section",
      { class: "card taken-over", "aria-labelledby": "taken-over-heading" },
      h("h1", { id: "taken-over-heading" }, t("seat.takenOver.heading")),
      h("p", {}, t("seat.takenOver.text")),
      back,
      error,
    ),
  );
}
