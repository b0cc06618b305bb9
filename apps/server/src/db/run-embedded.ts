/**
 * `pnpm --filter @smi/server db`: runs the embedded PostgreSQL on its own (for psql, migration generation, or
 * running the API with DATABASE_URL against it). Stops on Ctrl-C.
 */
import path from "node:path";
import { parseEnv } from "../config/env";
import { EMBEDDED_DATABASE_NAME, ensureDatabase, redactUrl } from "./connect-database";
import { startEmbeddedPostgres } from "./embedded-postgres";

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(env.DATA_DIR, "postgres"),
    port: env.EMBEDDED_PG_PORT,
  });
  const url = await ensureDatabase(cluster.url, EMBEDDED_DATABASE_NAME);
  process.stdout.write(
    `PostgreSQL is running: DATABASE_URL=${url}\n(password: ${redactUrl(url) === url ? "none" : "postgres"}) Ctrl-C stops it.\n`,
  );
  cluster.onUnexpectedExit((reason) => {
    process.stderr.write(`embedded PostgreSQL stopped unexpectedly: ${reason}\n`);
    process.exit(1);
  });
  const stop = () => void cluster.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

void main();
