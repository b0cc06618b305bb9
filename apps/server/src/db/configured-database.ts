import fs from "node:fs";
import path from "node:path";
import type { Env } from "../config/env";
import { EMBEDDED_DATABASE_NAME, ensureDatabase } from "./connect-database";
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from "./embedded-postgres";

/** The port of the embedded cluster a running server holds, read from its lock file; null when none runs. */
function runningEmbeddedPort(env: Env): number | null {
  const pidFile = path.join(env.DATA_DIR, "postgres", "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pid, , , port] = fs.readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  return Number(port) || null;
}

/** The URL of the application database in a running server's embedded cluster; null when none runs. */
export function runningEmbeddedUrl(env: Env): string | null {
  const port = runningEmbeddedPort(env);
  return port
    ? `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`
    : null;
}

export interface ConfiguredDatabase {
  url: string;
  close(): Promise<void>;
}

/**
 * The database the server is configured for, for a command-line tool: DATABASE_URL, or the embedded cluster in
 * DATA_DIR. Starting a second cluster on a running server's data would stop the server's, so a running one is
 * joined; a stopped one is started for the tool alone (and stopped by close()), without applying migrations.
 */
export async function openConfiguredDatabase(env: Env): Promise<ConfiguredDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => undefined };
  const running = runningEmbeddedUrl(env);
  if (running) return { url: running, close: async () => undefined };
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(env.DATA_DIR, "postgres"),
    port: env.EMBEDDED_PG_PORT,
  });
  try {
    return { url: await ensureDatabase(cluster.url, EMBEDDED_DATABASE_NAME), close: () => cluster.stop() };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
