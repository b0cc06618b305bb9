import { pipeline } from "node:stream/promises";
import type { Writable } from "node:stream";
import type { PoolClient } from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { DataSource } from "typeorm";
import { responseFilterSql, type ResponseFilter } from "../response-filter";
import { EXPORT_FROM, EXPORT_SELECT } from "./export-columns";

/**
 * A filter's parameters written into the statement as literals: COPY takes no parameters. Each value goes through
 * the driver's own quoting (`escapeLiteral`), and the filter's values are already validated closed sets and dates.
 */
function inlineParameters(sql: string, params: readonly unknown[], client: PoolClient): string {
  const literal = (value: unknown): string => {
    if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(", ")}]`;
    if (value instanceof Date) return client.escapeLiteral(value.toISOString());
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string") return client.escapeLiteral(value);
    throw new Error(`cannot write ${typeof value} into an export statement`);
  };
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

/**
 * Streams the submitted responses matching `filter` as CSV (UTF-8, header row, empty cell or a code = missing). PostgreSQL
 * formats the file (COPY … TO STDOUT, each cell's text from export-columns.ts) and the server only passes the bytes
 * on, so the export runs near the database's own speed and memory stays flat. Returns the number of rows written.
 */
export async function streamResponsesCsv(
  dataSource: DataSource,
  filter: ResponseFilter,
  out: Writable,
): Promise<number> {
  const params: unknown[] = [];
  const select = `SELECT ${EXPORT_SELECT} FROM ${EXPORT_FROM} WHERE ${responseFilterSql(filter, params)} ORDER BY r.submitted_at, r.id`;
  const runner = dataSource.createQueryRunner("slave");
  const client = (await runner.connect()) as PoolClient;
  try {
    const copy = client.query(
      copyTo(`COPY (${inlineParameters(select, params, client)}) TO STDOUT WITH (FORMAT csv, HEADER true)`),
    );
    await pipeline(copy, out);
    return copy.rowCount;
  } finally {
    await runner.release();
  }
}
