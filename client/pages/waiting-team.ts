// A student whose team was formed after the start and has not begun: a clear waiting screen, never a half-built play
// page. What the team still needs comes from the engine (the view's `startNeeds`); the case can be read meanwhile.
import type { TeamView } from "../../shared/scenario/views.ts";
import { h } from "../ui/dom.ts";
import { t } from "../ui/i18n.ts";
import { roleName, roleNameInSentence } from "../ui/labels.ts";

function needsText(needs: readonly string[]): string {
  if (needs.length === 0) return t("waiting.complete");
  const names = needs.map(roleNameInSentence);
  const last = names.pop() ?? "";
  return names.length === 0
    ? t("waiting.needsOne", { role: last })
    : t("waiting.needsMany", { roles: names.join(", "), last });
}

export function createWaitingTeam() {
  const heading = h("h1", { id: "waiting-heading", tabindex: "-1" });
  const role = h("p", { class: "waiting-role" });
  const needs = h("p", { class: "waiting-needs", role: "status" });
  const members = h("ul", { class: "players", "aria-labelledby": "waiting-members" });
  const casus = h("div", { class: "waiting-casus" });
  const el = h(
    "section",
    { class: "waiting-team card", "aria-labelledby": heading.id, "data-testid": "waiting-team" },
    heading,
    role,
    needs,
    h("p", { class: "muted" }, t("waiting.teacherMay")),
    h("h2", { id: "waiting-members" }, t("waiting.members")),
    members,
    casus,
  );
  return {
    el,
    update(view: TeamView, me: { playerId: string; role: string }) {
      heading.textContent = t("waiting.heading", { team: view.teamId });
      role.textContent = t("waiting.yourRole", { role: roleName(me.role) });
      needs.textContent = needsText(view.startNeeds);
      members.replaceChildren(
        ...view.members.map((m) =>
          h(
            "li",
            { class: m.connected ? "player" : "player offline" },
            h("span", { class: "nickname" }, m.nickname),
            m.playerId === me.playerId ? h("span", { class: "you" }, ` (${t("lobby.you")})`) : null,
            h("span", { class: "role" }, roleName(m.role)),
          ),
        ),
      );
      casus.replaceChildren(
        h("h2", {}, t("waiting.casus", { title: view.casus.title })),
        h("p", {}, view.casus.summary),
      );
    },
  };
}
