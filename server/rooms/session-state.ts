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
    teamId: t.string().default(""),
    role: t.string().default(""),
  },
  "LobbyPlayer",
);
export type LobbyPlayer = SchemaType<typeof LobbyPlayer>;

/** A chat line in a view (shared/protocol/view-parts.ts SyncedChatLine): nickname "" once its writer left the team. */
export const ChatLineSync = schema(
  {
    seq: t.uint32(),
    t: t.float64(),
    playerId: t.string(),
    role: t.string(),
    text: t.string(),
    nickname: t.string(),
  },
  "ChatLineSync",
);
export type ChatLineSync = SchemaType<typeof ChatLineSync>;

/**
 * One viewer's projection of a team, in parts (shared/protocol/view-parts.ts): each field's JSON under its name, the
 * chat as structured lines and the feed as one JSON text per item, so a patch carries only what changed. Which client receives which view is
 * decided per client by StateView; a client that sees a view sees all of its parts.
 */
export const ViewSync = schema(
  { parts: t.map("string"), chat: t.array(ChatLineSync), feed: t.array("string") },
  "ViewSync",
);
export type ViewSync = SchemaType<typeof ViewSync>;

/** The session's game clock as last published: clients count down from it between patches. */
export const GameTime = schema({ now: t.float64(), running: t.boolean(), scale: t.float64() }, "GameTime");
export type GameTime = SchemaType<typeof GameTime>;

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
    time: GameTime,
    /** Keyed "T1/SW", "T1/host": a client only receives the entries added to its own view. */
    views: t.map(ViewSync).view(),
  },
  "SessionState",
);
export type SessionState = SchemaType<typeof SessionState>;
