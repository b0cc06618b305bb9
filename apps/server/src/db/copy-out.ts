import type { PoolClient } from "pg";
import { to as copyTo, type CopyToStreamQuery } from "pg-copy-streams";
import type { QueryRunner } from "typeorm";

/**
 * A filter's parameters written into the statement as literals: COPY takes no parameters. Each value goes through
 * the driver's own quoting (`escapeLiteral`); callers pass validated closed sets, numbers and dates.
 */
function inlineParameters(sql: string, params: readonly unknown[], client: PoolClient): string {
  const literal = (value: unknown): string => {
    if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(", ")}]`;
    if (value instanceof Date) return client.escapeLiteral(value.toISOString());
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string") return client.escapeLiteral(value);
    throw new Error(`cannot write ${typeof value} into a COPY statement`);
  };
  return sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

/**
 * `COPY (select) TO STDOUT` on the runner's connection (inside its transaction, if one is open), handed to
 * TypeORM's logger like every other statement so that logging and statement counts see it.
 */
export async function copyOut(
  runner: QueryRunner,
  select: string,
  params: readonly unknown[],
  options: "FORMAT csv, HEADER true" | "FORMAT binary",
): Promise<CopyToStreamQuery> {
  const client = (await runner.connect()) as PoolClient;
  const statement = `COPY (${inlineParameters(select, params, client)}) TO STDOUT WITH (${options})`;
  runner.connection.logger.logQuery(statement, [], runner);
  return client.query(copyTo(statement));
}
