// The live list of players in a session, shared by the teacher's dashboard and the students' lobby.
import type { LobbyPlayerSnapshot, LobbySnapshot } from "../../shared/protocol/lobby.ts";
import { h } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";
import { roleName } from "../ui/labels.ts";

/**
 * One player's row, in the students' lobby and in mission control alike: the only element on a page with
 * `data-player`, so tests find each player once. Shows the role balanced so far, else the one asked for.
 */
export function playerItem(p: LobbyPlayerSnapshot, extra?: Node | null, own = false): HTMLElement {
  return h(
    "li",
    { class: p.connected ? "player" : "player offline", "data-player": p.nickname },
    h("span", { class: "nickname" }, p.nickname),
    own ? h("span", { class: "you" }, ` (${t("lobby.you")})`) : null,
    h("span", { class: "role" }, roleName(p.role || p.preferredRole)),
    p.connected ? null : h("span", { class: "badge" }, t("lobby.offline")),
    extra,
  );
}

export function renderPlayerList(lobby: LobbySnapshot, ownSessionId?: string): HTMLElement {
  const players = Object.values(lobby.players).sort((a, b) => a.nickname.localeCompare(b.nickname, "nl"));
  return h(
    "section",
    { "aria-labelledby": "players-heading" },
    h("h2", { id: "players-heading" }, t("host.players", { count: players.length })),
    players.length === 0 ? h("p", { class: "muted" }, t("host.waiting")) : null,
    h(
      "ul",
      { class: "players", "data-testid": "players" },
      ...players.map((p) => playerItem(p, null, p.sessionId === ownSessionId)),
    ),
  );
}
