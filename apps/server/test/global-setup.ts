import { Client } from "pg";
import { ensureDatabase } from "../src/db/connect-database";
import { createDataSource } from "../src/db/data-source";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres";
import { freePort } from "./support/server-process";
import { TEST_CLUSTER_DIR, TEST_DATABASE_NAME } from "./test-database";

/** Recreates the test database from scratch on every run and applies the real migrations. */
export default async function globalSetup(): Promise<void> {
  let maintenanceUrl = process.env.DATABASE_URL;
  if (!maintenanceUrl) {
    const cluster = await startEmbeddedPostgres({
      dataDir: TEST_CLUSTER_DIR,
      // Any free port, so two checkouts can run their tests at once.
      port: await freePort(),
      fast: true,
    });
    (globalThis as { testCluster?: typeof cluster }).testCluster = cluster;
    maintenanceUrl = cluster.url;
  }
  const admin = new Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEST_DATABASE_NAME}" WITH (FORCE)`);
  await admin.end();

  const url = await ensureDatabase(maintenanceUrl, TEST_DATABASE_NAME);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();
  // Workers inherit the environment of the global setup.
  process.env.TEST_DATABASE_URL = url;
}
