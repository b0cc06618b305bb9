import type { DataSource } from "typeorm";

export interface StatementCounter {
  /** The SQL statements sent since the counter started (or was last reset), in order. */
  readonly statements: string[];
  reset(): void;
  stop(): void;
}

/**
 * Records every statement a DataSource sends to PostgreSQL, whatever its logging setting: TypeORM hands each one
 * to its logger before running it. For tests and benchmarks that count what an operation costs.
 */
export function countStatements(dataSource: DataSource): StatementCounter {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original(query, parameters, runner);
  };
  return {
    statements,
    reset: () => void statements.splice(0),
    stop: () => void (logger.logQuery = original),
  };
}
