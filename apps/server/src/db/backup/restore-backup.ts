import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Client, type ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PGBOSS_SCHEMA } from "../../modules/mail/mail-queue";
import { createDataSource } from "../data-source";
import { MIGRATIONS } from "../migrations";
import { ident, SESSION_SETTINGS, type BackupHeader } from "./backup-format";
import { readBackup } from "./read-backup";
import { existingRelations } from "./schema-catalog";

/** The restore would harm or could not be faithful: a database in use or not empty, or a newer backup. */
export class RestoreRefusedError extends Error {
  override name = "RestoreRefusedError";
}

export interface RestoreOptions {
  /** Erase everything in the database (our schema and pg-boss's) before restoring, instead of refusing. */
  force?: boolean;
}

/** The append-only log refuses DELETE; the migrations never write to it, so it is empty before the load. */
const AUDIT_TABLE = "audit_events";
const EMAILS_TABLE = "email_messages";
/** E-mails the backup holds as not yet sent have no job any more (pg-boss's schema is not backed up). */
const UNSENT_NOTE = "not sent before the backup was taken; restored without its delivery job";

const migrationName = (migration: (typeof MIGRATIONS)[number]) => new migration().name ?? migration.name;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: "smi-survey-restore" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Back to an empty database: our schema and pg-boss's, with every table, function and extension in them. */
async function eraseDatabase(client: ClientBase): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${ident(PGBOSS_SCHEMA)} CASCADE`);
  await client.query(`DROP SCHEMA IF EXISTS public CASCADE`);
  await client.query(`CREATE SCHEMA public`);
  await client.query(`GRANT USAGE ON SCHEMA public TO PUBLIC`);
}

/** Other sessions on the database, after giving those of a client that just disconnected a moment to end. */
async function otherConnections(client: ClientBase): Promise<number> {
  for (let waited = 0; ; waited += 100) {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    if (rows[0]!.n === 0 || waited >= 3_000) return rows[0]!.n;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function refuseUnlessEmpty(client: ClientBase, force: boolean): Promise<void> {
  const others = await otherConnections(client);
  if (others > 0)
    throw new RestoreRefusedError(
      `${others} other connection(s) use this database (a running server?): stop them before restoring`,
    );
  const existing = await existingRelations(client);
  if (!existing.length) return;
  if (!force)
    throw new RestoreRefusedError(
      `the database is not empty (${existing.length} tables and other relations, such as ${existing.slice(0, 3).join(", ")}): ` +
        "restore into an empty database, or add --force to erase everything in it first",
    );
  await eraseDatabase(client);
}

/** Every row of the backup in one transaction, exactly as it was: user triggers are off while loading. */
async function loadRows(client: ClientBase, file: string, header: BackupHeader): Promise<void> {
  for (const setting of SESSION_SETTINGS) await client.query(setting);
  await client.query("BEGIN");
  try {
    // Off: the audit chain's trigger (it would stamp new times and hashes) and the counters kept from responses
    // (the backup holds their values); foreign keys stay checked, hence the load in dependency order.
    for (const table of header.tables)
      await client.query(`ALTER TABLE ${ident(table.name)} DISABLE TRIGGER USER`);
    // Rows the migrations seeded (default templates, counters) make way for the backup's.
    for (const table of [...header.tables].reverse())
      if (table.name !== AUDIT_TABLE) await client.query(`DELETE FROM ${ident(table.name)}`);

    await readBackup(file, async (table, rows) => {
      const copy = client.query(
        copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) FROM STDIN`),
      );
      await pipeline(Readable.from(rows), copy);
    });
    for (const { name, lastValue } of header.sequences)
      if (lastValue !== null)
        await client.query(`SELECT setval($1::regclass, $2::bigint)`, [ident(name), lastValue]);
    if (header.tables.some((table) => table.name === EMAILS_TABLE))
      await client.query(
        `UPDATE ${EMAILS_TABLE} SET status = 'failed', failed_at = now(), last_error = $1
          WHERE status IN ('queued', 'sending')`,
        [UNSENT_NOTE],
      );
    for (const table of header.tables)
      await client.query(`ALTER TABLE ${ident(table.name)} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/**
 * Restores the backup `file` into the empty database at `url`: the file is checked whole first (a damaged or
 * truncated one changes nothing), then the migrations the backup's database had are applied, then every row is
 * loaded in one transaction and checked again against its checksum before it commits. Migrations newer than the
 * backup are left to the server's next start, as for any database. If anything fails after the check, the
 * database is emptied again, so a corrected attempt can follow.
 */
export async function restoreBackup(
  url: string,
  file: string,
  { force = false }: RestoreOptions = {},
): Promise<BackupHeader> {
  const header = await readBackup(file);
  const known = new Set(MIGRATIONS.map(migrationName));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length)
    throw new RestoreRefusedError(
      `the backup was made by a newer SMI Survey (server ${header.serverVersion}, migration ${unknown.join(", ")}): ` +
        "restore it with that version or a later one",
    );

  await withClient(url, (client) => refuseUnlessEmpty(client, force));
  try {
    const dataSource = createDataSource(url, {
      poolSize: 1,
      migrations: MIGRATIONS.filter((migration) => header.migrations.includes(migrationName(migration))),
    });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: "each" });
    } finally {
      await dataSource.destroy();
    }
    await withClient(url, (client) => loadRows(client, file, header));
  } catch (error) {
    await withClient(url, eraseDatabase);
    throw error;
  }
  return header;
}
