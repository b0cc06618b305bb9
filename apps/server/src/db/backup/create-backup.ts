import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { Client } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { SERVER_VERSION } from "../../config/version";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupExistsError,
  END_OF_ROWS,
  ident,
  MIGRATIONS_TABLE,
  SESSION_SETTINGS,
  type BackupEnd,
  type BackupHeader,
  type TableTrailer,
} from "./backup-format";
import { sequences, tablesInDependencyOrder } from "./schema-catalog";

export interface BackupOptions {
  /** An exported snapshot (pg_export_snapshot()) to read instead of a new one, as pg_dump's --snapshot. */
  snapshot?: string;
}

function countLines(chunk: Buffer): number {
  let lines = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  return lines;
}

/**
 * Writes a backup of the database at `url` to `out` (see backup-format.ts). Everything is read in one REPEATABLE
 * READ READ ONLY transaction, so the file is the database as it was at one instant while the server goes on
 * writing; the transaction takes no lock that a writer waits for.
 */
export async function writeBackup(
  url: string,
  out: Writable,
  options: BackupOptions = {},
): Promise<BackupHeader> {
  const client = new Client({ connectionString: url, application_name: "smi-survey-backup" });
  await client.connect();
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, out);
  const write = async (data: Buffer | string) => {
    if (!gzip.write(data)) await once(gzip, "drain");
  };
  try {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (options.snapshot)
      await client.query(`SET TRANSACTION SNAPSHOT ${client.escapeLiteral(options.snapshot)}`);
    const { rows: schema } = await client.query<{ found: boolean }>(
      `SELECT to_regclass($1) IS NOT NULL AS found`,
      [ident(MIGRATIONS_TABLE)],
    );
    if (!schema[0]!.found)
      throw new Error(
        "this database holds no SMI Survey data (it has no migrations table): nothing to back up",
      );
    const { rows: migrations } = await client.query<{ name: string }>(
      `SELECT name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY id`,
    );
    const tables = await tablesInDependencyOrder(client);
    const counted = [];
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(table.name)}`);
      counted.push({ ...table, rows: Number(rows[0]!.n) });
    }
    const { rows: version } = await client.query<{ v: string }>("SHOW server_version");
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: SERVER_VERSION,
      postgresVersion: version[0]!.v,
      migrations: migrations.map((m) => m.name),
      tables: counted,
      sequences: await sequences(client),
    };
    await write(`${JSON.stringify(header)}\n`);

    for (const table of counted) {
      const hash = createHash("sha256");
      let rows = 0;
      const copy = client.query(
        copyTo(`COPY ${ident(table.name)} (${table.columns.map(ident).join(", ")}) TO STDOUT`),
      );
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        hash.update(chunk);
        rows += countLines(chunk);
        await write(chunk);
      }
      if (rows !== table.rows)
        throw new Error(`${table.name}: counted ${table.rows} rows but copied ${rows} in the same snapshot`);
      const trailer: TableTrailer = { table: table.name, rows, sha256: hash.digest("hex") };
      await write(`${END_OF_ROWS}\n${JSON.stringify(trailer)}\n`);
    }
    await write(`${JSON.stringify({ end: true, tables: counted.length } satisfies BackupEnd)}\n`);
    await client.query("COMMIT");
    gzip.end();
    await written;
    return header;
  } catch (error) {
    gzip.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Writes the backup next to `file` and links it into place once complete, so `file` is never a partial backup,
 * whatever stops the process half-way, and never replaces another backup (BackupExistsError), even one that another
 * process finished meanwhile.
 */
export async function writeBackupFile(
  url: string,
  file: string,
  options: BackupOptions = {},
): Promise<BackupHeader> {
  const exists = () => new BackupExistsError(`${file} already exists; name a new file`);
  if (fs.existsSync(file)) throw exists();
  const partial = `${file}.${process.pid}.partial`;
  try {
    const header = await writeBackup(url, fs.createWriteStream(partial), options);
    try {
      fs.linkSync(partial, file);
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code === "EEXIST" ? exists() : error;
    }
    return header;
  } finally {
    fs.rmSync(partial, { force: true });
  }
}
