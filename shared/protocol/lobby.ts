// The JSON shape of a session's synced lobby state, as clients read it (they decode schema by reflection).
import { z } from "zod";

export const LobbyPlayerSnapshot = z.object({
  id: z.string(),
  nickname: z.string(),
  preferredRole: z.string(),
  connected: z.boolean(),
  sessionId: z.string(),
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
});
export type LobbySnapshot = z.infer<typeof LobbySnapshot>;
