/**
 * `pnpm audit:verify`: recomputes the audit log's hash chain over the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR, whether or not the server is running) and prints "OK" with the number of entries, or
 * the first broken entry and exits 1.
 */
import "reflect-metadata";
import { Client } from "pg";
import { parseEnv, type Env } from "../config/env";
import { connectDatabase } from "../db/connect-database";
import { runningEmbeddedUrl } from "../db/configured-database";
import { createLogger } from "../logging/logger";
import { verifyAuditChain } from "../modules/audit/audit-chain";

/** Starting a second cluster on a running server's data would stop the server's, so a running one is joined; a new one is migrated. */
async function openDatabase(env: Env): Promise<{ url: string; close(): Promise<void> }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => undefined };
  const running = runningEmbeddedUrl(env);
  if (running) return { url: running, close: async () => undefined };
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
