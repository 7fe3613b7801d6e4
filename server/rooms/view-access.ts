// Decides which synced views each client receives: a player its own team-and-role view, the host every host view.
import type { Client } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { HOST_VIEWER, viewKey } from "../../shared/protocol/game.ts";
import type { SessionState } from "./session-state.ts";

export type Viewer = { kind: "host" } | { kind: "player"; teamId: string; role: string } | { kind: "none" };

export function allowedKeys(viewer: Viewer, keys: Iterable<string>): string[] {
  if (viewer.kind === "none") return [];
  if (viewer.kind === "player") return [viewKey(viewer.teamId, viewer.role)];
  return [...keys].filter((key) => key.endsWith(`/${HOST_VIEWER}`));
}

/** Brings a client's StateView in line with what it may see now: adds what is newly allowed, removes what is not. */
export function grantViews(client: Client, state: SessionState, viewer: Viewer) {
  client.view ??= new StateView();
  const view = client.view;
  const allowed = new Set(allowedKeys(viewer, state.views.keys()));
  state.views.forEach((entry, key) => {
    const visible = view.has(entry);
    if (allowed.has(key) && !visible) view.add(entry);
    else if (!allowed.has(key) && visible) view.remove(entry);
  });
}
