// The session store: sessions, their append-only event logs and seat tokens, over one SQL dialect.

import { MIGRATIONS } from "./migrations.ts";
import type { Row, SqlClient } from "./sql-client.ts";

export type SessionRecord = {
  id: string;
  code: string;
  scenarioId: string;
  language: string;
  teamSize: number;
  hostKeyHash: string;
  createdAt: number;
  endedAt: number | null;
};

/** One accepted input, as stored: `t` is game time, `at` wall-clock time, `team` null for session-wide events. */
export type StoredEvent = {
  seq: number;
  t: number;
  team: string | null;
  actor: unknown;
  type: string;
  payload: unknown;
  at: number;
};

/** `pinHash` is absent for seats taken before seat PINs existed. */
export type Seat = { playerId: string; tokenHash: string; pinHash?: string };

/** The facilitator's note on one team; `updatedAt` is wall-clock ms. */
export type TeamNote = { teamId: string; text: string; updatedAt: number };

/** The scenario a session was created with: its YAML text and that text's hash. */
export type PlayedScenario = { version: string; source: string };

export class CodeInUseError extends Error {
  constructor(code: string) {
    super(`join code ${code} is already used by a live session`);
  }
}

export interface Store {
  createSession(session: Omit<SessionRecord, "endedAt">): Promise<void>;
  /** Resolves only once the event is durable; a seq that exists already is an error, never an overwrite. */
  append(sessionId: string, event: StoredEvent): Promise<void>;
  /** Several events in one statement: all are kept or none is. */
  appendMany(sessionId: string, events: readonly StoredEvent[]): Promise<void>;
  readLog(sessionId: string): Promise<StoredEvent[]>;
  saveSeat(sessionId: string, seat: Seat): Promise<void>;
  seats(sessionId: string): Promise<Seat[]>;
  /** A seat taken over on another device (new token) or handed over by the teacher (new PIN). */
  updateSeat(
    sessionId: string,
    seat: { playerId: string; tokenHash?: string; pinHash?: string },
  ): Promise<void>;
  liveSessions(): Promise<SessionRecord[]>;
  session(id: string): Promise<SessionRecord | undefined>;
  /**
   * Every kept session that used this join code, newest first: live, ended or idle-closed. A code is unique only
   * among live sessions, so an old ended session may share it with a new one; the host key tells them apart.
   */
  sessionsByCode(code: string): Promise<SessionRecord[]>;
  endSession(id: string, at: number): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** The facilitator's notes of a session, in team number order. */
  notes(sessionId: string): Promise<TeamNote[]>;
  /** Keeps (or replaces) one team's note; an empty text deletes it. */
  saveNote(sessionId: string, note: TeamNote): Promise<void>;
  /** Keeps the scenario a session is played with; once per session, at creation. */
  saveScenario(sessionId: string, scenario: PlayedScenario): Promise<void>;
  /** The scenario kept at creation, or undefined for a session created before scenarios were kept. */
  scenario(sessionId: string): Promise<PlayedScenario | undefined>;
  /** Deletes sessions that ended before `cutoff` (wall-clock ms) with their logs; returns how many. */
  purgeEndedBefore(cutoff: number): Promise<number>;
  close(): Promise<void>;
}

const num = (value: unknown) => Number(value);

function toSession(row: Row): SessionRecord {
  return {
    id: String(row.id),
    code: String(row.code),
    scenarioId: String(row.scenario_id),
    language: String(row.language),
    teamSize: num(row.team_size),
    hostKeyHash: String(row.host_key_hash),
    createdAt: num(row.created_at),
    endedAt: row.ended_at === null || row.ended_at === undefined ? null : num(row.ended_at),
  };
}

function toEvent(row: Row): StoredEvent {
  return {
    seq: num(row.seq),
    t: num(row.t),
    team: row.team === null || row.team === undefined ? null : String(row.team),
    actor: row.actor,
    type: String(row.type),
    payload: row.payload,
    at: num(row.at),
  };
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "23505";

export class SqlStore implements Store {
  private constructor(private readonly db: SqlClient) {}

  static async open(db: SqlClient): Promise<SqlStore> {
    await db.exec(MIGRATIONS);
    return new SqlStore(db);
  }

  async createSession(s: Omit<SessionRecord, "endedAt">) {
    try {
      await this.db.query(
        `INSERT INTO sessions (id, code, scenario_id, language, team_size, host_key_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [s.id, s.code, s.scenarioId, s.language, s.teamSize, s.hostKeyHash, s.createdAt],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new CodeInUseError(s.code);
      throw error;
    }
  }

  append(sessionId: string, e: StoredEvent) {
    return this.appendMany(sessionId, [e]);
  }

  async appendMany(sessionId: string, events: readonly StoredEvent[]) {
    if (events.length === 0) return;
    const params: unknown[] = [sessionId];
    const rows = events.map((e) => {
      const at = params.length + 1;
      params.push(
        e.seq,
        e.t,
        e.team,
        JSON.stringify(e.actor),
        e.type,
        JSON.stringify(e.payload ?? null),
        e.at,
      );
      return `($1, $${at}, $${at + 1}, $${at + 2}, $${at + 3}::jsonb, $${at + 4}, $${at + 5}::jsonb, $${at + 6})`;
    });
    await this.db.query(
      `INSERT INTO events (session_id, seq, t, team, actor, type, payload, at) VALUES ${rows.join(", ")}`,
      params,
    );
  }

  async readLog(sessionId: string) {
    const rows = await this.db.query(
      "SELECT seq, t, team, actor, type, payload, at FROM events WHERE session_id = $1 ORDER BY seq",
      [sessionId],
    );
    return rows.map(toEvent);
  }

  async saveSeat(sessionId: string, seat: Seat) {
    await this.db.query(
      "INSERT INTO seats (session_id, player_id, token_hash, pin_hash) VALUES ($1, $2, $3, $4)",
      [sessionId, seat.playerId, seat.tokenHash, seat.pinHash ?? null],
    );
  }

  async seats(sessionId: string) {
    const rows = await this.db.query(
      "SELECT player_id, token_hash, pin_hash FROM seats WHERE session_id = $1",
      [sessionId],
    );
    return rows.map((r) => ({
      playerId: String(r.player_id),
      tokenHash: String(r.token_hash),
      pinHash: r.pin_hash === null || r.pin_hash === undefined ? undefined : String(r.pin_hash),
    }));
  }

  async updateSeat(sessionId: string, seat: { playerId: string; tokenHash?: string; pinHash?: string }) {
    await this.db.query(
      `UPDATE seats SET token_hash = COALESCE($3, token_hash), pin_hash = COALESCE($4, pin_hash)
       WHERE session_id = $1 AND player_id = $2`,
      [sessionId, seat.playerId, seat.tokenHash ?? null, seat.pinHash ?? null],
    );
  }

  async liveSessions() {
    return (await this.db.query("SELECT * FROM sessions WHERE ended_at IS NULL ORDER BY created_at")).map(
      toSession,
    );
  }

  async session(id: string) {
    const [row] = await this.db.query("SELECT * FROM sessions WHERE id = $1", [id]);
    return row ? toSession(row) : undefined;
  }

  async sessionsByCode(code: string) {
    const rows = await this.db.query(
      "SELECT * FROM sessions WHERE code = $1 ORDER BY created_at DESC, id DESC",
      [code],
    );
    return rows.map(toSession);
  }

  async notes(sessionId: string) {
    const rows = await this.db.query("SELECT team, text, updated_at FROM notes WHERE session_id = $1", [
      sessionId,
    ]);
    return rows
      .map((r) => ({ teamId: String(r.team), text: String(r.text), updatedAt: num(r.updated_at) }))
      .sort((a, b) => a.teamId.localeCompare(b.teamId, "en", { numeric: true }));
  }

  async saveNote(sessionId: string, note: TeamNote) {
    if (note.text === "") {
      await this.db.query("DELETE FROM notes WHERE session_id = $1 AND team = $2", [sessionId, note.teamId]);
      return;
    }
    await this.db.query(
      `INSERT INTO notes (session_id, team, text, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id, team) DO UPDATE SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at`,
      [sessionId, note.teamId, note.text, note.updatedAt],
    );
  }

  async saveScenario(sessionId: string, scenario: PlayedScenario) {
    await this.db.query("INSERT INTO session_scenarios (session_id, version, source) VALUES ($1, $2, $3)", [
      sessionId,
      scenario.version,
      scenario.source,
    ]);
  }

  async scenario(sessionId: string) {
    const [row] = await this.db.query("SELECT version, source FROM session_scenarios WHERE session_id = $1", [
      sessionId,
    ]);
    return row ? { version: String(row.version), source: String(row.source) } : undefined;
  }

  async endSession(id: string, at: number) {
    await this.db.query("UPDATE sessions SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL", [id, at]);
  }

  async deleteSession(id: string) {
    await this.db.query("DELETE FROM sessions WHERE id = $1", [id]);
  }

  async purgeEndedBefore(cutoff: number) {
    const rows = await this.db.query(
      "DELETE FROM sessions WHERE ended_at IS NOT NULL AND ended_at < $1 RETURNING id",
      [cutoff],
    );
    return rows.length;
  }

  close() {
    return this.db.close();
  }
}
