import { pipeline } from "node:stream/promises";
import type { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import { copyOut } from "../../../db/copy-out";
import { responseFilterSql, type ResponseFilter } from "../response-filter";
import type { QualityThresholds } from "../../responses/response-browser/data-quality";
import { EXPORT_FROM, exportSelect } from "./export-columns";

/**
 * Streams the submitted responses matching `filter` as CSV (UTF-8, header row, empty cell or a code = missing).
 * PostgreSQL formats the file (COPY … TO STDOUT, each cell's text from export-columns.ts) and the server only passes
 * the bytes on, so the export runs near the database's own speed and memory stays flat. Returns the rows written.
 */
export async function streamResponsesCsv(
  dataSource: DataSource,
  filter: ResponseFilter,
  quality: QualityThresholds,
  out: Writable,
): Promise<number> {
  const params: unknown[] = [];
  const select = `SELECT ${exportSelect(quality)} FROM ${EXPORT_FROM} WHERE ${responseFilterSql(filter, params)} ORDER BY r.submitted_at, r.id`;
  const runner = dataSource.createQueryRunner("slave");
  try {
    const copy = await copyOut(runner, select, params, "FORMAT csv, HEADER true");
    await pipeline(copy, out);
    return copy.rowCount;
  } finally {
    await runner.release();
  }
}
