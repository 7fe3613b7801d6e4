// How the load generator talks to each server of the side-by-side run: ours (sessions over HTTP, views in parts) and
// the floor (scripts/bench/floor). Both put students in teams of three with one host per room.
import type { Room } from "@colyseus/sdk";
import type { CreateSessionResponse } from "../../shared/protocol/session.ts";
import type { ServerChild } from "./child.ts";

export type RoomHandle = { roomId: string; hostOptions: Record<string, unknown> };

export type Target = {
  /** Creates `count` rooms (sessions), each for up to `capacity` students. */
  setup(server: ServerChild, count: number, capacity: number): Promise<RoomHandle[]>;
  studentOptions(n: number): Record<string, unknown>;
  /** Starts play in a room, through its host. */
  start(host: Room): void;
  /** The student sees its own team in play and can chat. */
  ready(room: Room): boolean;
  /** The student's own view holds this chat text. */
  seen(room: Room, text: string): boolean;
};

const ROLES = ["AIOS", "SW", "WV"] as const;
type SyncedView = { parts: Map<string, string>; chat: Iterable<{ text: string }> };
type Views = { views?: { get(k: string): SyncedView | undefined } };
type Players = { players?: Map<string, { sessionId: string; teamId: string; role: string }> };

/** The student's own synced view, read by its parts (no whole-view parse per poll, to keep the load generator light). */
function ownView(room: Room): SyncedView | undefined {
  const state = room.state as unknown as Views & Players;
  for (const p of state?.players?.values() ?? [])
    if (p.sessionId === room.sessionId && p.teamId) return state.views?.get(`${p.teamId}/${p.role}`);
  return undefined;
}

export const ours: Target = {
  async setup(server, count) {
    const handles: RoomHandle[] = [];
    for (let i = 0; i < count; i++) {
      const response = await fetch(`${server.url}/api/sessions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ scenarioId: "elke-week-een-andere-klacht", language: "nl", teamSize: 3 }),
      });
      if (!response.ok) throw new Error(`creating a session: HTTP ${response.status}`);
      const session = (await response.json()) as CreateSessionResponse;
      handles.push({ roomId: session.roomId, hostOptions: { hostKey: session.hostKey } });
    }
    return handles;
  },
  studentOptions: (n) => ({
    nickname: `Student ${n + 1}`,
    role: ROLES[n % 3],
    playerToken: `bench-token-${n}-0123456789abcdef`,
  }),
  start: (host) => host.send("host.start", {}),
  ready: (room) => ownView(room)?.parts.get("status") === '"playing"',
  seen: (room, text) => [...(ownView(room)?.chat ?? [])].some((line) => line.text === text),
};

type FloorTeams = {
  players?: Map<string, { id: string; teamId: string }>;
  teams?: Map<string, { chat: { length: number; at(i: number): { text: string } | undefined } }>;
};
function ownTeam(room: Room) {
  const state = room.state as unknown as FloorTeams;
  const teamId = state?.players?.get(room.sessionId)?.teamId;
  return teamId ? state.teams?.get(teamId) : undefined;
}

export const floor: Target = {
  async setup(server, count, capacity) {
    return (await server.request("setup", { rooms: count, maxClients: capacity + 5 })) as RoomHandle[];
  },
  studentOptions: (n) => ({ nickname: `Student ${n + 1}` }),
  start: () => {},
  ready: (room) => ownTeam(room) !== undefined,
  seen(room, text) {
    const chat = ownTeam(room)?.chat;
    if (!chat) return false;
    for (let i = chat.length - 1; i >= Math.max(0, chat.length - 30); i--)
      if (chat.at(i)?.text === text) return true;
    return false;
  },
};
