import type { Pool } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/**
 * One fixed statement of the respondent path, run as a named prepared statement: each pooled connection parses and
 * plans it once instead of on every call, which TypeORM's `query()` cannot ask for. It is handed to TypeORM's logger
 * first, as TypeORM's own queries are, so query logging and statement counts still see it.
 */
export function preparedStatement<Row>(
  name: string,
  text: string,
): (dataSource: DataSource, values: unknown[]) => Promise<Row[]> {
  return async (dataSource, values) => {
    dataSource.logger.logQuery(text, values);
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    try {
      return (await pool.query<Row & object>({ name, text, values })).rows;
    } catch (error) {
      dataSource.logger.logQueryError(error as Error, text, values);
      throw error;
    }
  };
}
