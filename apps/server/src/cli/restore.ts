/**
 * `pnpm restore FILE [--force]`: restores a backup written by `pnpm backup` into the configured database
 * (DATABASE_URL, or the embedded one in DATA_DIR), which must be empty and unused (stop the server first).
 */
import "reflect-metadata";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseEnv } from "../config/env";
import { restoreBackup } from "../db/backup/restore-backup";
import { openConfiguredDatabase } from "../db/configured-database";
import { redactUrl } from "../db/connect-database";

const USAGE = `usage: pnpm restore FILE [--force]
  --force  erase everything in the target database first (every table of SMI Survey and its mail queue), then
           restore; without it, a database that is not empty is refused`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  if (positionals.length !== 1) throw new Error(`name the backup file\n${USAGE}`);
  const env = parseEnv(process.env);
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);

  const db = await openConfiguredDatabase(env);
  try {
    process.stdout.write(
      `Restoring ${file} into ${redactUrl(db.url)}${values.force ? " (erasing it first)" : ""}\n`,
    );
    const header = await restoreBackup(db.url, file, { force: values.force });
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    process.stdout.write(
      `Restored the backup of ${header.createdAt}: ${header.tables.length} tables, ${rows} rows, checksums verified.\n` +
        "Start the server: it applies the migrations newer than the backup, if any.\n",
    );
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`restore: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
