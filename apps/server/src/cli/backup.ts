/**
 * `pnpm backup [FILE]`: writes one consistent backup of the whole database (DATABASE_URL, or the embedded one in
 * DATA_DIR, whether or not the server is running) to FILE, by default a new smi-backup-<time>.gz in BACKUP_DIR or
 * the current folder. Needs no PostgreSQL client program.
 */
import "reflect-metadata";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseEnv } from "../config/env";
import { backupFileName } from "../db/backup/backup-format";
import { writeBackupFile } from "../db/backup/create-backup";
import { openConfiguredDatabase } from "../db/configured-database";
import { redactUrl } from "../db/connect-database";

const USAGE = "usage: pnpm backup [FILE]";

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new Error(`name one file at most\n${USAGE}`);
  const env = parseEnv(process.env);
  // pnpm runs scripts in the package folder; resolve the path from where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const file = positionals[0]
    ? path.resolve(cwd, positionals[0])
    : // BACKUP_DIR means the same folder here as for the server's daily backups.
      path.join(env.BACKUP_DIR ? path.resolve(env.BACKUP_DIR) : cwd, backupFileName(new Date()));

  const db = await openConfiguredDatabase(env);
  try {
    const header = await writeBackupFile(db.url, file);
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    process.stdout.write(
      `Backup of ${redactUrl(db.url)} written to ${file}\n` +
        `  ${header.tables.length} tables, ${rows} rows, ${header.migrations.length} migrations (last ${header.migrations.at(-1) ?? "none"})\n`,
    );
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`backup: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
