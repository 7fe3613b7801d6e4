// The small JSON API beside matchmaking: list scenarios, create a session, look a session up by its join code, and
// the host's way back in (status, delete, exports) whether or not the session is still live.
import { matchMaker } from "@colyseus/core";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { newSecret, normalizeJoinCode } from "../../shared/ids.ts";
import type { ScenarioListResponse } from "../../shared/protocol/scenario-list.ts";
import {
  CreateSessionRequest,
  type CreateSessionResponse,
  type HostSessionResponse,
  ROOM_NAME,
  type SessionLookupResponse,
} from "../../shared/protocol/session.ts";
import { withBootLock } from "../scale/cluster.ts";
import { type ScenarioCatalog, summaryOf } from "../scenarios/catalog.ts";
import type { SessionCreateOptions } from "../sessions/create-options.ts";
import { allocateJoinCode, findLiveSession } from "../sessions/directory.ts";
import { sessionStatus } from "../sessions/host-lookup.ts";
import { scenarioOf } from "../sessions/load-session.ts";
import type { Store } from "../store/store.ts";
import { type AddressLimits, passThrough } from "./address-limits.ts";
import { mountExportRoutes } from "./export-routes.ts";
import { asHost, fail } from "./host-auth.ts";
import { mountLeadRoutes } from "./lead-routes.ts";
import { mountNotesRoutes } from "./notes-routes.ts";
import { mountScenarioSourceRoute } from "./scenario-source-route.ts";
import { mountSchemaRoute } from "./schema-route.ts";

export type ApiDeps = {
  catalog: ScenarioCatalog;
  store: Store;
  createSecret: string;
  /** The base URL students open; derived from the request when not configured. */
  publicUrl: string | undefined;
  /** Limits per client address on look-ups and creation (address-limits.ts); none when absent. */
  limits?: AddressLimits | undefined;
};

export function apiRouter(deps: ApiDeps): Router {
  const origin = (req: Request) => deps.publicUrl ?? `${req.protocol}://${req.get("host")}`;
  const joinUrl = (req: Request, code: string) => `${origin(req)}/join/${code}`;
  /** The key rides in the fragment, which browsers never send to a server or put in a Referer. */
  const teacherUrl = (req: Request, code: string, hostKey: string) =>
    `${origin(req)}/host/${code}#key=${encodeURIComponent(hostKey)}`;

  const guards = {
    lookup: deps.limits?.lookupGuard ?? passThrough,
    create: deps.limits?.createGuard ?? passThrough,
  };
  const router = express.Router();
  router.use(express.json({ limit: "16kb" }));
  // Every answer is the session as it stands now: a browser must not keep one (Chromium reuses a 410 otherwise, so a
  // student would not see an ended session's room open again for the debrief).
  router.use((_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });

  // The folder is looked at again on each list and create, so a file added, changed or removed counts at once.
  router.get("/scenarios", async (_req, res) => {
    await deps.catalog.refresh?.();
    const body: ScenarioListResponse = {
      scenarios: deps.catalog.list(),
      leftOut: deps.catalog.leftOut?.() ?? [],
    };
    res.json(body);
  });

  router.post("/sessions", guards.create, async (req: Request, res: Response) => {
    const parsed = CreateSessionRequest.safeParse(req.body);
    if (!parsed.success) return fail(res, 400, "invalid_request", parsed.error.issues[0]?.message);
    await deps.catalog.refresh?.();
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
        // Held while the room boots, so no other process takes the new session for one whose room is gone.
        const created = await withBootLock(code, () => matchMaker.createRoom(ROOM_NAME, options), false);
        if (!created.ran) continue;
        const room = created.value;
        const body: CreateSessionResponse = {
          code,
          roomId: room.roomId,
          hostKey,
          joinUrl: joinUrl(req, code),
          teacherUrl: teacherUrl(req, code, hostKey),
        };
        return res.status(201).json(body);
      } catch (error) {
        if (!(error instanceof Error && error.message === "invalid_code")) throw error;
      }
    }
    return fail(res, 503, "unknown", "no free join code");
  });

  router.get("/sessions/:code", guards.lookup, async (req: Request, res: Response) => {
    const code = normalizeJoinCode(String(req.params.code ?? ""));
    if (!code) return fail(res, 400, "invalid_code");
    const found = await findLiveSession(code);
    // A student with yesterday's code should hear that the session is over, not that it never existed.
    const record = found && (await deps.store.session(found.sessionId));
    const ended = found
      ? record?.endedAt != null
      : (await deps.store.sessionsByCode(code)).some((r) => r.endedAt !== null);
    // The room may still run for a while: a student who holds a seat may go back in to read the outcome.
    if (ended) return res.status(410).json({ error: "session_ended", roomId: found?.roomId ?? null });
    // The scenario as this session plays it, not the file as it reads now: it may have changed or gone since.
    const played = record ? await scenarioOf(deps.store, deps.catalog, record) : undefined;
    const scenario = played && summaryOf(played.scenario);
    if (!found || !scenario) return fail(res, 404, "session_not_found");
    const body: SessionLookupResponse = { code, roomId: found.roomId, joinUrl: joinUrl(req, code), scenario };
    res.json(body);
  });

  /** Where the host's session stands, live or not, with the teacher link: the way back in from any browser. */
  router.get("/sessions/:code/host", async (req: Request, res: Response) => {
    const host = await asHost(deps.store, req, res);
    if (!host) return;
    const { record, live } = host;
    // The scenario as played (kept at creation), so a changed or removed file does not lose the debrief.
    const played = await scenarioOf(deps.store, deps.catalog, record);
    if (!played) return fail(res, 404, "unknown_scenario", record.scenarioId);
    const scenario = summaryOf(played.scenario);
    const status = sessionStatus(record, await deps.store.readLog(record.id));
    const body: HostSessionResponse = {
      code: record.code,
      roomId: live?.roomId ?? null,
      live: live !== undefined,
      status,
      scenario,
      language: record.language === "en" ? "en" : "nl",
      teamSize: record.teamSize,
      createdAt: record.createdAt,
      endedAt: record.endedAt,
      teacherUrl: teacherUrl(req, record.code, host.hostKey),
    };
    res.json(body);
  });

  /** Deletes a session with its log now: through its room when live, so everyone is disconnected first. */
  router.delete("/sessions/:code", async (req: Request, res: Response) => {
    const host = await asHost(deps.store, req, res);
    if (!host) return;
    if (host.live) await matchMaker.remoteRoomCall(host.live.roomId, "deleteSession");
    else await deps.store.deleteSession(host.record.id);
    res.status(204).end();
  });

  mountExportRoutes(router, deps);
  mountNotesRoutes(router, deps);
  mountLeadRoutes(router, { ...deps, joinUrl });
  mountSchemaRoute(router);
  mountScenarioSourceRoute(router, deps);

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
