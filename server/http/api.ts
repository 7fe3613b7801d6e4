// The small JSON API beside matchmaking: list scenarios, create a session, look a session up by its join code.
import { matchMaker } from "@colyseus/core";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { newSecret, normalizeJoinCode } from "../../shared/ids.ts";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import {
  CreateSessionRequest,
  type CreateSessionResponse,
  ROOM_NAME,
  type SessionLookupResponse,
} from "../../shared/protocol/session.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import { hashSecret, secretsEqual } from "../security.ts";
import type { SessionCreateOptions } from "../sessions/create-options.ts";
import { allocateJoinCode, findSessionByCode } from "../sessions/directory.ts";
import { exportSession } from "../sessions/export-session.ts";
import type { Store } from "../store/store.ts";

export type ApiDeps = {
  catalog: ScenarioCatalog;
  store: Store;
  createSecret: string;
  /** The base URL students open; derived from the request when not configured. */
  publicUrl: string | undefined;
};

function fail(res: Response, status: number, code: ErrorCode, detail?: string) {
  res.status(status).json({ error: code, ...(detail ? { detail } : {}) });
}

export function apiRouter(deps: ApiDeps): Router {
  const joinUrl = (req: Request, code: string) =>
    `${deps.publicUrl ?? `${req.protocol}://${req.get("host")}`}/join/${code}`;

  const router = express.Router();
  router.use(express.json({ limit: "16kb" }));

  router.get("/scenarios", (_req, res) => {
    res.json({ scenarios: deps.catalog.list() });
  });

  router.post("/sessions", async (req: Request, res: Response) => {
    const parsed = CreateSessionRequest.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, "invalid_request", parsed.error.issues[0]?.message);
    const scenario = deps.catalog.get(parsed.data.scenarioId);
    if (!scenario) return fail(res, 404, "unknown_scenario");

    const hostKey = newSecret();
    // The store's unique index on live codes is the final word; a code taken in between is simply redrawn.
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = await allocateJoinCode();
      const options: SessionCreateOptions = {
        code,
        hostKey,
        createSecret: deps.createSecret,
        scenario,
        language: parsed.data.language,
        teamSize: parsed.data.teamSize,
      };
      try {
        const room = await matchMaker.createRoom(ROOM_NAME, options);
        const body: CreateSessionResponse = {
          code,
          roomId: room.roomId,
          hostKey,
          joinUrl: joinUrl(req, code),
        };
        return res.status(201).json(body);
      } catch (error) {
        if (!(error instanceof Error && error.message === "invalid_code")) throw error;
      }
    }
    return fail(res, 503, "unknown", "no free join code");
  });

  router.get("/sessions/:code", async (req: Request, res: Response) => {
    const code = normalizeJoinCode(String(req.params.code ?? ""));
    if (!code) return fail(res, 400, "invalid_code");
    const found = await findSessionByCode(code);
    const scenario = found && deps.catalog.get(found.scenarioId);
    if (!found || !scenario) return fail(res, 404, "session_not_found");
    const body: SessionLookupResponse = { code, roomId: found.roomId, joinUrl: joinUrl(req, code), scenario };
    res.json(body);
  });

  /** The live session behind a code, if the request carries its host key as `Authorization: Bearer <key>`. */
  async function asHost(req: Request, res: Response) {
    const code = normalizeJoinCode(String(req.params.code ?? ""));
    if (!code) return void fail(res, 400, "invalid_code");
    const found = await findSessionByCode(code);
    const record = found && (await deps.store.session(found.sessionId));
    if (!found || !record) return void fail(res, 404, "session_not_found");
    const key = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "";
    if (!secretsEqual(hashSecret(key), record.hostKeyHash)) return void fail(res, 403, "host_key_invalid");
    return { roomId: found.roomId, record };
  }

  /** Deletes a session with its log now. */
  router.delete("/sessions/:code", async (req: Request, res: Response) => {
    const session = await asHost(req, res);
    if (!session) return;
    await matchMaker.remoteRoomCall(session.roomId, "deleteSession");
    res.status(204).end();
  });

  /** Every team's log with its debrief measures, for the facilitator's debrief and for research. */
  router.get("/sessions/:code/export", async (req: Request, res: Response) => {
    const session = await asHost(req, res);
    if (!session) return;
    const scenario = deps.catalog.scenario(session.record.scenarioId);
    if (!scenario) return fail(res, 404, "unknown_scenario");
    const events = await deps.store.readLog(session.record.id);
    res.json(exportSession(session.record, scenario, events));
  });

  router.use((_req, res) => fail(res, 404, "invalid_request", "no such API route"));
  // Express hands over body-parser errors (bad JSON, too large) and rejected handlers here; answer in JSON.
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status =
      typeof error === "object" && error !== null && "status" in error ? Number(error.status) : 500;
    if (status >= 400 && status < 500)
      return fail(res, status, "invalid_request", String((error as Error).message));
    console.error(error);
    return fail(res, 500, "unknown");
  });
  return router;
}
