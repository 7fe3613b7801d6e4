// What the parts of mission control share: the scenario's roles and a way to send host commands.
import type { HostCommandPayloads, HostCommandType } from "../../../shared/protocol/game.ts";
import type { SeatHandoverResponse } from "../../../shared/protocol/session.ts";

export type MissionContext = {
  /** Sends on the room the page is in now (it changes after a rejoin) and clears the old notice. */
  send: <K extends HostCommandType>(type: K, payload: HostCommandPayloads[K]) => void;
  /** A fresh seat PIN for one student, answered to this page only (mission/seat-handover.ts). */
  handOver?: (playerId: string) => Promise<SeatHandoverResponse>;
  /** Role ids of the scenario, in its order. */
  roles: string[];
  /** The join code, for the debrief link. */
  code: string;
  /** Mission control from any browser: the host key rides in the fragment. */
  teacherUrl: string;
};
