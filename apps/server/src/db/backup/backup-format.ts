/**
 * An SMI Survey backup is one gzip file of newline-separated parts, written in one pass over one snapshot:
 *
 *   {header}                         JSON: format, version, migrations applied, tables (columns, rows), sequences
 *   rows of the first table          COPY text format, one row a line (COPY escapes newlines inside values)
 *   \.                               end of that table's rows (no row of COPY text can read so)
 *   {"table", "rows", "sha256"}      the rows' count and checksum, known only once they were written
 *   … the same for every table, in the header's order (parents before the tables that refer to them)
 *   {"end": true, "tables": n}       a file without this line was cut short
 */
export const BACKUP_FORMAT = "smi-survey-backup";
export const BACKUP_FORMAT_VERSION = 1;
/** TypeORM's record of applied migrations: restored by applying the same migrations, never copied. */
export const MIGRATIONS_TABLE = "migrations";
export const END_OF_ROWS = "\\.";

export interface BackupTable {
  name: string;
  /** Stored columns only: generated ones are computed again on restore. */
  columns: string[];
  rows: number;
}

export interface BackupSequence {
  name: string;
  /** null for a sequence never used. */
  lastValue: string | null;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  postgresVersion: string;
  /** Names of the migrations applied to the database, in the order they ran. */
  migrations: string[];
  tables: BackupTable[];
  sequences: BackupSequence[];
}

export interface TableTrailer {
  table: string;
  rows: number;
  sha256: string;
}

export interface BackupEnd {
  end: true;
  tables: number;
}

/** The backup file to write is there already: a backup never replaces another. */
export class BackupExistsError extends Error {
  override name = "BackupExistsError";
}

/** The backup file cannot be restored: unreadable, cut short, damaged, or of another format. */
export class BackupFileError extends Error {
  override name = "BackupFileError";
}

/**
 * Pinned on both sides, as pg_dump does: COPY writes dates, intervals and floats in the session's styles, and reads
 * them in the reading session's, so a backup must not depend on how either server is configured.
 */
export const SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET DateStyle = 'ISO'",
  "SET IntervalStyle = 'postgres'",
  "SET extra_float_digits = 3",
  "SET TimeZone = 'UTC'",
];

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `smi-backup-2026-12-02T03-00-00Z.gz`: sorts by time, and names no character a file system refuses. */
export function backupFileName(at: Date): string {
  return `smi-backup-${at.toISOString().slice(0, 19).replace(/:/g, "-")}Z.gz`;
}
export const BACKUP_FILE_PATTERN = /^smi-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.gz$/;
