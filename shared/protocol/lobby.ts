// The JSON shape of a session's synced state, as clients read it (they decode schema by reflection).
import { z } from "zod";

export const LobbyPlayerSnapshot = z.object({
  id: z.string(),
  nickname: z.string(),
  preferredRole: z.string(),
  connected: z.boolean(),
  sessionId: z.string(),
  /** Team and role as balanced so far (set in the lobby already); empty until placed. */
  teamId: z.string().default(""),
  role: z.string().default(""),
});
export type LobbyPlayerSnapshot = z.infer<typeof LobbyPlayerSnapshot>;

export const LobbySnapshot = z.object({
  code: z.string(),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  language: z.string(),
  teamSize: z.number(),
  status: z.string(),
  hostConnected: z.boolean(),
  players: z.record(z.string(), LobbyPlayerSnapshot),
  /** Game time in ms when published, whether it runs, and how much faster than the wall clock. */
  time: z
    .object({ now: z.number(), running: z.boolean(), scale: z.number() })
    .default({ now: 0, running: false, scale: 1 }),
  /** Only the entries this client may see (its own team and role, or every team for the host), in parts. */
  views: z
    .record(
      z.string(),
      z.object({
        parts: z.record(z.string(), z.string()).default({}),
        chat: z
          .array(
            z.object({
              seq: z.number(),
              t: z.number(),
              playerId: z.string(),
              role: z.string(),
              text: z.string(),
              nickname: z.string(),
            }),
          )
          .default([]),
        feed: z.array(z.string()).default([]),
      }),
    )
    .default({}),
});
export type LobbySnapshot = z.infer<typeof LobbySnapshot>;
