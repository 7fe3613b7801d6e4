// Projector mode for the debrief on the class screen: teams by number, roles instead of nicknames, larger text.
// The nicknames are replaced in the log itself before it is replayed, so every part of the page (and every part
// added later) can only show what the class may see. The URL keeps the mode (?projector=1).
import { openSessionReplay } from "../../../scenarios/engine/session-replay.ts";
import { hideNames } from "../../../shared/protocol/lead.ts";
import { h } from "../../ui/dom.ts";
import { t } from "../../ui/i18n.ts";
import type { LoadedSession } from "./load.ts";

export const projectorOn = () => new URLSearchParams(location.search).get("projector") === "1";

/** "Team 2" in projector mode; otherwise the team with its players, as the replay names it. */
export function teamOptionLabel(teamId: string, players: string[]): string {
  return projectorOn()
    ? t("lead.projector.team", { number: Number(teamId.slice(1)) || teamId })
    : t("debrief.teamOption", { team: teamId, players: players.join(", ") });
}

/**
 * Each player as their role id in their team ("SW", or "SW 2" when a team had two), in every entry: the join
 * entries' nicknames and any mention of a nickname in typed text (chat, introductions, rationales).
 */
export function pseudonyms(entries: LoadedSession["data"]["entries"]): Map<string, string> {
  const byPlayer = new Map<string, string>();
  const taken = new Map<string, number>();
  for (const e of entries)
    if (e.type === "team.join" && e.team) {
      const p = e.payload as { playerId: string; role: string };
      if (byPlayer.has(p.playerId)) continue;
      const key = `${e.team}/${p.role}`;
      const n = (taken.get(key) ?? 0) + 1;
      taken.set(key, n);
      byPlayer.set(p.playerId, n === 1 ? p.role : `${p.role} ${n}`);
    }
  let unplaced = 0;
  const names = new Map<string, string>();
  for (const e of entries)
    if (e.type === "lobby.join" || e.type === "team.join") {
      const p = e.payload as { playerId: string; nickname: string };
      const alias = byPlayer.get(p.playerId) ?? t("lead.projector.player", { number: ++unplaced });
      byPlayer.set(p.playerId, alias);
      names.set(p.nickname, alias);
    }
  return names;
}

const cache = new WeakMap<LoadedSession, LoadedSession>();

/** The same session with every nickname replaced, folded again; kept, so toggling back and forth is instant. */
export function forProjector(session: LoadedSession): LoadedSession {
  const known = cache.get(session);
  if (known) return known;
  const names = pseudonyms(session.data.entries);
  const entries = hideNames(session.data.entries, names);
  const data = { ...session.data, entries };
  const replay = openSessionReplay(session.scenario, { teamSize: data.session.teamSize }, entries);
  const shown: LoadedSession = { ...session, data, replay };
  cache.set(session, shown);
  return shown;
}

/** The switch in the page heading; `onChange` redraws the page in the new mode. */
export function createProjectorToggle(onChange: () => void): HTMLElement {
  const on = projectorOn();
  const button = h(
    "button",
    { type: "button", class: "secondary projector-toggle", "aria-pressed": String(on) },
    t(on ? "lead.projector.off" : "lead.projector.on"),
  );
  button.addEventListener("click", () => {
    const q = new URLSearchParams(location.search);
    if (projectorOn()) q.delete("projector");
    else q.set("projector", "1");
    const search = q.toString();
    history.replaceState(null, "", `${location.pathname}${search ? `?${search}` : ""}`);
    onChange();
  });
  return button;
}

/** The page's root gets the class that makes text larger. */
export function markProjector(el: HTMLElement) {
  el.classList.toggle("projector", projectorOn());
}
