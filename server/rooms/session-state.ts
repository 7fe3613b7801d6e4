// The synced state of a class session: public lobby facts only. Secrets (host key, tokens) never go here.
import { type SchemaType, schema, t } from "@colyseus/schema";

export const LobbyPlayer = schema(
  {
    id: t.string(),
    nickname: t.string(),
    preferredRole: t.string(),
    connected: t.boolean(),
    /** Lets a client find its own entry; changes when a reloaded browser reclaims the seat. */
    sessionId: t.string(),
  },
  "LobbyPlayer",
);
export type LobbyPlayer = SchemaType<typeof LobbyPlayer>;

export const SessionState = schema(
  {
    code: t.string(),
    scenarioId: t.string(),
    scenarioTitle: t.string(),
    language: t.string(),
    teamSize: t.uint8(),
    status: t.string().default("lobby"),
    hostConnected: t.boolean().default(false),
    players: t.map(LobbyPlayer),
  },
  "SessionState",
);
export type SessionState = SchemaType<typeof SessionState>;
