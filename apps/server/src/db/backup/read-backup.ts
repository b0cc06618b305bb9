import { createHash } from "node:crypto";
import fs from "node:fs";
import zlib from "node:zlib";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  END_OF_ROWS,
  type BackupEnd,
  type BackupHeader,
  type BackupTable,
  type TableTrailer,
} from "./backup-format";

/** Receives one table's rows, each line of COPY text with its newline, and must read them to the end. */
export type TableLoader = (table: BackupTable, rows: AsyncIterable<Buffer>) => Promise<void>;

const NEWLINE = Buffer.from("\n");
const END_MARKER = Buffer.from(END_OF_ROWS);

/** The decompressed lines of `file`, as bytes; a gzip stream that breaks off or is damaged says so. */
async function* linesOf(file: string): AsyncGenerator<Buffer> {
  const source = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let rest = Buffer.alloc(0);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      for (let end = data.indexOf(10); end !== -1; end = data.indexOf(10, start)) {
        yield data.subarray(start, end);
        start = end + 1;
      }
      rest = Buffer.from(data.subarray(start));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BackupFileError(`no such file: ${file}`);
    if (code === "Z_BUF_ERROR")
      throw new BackupFileError(
        `${file} is cut short: it ends in the middle of the backup (an interrupted copy?)`,
      );
    if (code === "Z_DATA_ERROR")
      throw new BackupFileError(
        `${file} is not an SMI Survey backup, or is damaged (${(error as Error).message})`,
      );
    throw error;
  } finally {
    source.destroy();
  }
  if (rest.length) yield rest;
}

function parseJson<T>(line: Buffer, what: string, file: string): T {
  try {
    return JSON.parse(line.toString("utf8")) as T;
  } catch {
    throw new BackupFileError(`${file} is damaged: ${what} is not readable`);
  }
}

/**
 * Reads a backup from start to end and checks it whole: the header, each table's rows against their count and
 * SHA-256, and the end line. Each table's rows go to `load` when given (a restore), else are only checked. Throws a
 * BackupFileError naming the first problem; a loader's own errors pass through.
 */
export async function readBackup(file: string, load?: TableLoader): Promise<BackupHeader> {
  const lines = linesOf(file);
  try {
    return await readParts(file, lines, load);
  } finally {
    await lines.return(undefined);
  }
}

async function readParts(
  file: string,
  lines: AsyncGenerator<Buffer>,
  load: TableLoader | undefined,
): Promise<BackupHeader> {
  const next = async (what: string): Promise<Buffer> => {
    const line = await lines.next();
    if (line.done) throw new BackupFileError(`${file} is cut short: it ends before ${what}`);
    return line.value;
  };

  const header = parseJson<BackupHeader>(await next("its header"), "the header", file);
  if (header.format !== BACKUP_FORMAT || !Array.isArray(header.tables))
    throw new BackupFileError(`${file} is not an SMI Survey backup`);
  if (header.version !== BACKUP_FORMAT_VERSION)
    throw new BackupFileError(
      `${file} is a backup of format version ${header.version}; this version reads format ${BACKUP_FORMAT_VERSION}`,
    );

  for (const table of header.tables) {
    const hash = createHash("sha256");
    let rows = 0;
    let ended = false;
    async function* tableRows(): AsyncGenerator<Buffer> {
      for (;;) {
        const line = await next(`the end of table ${table.name}`);
        if (line.equals(END_MARKER)) {
          ended = true;
          return;
        }
        rows++;
        hash.update(line).update(NEWLINE);
        yield Buffer.concat([line, NEWLINE]);
      }
    }
    if (load) await load(table, tableRows());
    else for await (const _ of tableRows());
    if (!ended) throw new Error(`the loader of ${table.name} stopped before its last row`);

    const trailer = parseJson<TableTrailer>(
      await next(`the checksum of ${table.name}`),
      `the checksum of ${table.name}`,
      file,
    );
    if (trailer.table !== table.name || trailer.rows !== table.rows || rows !== table.rows)
      throw new BackupFileError(
        `${file} is damaged: table ${table.name} should have ${table.rows} rows, the file holds ${rows}`,
      );
    if (trailer.sha256 !== hash.digest("hex"))
      throw new BackupFileError(`${file} is damaged: the rows of ${table.name} do not match their checksum`);
  }

  const end = parseJson<BackupEnd>(await next("its end line"), "the end line", file);
  if (end.end !== true || end.tables !== header.tables.length)
    throw new BackupFileError(`${file} is damaged: its end line does not match its header`);
  if (!(await lines.next()).done)
    throw new BackupFileError(`${file} is damaged: it goes on after its end line`);
  return header;
}
