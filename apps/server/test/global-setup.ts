import { createDataSource } from "../src/db/data-source";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres";
import { freePort } from "./support/server-process";
import {
  createDatabase,
  dropTestDatabases,
  sealTemplate,
  TEMPLATE_DATABASE,
  TEST_CLUSTER_DIR,
} from "./support/test-database";

/**
 * Starts PostgreSQL (embedded, or DATABASE_URL's server), drops the databases of earlier runs and migrates a template
 * once; each Jest worker then tests against its own copy of it (test/worker-database.ts).
 */
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
  // Workers and the global teardown inherit the environment of the global setup.
  process.env.TEST_MAINTENANCE_URL = maintenanceUrl;
  await dropTestDatabases();

  const dataSource = createDataSource(await createDatabase(TEMPLATE_DATABASE, { empty: true }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();
  await sealTemplate();
}
