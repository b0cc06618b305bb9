import { Client } from "pg";
import { ensureDatabase } from "../../src/db/connect-database";
import { createDataSource } from "../../src/db/data-source";

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A freshly migrated database of a test file's own, on the test server, for tests that must not share the common
 * test database (a server process with its own mail worker, a trigger that makes writes fail). `setup` runs SQL in it.
 */
export async function createOwnDatabase(name: string, setup?: string) {
  await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const url = await ensureDatabase(process.env.TEST_DATABASE_URL!, name);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    if (setup) await dataSource.query(setup);
  } finally {
    await dataSource.destroy();
  }
  return { url, drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
