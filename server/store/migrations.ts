// The database layout, applied at start-up; plain SQL that PGlite and PostgreSQL both run unchanged.
export const MIGRATIONS = `
CREATE TABLE IF NOT EXISTS sessions (
  id            TEXT PRIMARY KEY,
  code          TEXT NOT NULL,
  scenario_id   TEXT NOT NULL,
  language      TEXT NOT NULL,
  team_size     INTEGER NOT NULL,
  host_key_hash TEXT NOT NULL,
  created_at    BIGINT NOT NULL,
  ended_at      BIGINT
);
CREATE UNIQUE INDEX IF NOT EXISTS sessions_live_code ON sessions (code) WHERE ended_at IS NULL;
-- The host finds an ended session by its code too, until retention deletes it.
CREATE INDEX IF NOT EXISTS sessions_code ON sessions (code, created_at);

CREATE TABLE IF NOT EXISTS events (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  t          BIGINT NOT NULL,
  team       TEXT,
  actor      JSONB NOT NULL,
  type       TEXT NOT NULL,
  payload    JSONB NOT NULL,
  at         BIGINT NOT NULL,
  PRIMARY KEY (session_id, seq)
);

CREATE TABLE IF NOT EXISTS seats (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  player_id  TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (session_id, player_id)
);
-- Seat PINs (a student takes their seat to another device with it): a hash only, like the token.
ALTER TABLE seats ADD COLUMN IF NOT EXISTS pin_hash TEXT;

-- The facilitator's notes per team for the debrief: they go with the session, and with it when it is deleted.
CREATE TABLE IF NOT EXISTS notes (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  team       TEXT NOT NULL,
  text       TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (session_id, team)
);

-- The scenario as the session was created with it (YAML text and its hash): exports, the debrief and a restart
-- replay the log by these rules even after the scenario file changed. Its own table, so listing sessions does not
-- read every scenario text; sessions from before this table have no row and fall back to the loaded file.
CREATE TABLE IF NOT EXISTS session_scenarios (
  session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
  version    TEXT NOT NULL,
  source     TEXT NOT NULL
);
`;
