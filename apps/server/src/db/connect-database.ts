import path from "node:path";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import type { Env } from "../config/env";
import type { Logger } from "../logging/logger";
import { createDataSource } from "./data-source";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres";

export const EMBEDDED_DATABASE_NAME = "smi";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

export interface Database {
  dataSource: DataSource;
  /** Closes the pool, then stops the embedded cluster if this process started one. */
  close(): Promise<void>;
  /**
   * Calls `listener` once if the embedded cluster this process started ends by itself. Never for DATABASE_URL: a
   * server of its own is restarted by its own supervisor, and the pool reconnects once it answers again.
   */
  onEmbeddedExit(listener: (reason: string) => void): void;
}

/** Hides the password of a connection URL for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable DATABASE_URL>";
  }
}

/** Creates `name` on the cluster if missing (CREATE DATABASE cannot run inside a transaction or take parameters). */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Connects to DATABASE_URL, or starts the embedded cluster in DATA_DIR/postgres, then applies pending migrations.
 * Fails with one DatabaseUnavailableError saying what was tried.
 */
export async function connectDatabase(env: Env, log: Logger): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    const dataDir = path.join(env.DATA_DIR, "postgres");
    log.info({ dataDir, port: env.EMBEDDED_PG_PORT }, "starting embedded PostgreSQL");
    try {
      cluster = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_PG_PORT });
      url = await ensureDatabase(cluster.url, EMBEDDED_DATABASE_NAME);
    } catch (error) {
      await cluster?.stop();
      throw new DatabaseUnavailableError(
        `could not start the embedded PostgreSQL in ${dataDir} on port ${env.EMBEDDED_PG_PORT}: ${messageOf(error)}`,
      );
    }
  }

  const dataSource = createDataSource(url, { poolSize: env.DATABASE_POOL_SIZE });
  try {
    await dataSource.initialize();
  } catch (error) {
    await cluster?.stop();
    throw new DatabaseUnavailableError(
      `could not connect to PostgreSQL at ${redactUrl(url)}: ${messageOf(error)}`,
    );
  }
  const applied = await dataSource.runMigrations({ transaction: "each" });
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, "applied database migrations");

  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await cluster?.stop();
    },
    onEmbeddedExit(listener) {
      cluster?.onUnexpectedExit(listener);
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(messageOf).join("; ");
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
