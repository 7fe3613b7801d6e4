// The host's proof for the facilitator endpoints: `Authorization: Bearer <hostKey>` against the session's record,
// live or only in the store. Answers the error itself when the request does not pass.
import type { Request, Response } from "express";
import { normalizeJoinCode } from "../../shared/ids.ts";
import type { ErrorCode } from "../../shared/protocol/errors.ts";
import { findHostSession, type HostSession } from "../sessions/host-lookup.ts";
import type { Store } from "../store/store.ts";

export function fail(res: Response, status: number, code: ErrorCode, detail?: string) {
  res.status(status).json({ error: code, ...(detail ? { detail } : {}) });
}

export function bearerKey(req: Request): string {
  return /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1]?.trim() ?? "";
}

/** The session behind `:code` that this request's host key opens, or undefined once an error has been sent. */
export async function asHost(
  store: Store,
  req: Request,
  res: Response,
): Promise<(HostSession & { code: string; hostKey: string }) | undefined> {
  const code = normalizeJoinCode(String(req.params.code ?? ""));
  if (!code) return void fail(res, 400, "invalid_code");
  const hostKey = bearerKey(req);
  const found = await findHostSession(store, code, hostKey);
  if (!found.ok) return void fail(res, found.code === "host_key_invalid" ? 403 : 404, found.code);
  return { ...found.session, code, hostKey };
}
