import { stringify } from "csv-stringify";
import QueryStream from "pg-query-stream";
import { pipeline } from "node:stream/promises";
import { Transform, type Writable } from "node:stream";
import type { DataSource } from "typeorm";
import type { PoolClient } from "pg";
import { responseFilterSql, type ResponseFilter } from "../response-filter";
import { EXPORT_COLUMNS, EXPORT_SELECT, formatCell } from "./export-columns";

/**
 * Streams the submitted responses matching `filter` as CSV (UTF-8, header row, empty cell = missing) from a
 * server-side cursor, so memory stays flat whatever the number of rows. Returns the number of rows written.
 */
export async function streamResponsesCsv(
  dataSource: DataSource,
  filter: ResponseFilter,
  out: Writable,
): Promise<number> {
  const params: unknown[] = [];
  const sql = `SELECT ${EXPORT_SELECT} FROM responses r WHERE ${responseFilterSql(filter, params)} ORDER BY r.submitted_at, r.id`;
  const runner = dataSource.createQueryRunner("slave");
  const client = (await runner.connect()) as PoolClient;
  let rows = 0;
  try {
    const source = client.query(new QueryStream(sql, params, { batchSize: 2000 }));
    const toRecord = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        rows++;
        done(
          null,
          EXPORT_COLUMNS.map((name) => formatCell(row[name])),
        );
      },
    });
    await pipeline(source, toRecord, stringify({ header: true, columns: EXPORT_COLUMNS }), out);
  } finally {
    await runner.release();
  }
  return rows;
}
