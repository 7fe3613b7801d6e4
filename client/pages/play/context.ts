// What every part of the play page needs: who the student is, and a way to send a command.
import type { CommandPayloads } from "../../../shared/scenario/commands.ts";
import type { TeamView } from "../../../shared/scenario/views.ts";
import type { PlayerCommandType } from "../../net/connection.ts";
import type { Notices } from "../../ui/notices.ts";

export type PlayContext = {
  /** Sends on the room the page is in now (it changes after a rejoin) and clears that command's old notice. */
  send: <K extends PlayerCommandType>(type: K, payload: CommandPayloads[K]) => void;
  playerId: () => string;
  role: () => string;
  notices: Notices;
};

/** One section of the play page: built once, then told about every new view. */
export type Part = { el: HTMLElement; update: (view: TeamView) => void };

export function nicknameOf(view: TeamView, playerId: string | null): string | undefined {
  return view.members.find((m) => m.playerId === playerId)?.nickname;
}
