import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase } from "../src/db/connect-database";
import { createDataSource } from "../src/db/data-source";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../src/db/embedded-postgres";

/**
 * A migrated database for one benchmark run: on DATABASE_URL's server, or in a throwaway embedded PostgreSQL on
 * `port`. `close` stops the embedded cluster and removes its files.
 */
export async function benchDatabase(
  name: string,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  let cluster: EmbeddedCluster | undefined;
  let maintenanceUrl = process.env.DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-bench-"));
  fs.chmodSync(dir, 0o755);
  if (!maintenanceUrl) {
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port, fast: true });
    maintenanceUrl = cluster.url;
  }
  const url = await ensureDatabase(maintenanceUrl, `${name}_${process.pid}`);
  const migrator = createDataSource(url);
  await migrator.initialize();
  await migrator.runMigrations({ transaction: "each" });
  await migrator.destroy();
  return {
    url,
    async close() {
      await cluster?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
