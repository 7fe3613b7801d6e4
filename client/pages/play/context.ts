// What every part of the play page needs: who the student is, a way to send a command, and the page's one store of
// the team's view, from which each part selects what it shows.
import type { CommandPayloads } from "../../../shared/scenario/commands.ts";
import type { TeamView } from "../../../shared/scenario/views.ts";
import type { PlayerCommandType } from "../../net/connection.ts";
import type { Store } from "../../store/store.ts";
import type { Notices } from "../../ui/notices.ts";

export type PlayStore = Store<TeamView>;

export type PlayContext = {
  /** Sends on the room the page is in now (it changes after a rejoin) and clears that command's old notice. */
  send: <K extends PlayerCommandType>(type: K, payload: CommandPayloads[K]) => void;
  playerId: () => string;
  role: () => string;
  notices: Notices;
  store: PlayStore;
};

/** A page told about every new view (the play page as a whole, the teacher's replay it can give way to). */
export type Part = { el: HTMLElement; update: (view: TeamView) => void; destroy?: () => void };

/** One section of the play page: built once; it draws itself from the store. */
export type Section = { el: HTMLElement };

/**
 * Draws `el`'s content from a slice of the view, again only when that slice changed. Each draw is counted on the
 * element (`data-draws`), so a test can tell which sections a change re-drew.
 */
export function watch<T>(
  store: PlayStore,
  el: HTMLElement,
  selector: (view: TeamView) => T,
  draw: (slice: T, view: TeamView) => void,
) {
  return store.select(selector, (slice, view) => {
    el.dataset.draws = String(Number(el.dataset.draws ?? "0") + 1);
    draw(slice, view);
  });
}

export function nicknameOf(view: TeamView, playerId: string | null): string | undefined {
  return view.members.find((m) => m.playerId === playerId)?.nickname;
}
