// An offered scenario's YAML text, for the preview page that plays it in the browser without a class. Only files
// the catalogue offers (they passed the validator); the folder is looked at again first, like the list. The text is
// the whole answer key (every role's cards, the best options), so only the server's own machine gets it: a student
// on the class network must not read the other roles' cards. Elsewhere an author previews a file of their own.
import type { IncomingMessage } from "node:http";
import type { Router } from "express";
import type { ScenarioSourceResponse } from "../../shared/protocol/scenario-source.ts";
import type { ScenarioCatalog } from "../scenarios/catalog.ts";
import { fail } from "./host-auth.ts";

export function mountScenarioSourceRoute(router: Router, deps: { catalog: ScenarioCatalog }): void {
  router.get("/scenarios/:id/source", async (req, res) => {
    if (!fromThisMachine(req)) return fail(res, 403, "preview_local_only");
    await deps.catalog.refresh?.();
    const id = String(req.params.id ?? "");
    const source = deps.catalog.get(id) ? deps.catalog.source(id) : undefined;
    if (source === undefined) return fail(res, 404, "unknown_scenario");
    const body: ScenarioSourceResponse = { id, file: `${id}.yaml`, source };
    res.json(body);
  });
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * A request from a browser on this very machine: a loopback peer, and no proxy header (a proxy on this machine
 * forwards other people's requests from loopback too).
 */
export function fromThisMachine(req: Pick<IncomingMessage, "headers" | "socket">): boolean {
  const forwarded = ["x-forwarded-for", "x-real-ip", "forwarded"].some((h) => req.headers[h] !== undefined);
  return !forwarded && LOOPBACK.has(req.socket.remoteAddress ?? "");
}
