// Who may call the API and the matchmaking routes from another origin. In class, pages and server share one origin
// and need no cross-origin headers at all; only `npm run dev` serves pages from Vite on another port, and then
// exactly the origins at that port are answered (by name, never "*" with credentials). Any other origin gets no
// CORS headers, so a browser keeps its scripts from reading the answers.
import { matchMaker } from "@colyseus/core";
import type { NextFunction, Request, Response } from "express";

export type CorsPolicy = { allows: (origin: string | undefined) => boolean };

/** `devClientPort`: the Vite dev server's port (DEV_CLIENT_PORT, set by `npm run dev`); none in class. */
export function corsPolicy(devClientPort: string | undefined): CorsPolicy {
  return {
    allows(origin) {
      if (!devClientPort || !origin) return false;
      try {
        const url = new URL(origin);
        return (url.protocol === "http:" || url.protocol === "https:") && url.port === devClientPort;
      } catch {
        return false;
      }
    },
  };
}

/** Express middleware for /api: the allowed origin by name, and a preflight answered either way. */
export function apiCors(policy: CorsPolicy) {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.setHeader("Vary", "Origin");
    if (policy.allows(origin) && origin) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization");
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
    }
    if (req.method === "OPTIONS") res.sendStatus(204);
    else next();
  };
}

/** Colyseus's matchmaking routes reflect any origin with credentials by default; they follow the policy instead. */
export function matchmakingCors(policy: CorsPolicy) {
  const defaults = matchMaker.controller.DEFAULT_CORS_HEADERS as Record<string, string>;
  delete defaults["Access-Control-Allow-Origin"];
  delete defaults["Access-Control-Allow-Credentials"];
  matchMaker.controller.getCorsHeaders = (headers: Headers): Record<string, string> => {
    const origin = headers.get("origin") ?? undefined;
    // The SDK sends its matchmaking requests with credentials, so an allowed origin is named and credentialed.
    return policy.allows(origin) && origin
      ? { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", Vary: "Origin" }
      : { Vary: "Origin" };
  };
}
