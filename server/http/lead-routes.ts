// The teacher-led replay the day after: `POST /api/sessions/<code>/room` (host key) gives an ended session a room
// again, booted from its log, so the class can follow the teacher's replay with their stored seats.
import { matchMaker } from "@colyseus/core";
import type { Request, Response, Router } from "express";
import type { DebriefRoomResponse } from "../../shared/protocol/lead.ts";
import { ROOM_NAME } from "../../shared/protocol/session.ts";
import { reopenEnded } from "../sessions/host-lookup.ts";
import type { Store } from "../store/store.ts";
import { asHost, fail } from "./host-auth.ts";

export type LeadRouteDeps = {
  store: Store;
  /** Proves to the room that this process asked for it (as a restart's restore does). */
  createSecret: string;
  joinUrl: (req: Request, code: string) => string;
};

export function mountLeadRoutes(router: Router, deps: LeadRouteDeps) {
  const boot = async (sessionId: string) =>
    (await matchMaker.createRoom(ROOM_NAME, { restore: sessionId, createSecret: deps.createSecret })).roomId;

  router.post("/sessions/:code/room", async (req: Request, res: Response) => {
    const host = await asHost(deps.store, req, res);
    if (!host) return;
    const result = await reopenEnded(deps.store, host, boot);
    if (!result.ok) return fail(res, 409, result.code);
    const body: DebriefRoomResponse = {
      roomId: result.roomId,
      reopened: result.reopened,
      joinUrl: deps.joinUrl(req, host.record.code),
    };
    res.json(body);
  });
}
