// The live list of players in a session, shared by the teacher's dashboard and the students' lobby.
import type { LobbySnapshot } from "../../shared/protocol/lobby.ts";
import { h } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";
import { roleName } from "../ui/labels.ts";

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
      ...players.map((p) =>
        h(
          "li",
          { class: p.connected ? "player" : "player offline", "data-player": p.nickname },
          h("span", { class: "nickname" }, p.nickname),
          p.sessionId === ownSessionId ? h("span", { class: "you" }, ` (${t("lobby.you")})`) : null,
          h("span", { class: "role" }, roleName(p.preferredRole)),
          p.connected ? null : h("span", { class: "badge" }, t("lobby.offline")),
        ),
      ),
    ),
  );
}
