// Finds the PostgreSQL the store tests run against; like the browser, it is required under CI and optional elsewhere.
import pg from "pg";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export async function postgresOrSkip(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return TEST_DATABASE_URL;
  } catch (error) {
    const why = `PostgreSQL tests: cannot reach ${TEST_DATABASE_URL} (${error instanceof Error ? error.message : error}). Set TEST_DATABASE_URL.`;
    if (process.env.CI === "true") throw new Error(why);
    console.warn(`${why} Skipped.`);
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function dropSchema(url: string, schema: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
