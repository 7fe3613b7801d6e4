// The two ways to reach PostgreSQL behind one tiny interface: embedded PGlite (files in a folder) or a server.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type Row = Record<string, unknown>;

export interface SqlClient {
  query(text: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements at once, no parameters: for migrations. */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}

/** `dataDir` undefined keeps the database in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    query: async (text, params) => (await db.query<Row>(text, params)).rows,
    exec: async (text) => {
      await db.exec(text);
    },
    close: () => db.close(),
  };
}

/** `schema` isolates a test run inside a shared database; production uses the default search path. */
export async function openPostgres(url: string, schema?: string): Promise<SqlClient> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`Bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  return {
    query: async (text, params) => (await pool.query<Row>(text, params as unknown[])).rows,
    exec: async (text) => {
      await pool.query(text);
    },
    close: () => pool.end(),
  };
}
