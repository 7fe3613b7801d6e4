// Chooses the store from configuration: PostgreSQL when DATABASE_URL is set, else embedded PGlite in the data folder.
import { join } from "node:path";
import { openPglite, openPostgres } from "./sql-client.ts";
import { SqlStore, type Store } from "./store.ts";

export async function openStore(options: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Store> {
  const client = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(join(options.dataDir, "pglite"));
  return SqlStore.open(client);
}

export function describeStore(options: { databaseUrl: string | undefined; dataDir: string }): string {
  return options.databaseUrl
    ? "PostgreSQL (DATABASE_URL)"
    : `embedded, in ${join(options.dataDir, "pglite")}`;
}
