// "Verplaatsen": one player to another team and role, before the start and during play alike. During play the
// server runs the move through the engine; this form only says up front which seats a connected player holds.
import { type SeatSnapshot, teamNumber } from "../../net/connection.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import { roleName } from "../../ui/labels.ts";
import type { MissionContext } from "./context.ts";

export function nextTeamId(teamIds: string[]): string {
  return `T${Math.max(0, ...teamIds.map(teamNumber)) + 1}`;
}

/** Every team someone is in (and any the caller adds), in team order. */
export function knownTeams(seats: readonly SeatSnapshot[], extra: readonly string[] = []): string[] {
  const ids = new Set([...seats.map((s) => s.teamId), ...extra].filter((id) => id !== ""));
  return [...ids].sort((a, b) => teamNumber(a) - teamNumber(b));
}

/**
 * A details control per player. `seats` are everyone's lobby seats: during play (`playing`) a seat held by a
 * connected player is marked in the role list and the hint says so; the server refuses such a move anyway.
 */
export function moveControl(
  ctx: MissionContext,
  p: SeatSnapshot,
  teamIds: string[],
  seats: readonly SeatSnapshot[] = [],
  playing = false,
): HTMLElement {
  const form = moveForm(ctx, p, teamIds, seats, playing);
  const details = h(
    "details",
    { class: "move", id: `move-${p.id}` },
    h("summary", { "aria-label": t("mission.moveTitle", { name: p.nickname }) }, t("mission.move")),
    form,
  );
  details.addEventListener("toggle", () => form.dispatchEvent(new Event("focusin")));
  return details;
}

/** The form alone: team, role, the button, and a hint about the seat chosen. */
export function moveForm(
  ctx: MissionContext,
  p: SeatSnapshot,
  teamIds: string[],
  seats: readonly SeatSnapshot[] = [],
  playing = false,
  legend: string | null = null,
): HTMLFormElement {
  const fresh = nextTeamId(teamIds);
  const team = h(
    "select",
    { id: `move-team-${p.id}` },
    ...teamIds.map((id) =>
      h("option", { value: id, selected: id === p.teamId }, t("mission.team", { team: id })),
    ),
    h("option", { value: fresh }, t("mission.newTeam", { team: fresh })),
  );
  const holder = (teamId: string, role: string) =>
    seats.find((s) => s.id !== p.id && s.teamId === teamId && s.role === role);
  const roleOption = (r: string) => {
    const held = playing ? holder(team.value, r) : undefined;
    const label = held?.connected
      ? t("mission.moveRoleHeld", { role: roleName(r), name: held.nickname })
      : roleName(r);
    return h("option", { value: r, selected: r === p.role }, label);
  };
  const role = h("select", { id: `move-role-${p.id}` }, ...ctx.roles.map(roleOption));
  const hint = h("p", { class: "muted move-hint", id: `move-hint-${p.id}`, "aria-live": "polite" });
  const submit = h(
    "button",
    { type: "submit", id: `move-submit-${p.id}`, "aria-describedby": hint.id },
    t("mission.move"),
  );
  const refresh = () => {
    if (!playing) return;
    const chosen = role.value;
    role.replaceChildren(...ctx.roles.map(roleOption));
    role.value = chosen;
    const held = holder(team.value, role.value);
    const same = team.value === p.teamId && role.value === p.role;
    hint.textContent = same
      ? t("mission.moveSame")
      : held?.connected
        ? t("mission.moveHeld", { name: held.nickname })
        : held
          ? t("mission.moveSwap", { name: held.nickname })
          : "";
    submit.disabled = same;
  };
  // Also on opening and focus: a re-draw of mission control restores the chosen values without a change event.
  team.addEventListener("change", refresh);
  role.addEventListener("change", refresh);
  const form = h(
    "form",
    { class: "move-form", "aria-label": t("mission.moveTitle", { name: p.nickname }) },
    legend ? h("span", { class: "nickname" }, legend) : null,
    h("label", { for: team.id }, t("mission.moveTeam")),
    team,
    h("label", { for: role.id }, t("mission.moveRole")),
    role,
    submit,
    hint,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ctx.send("host.move", { playerId: p.id, teamId: team.value, role: role.value });
  });
  form.addEventListener("focusin", refresh);
  refresh();
  return form;
}

/** The control during play, for mission control's per-player slot: every team someone is in, every seat's holder. */
export function movePlayer(
  ctx: MissionContext,
  p: SeatSnapshot,
  seats: readonly SeatSnapshot[],
): HTMLElement {
  return moveControl(ctx, p, knownTeams(seats), seats, true);
}
