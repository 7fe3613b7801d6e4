// The live list of players in a session, shared by the teacher's dashboard and the students' lobby.
import type { LobbyPlayerSnapshot, LobbySnapshot } from "../../shared/protocol/lobby.ts";
import { h } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";
import { roleName, roleNameInSentence } from "../ui/labels.ts";

/**
 * One player's row, in the students' lobby and in mission control alike: the only element on a page with
 * `data-player`, so tests find each player once. Shows the role balanced so far, else the one asked for.
 */
export function playerItem(
  p: LobbyPlayerSnapshot,
  extra?: Node | null,
  own = false,
  /** Mission control's compact cards: the role's short id (AIOS, SW), its full name on hover and for readers. */
  short = false,
): HTMLElement {
  const role = p.role || p.preferredRole;
  return h(
    "li",
    { class: p.connected ? "player" : "player offline", "data-player": p.nickname },
    h("span", { class: "nickname" }, p.nickname),
    own ? h("span", { class: "you" }, ` (${t("lobby.you")})`) : null,
    short && role
      ? h("span", { class: "role" }, h("abbr", { title: roleName(role) }, role))
      : h("span", { class: "role" }, roleName(role)),
    p.connected ? null : h("span", { class: "badge" }, t("lobby.offline")),
    extra,
  );
}

const byName = (a: LobbyPlayerSnapshot, b: LobbyPlayerSnapshot) => a.nickname.localeCompare(b.nickname, "nl");

/** The role this student asked for, when balancing gave them another: said plainly, so it is no surprise. */
function roleNote(own: LobbyPlayerSnapshot): HTMLElement | null {
  if (!own.preferredRole || !own.role || own.preferredRole === own.role) return null;
  return h(
    "p",
    { class: "role-note" },
    t("lobby.roleNotHonoured", {
      asked: roleNameInSentence(own.preferredRole),
      role: roleNameInSentence(own.role),
    }),
  );
}

/**
 * The lobby as a student reads it with 30 names on the list: first their own team (themselves, then their
 * teammates), with a word if they did not get the role they asked for; then everyone else.
 */
export function renderPlayerList(lobby: LobbySnapshot, ownSessionId?: string): HTMLElement {
  const players = Object.values(lobby.players).sort(byName);
  const own = players.find((p) => ownSessionId !== undefined && p.sessionId === ownSessionId);
  const mates = own?.teamId ? players.filter((p) => p !== own && p.teamId === own.teamId) : [];
  const others = players.filter((p) => p !== own && !mates.includes(p));
  const item = (p: LobbyPlayerSnapshot) => playerItem(p, null, p === own);
  const mine = own
    ? h(
        "section",
        { class: "own-team", "aria-labelledby": "own-team-heading" },
        h(
          "h3",
          { id: "own-team-heading" },
          own.teamId ? t("lobby.yourTeam", { team: own.teamId }) : t("lobby.teamOf"),
        ),
        own.teamId ? null : h("p", { class: "muted" }, t("lobby.noTeamYet")),
        roleNote(own),
        h("ul", { class: "players own" }, item(own), ...mates.map(item)),
      )
    : null;
  return h(
    "section",
    { "aria-labelledby": "players-heading" },
    h("h2", { id: "players-heading" }, t("host.players", { count: players.length })),
    players.length === 0 ? h("p", { class: "muted" }, t("host.waiting")) : null,
    mine,
    mine && others.length > 0
      ? h("h3", { id: "others-heading" }, t("lobby.others", { count: others.length }))
      : null,
    h("ul", { class: "players", "data-testid": "players" }, ...others.map(item)),
  );
}
