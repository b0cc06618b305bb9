/**
 * `pnpm audit:verify`: recomputes the audit log's hash chain over the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR, whether or not the server is running) and prints "OK" with the number of entries, or
 * the first broken entry and exits 1.
 */
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { parseEnv, type Env } from "../config/env";
import { connectDatabase, EMBEDDED_DATABASE_NAME } from "../db/connect-database";
import { EMBEDDED_PASSWORD, EMBEDDED_USER } from "../db/embedded-postgres";
import { createLogger } from "../logging/logger";
import { verifyAuditChain } from "../modules/audit/audit-chain";

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

/** Starting a second cluster on a running server's data would stop the server's, so a running one is joined. */
async function openDatabase(env: Env): Promise<{ url: string; close(): Promise<void> }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => undefined };
  const port = runningEmbeddedPort(env);
  if (port) {
    const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
    return { url, close: async () => undefined };
  }
  const db = await connectDatabase(env, createLogger("silent"));
  return { url: (db.dataSource.options as { url: string }).url, close: () => db.close() };
}

async function main(): Promise<number> {
  const env = parseEnv(process.env);
  const db = await openDatabase(env);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const result = await verifyAuditChain(client);
    if (result.ok) {
      process.stdout.write(`OK: ${result.count} audit entries, hash chain intact\n`);
      return 0;
    }
    process.stdout.write(
      `BROKEN at entry ${result.seq}${result.id ? ` (id ${result.id})` : ""}: ${result.problem}; ${result.count} entries before it verify\n`,
    );
    return 1;
  } finally {
    await client.end();
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit:verify: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
