import "reflect-metadata";
import { DataSource } from "typeorm";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { SnakeNamingStrategy } from "./snake-naming.strategy";

/** The one DataSource definition, shared by the server, the tests and the TypeORM CLI. */
export function createDataSource(
  url: string,
  { poolSize = 10, migrations = MIGRATIONS }: { poolSize?: number; migrations?: typeof MIGRATIONS } = {},
): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: "pgcrypto",
    synchronize: false,
    // No query logging: parameters carry personal data. Failures reach the log through the error serializer.
    logging: false,
    migrationsRun: false,
    applicationName: "smi-survey",
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  });
}

/** Entry for the TypeORM CLI (`pnpm --filter @smi/server migration:generate`): needs DATABASE_URL. */
export default createDataSource(
  process.env.DATABASE_URL ?? "postgres://postgres:postgres@127.0.0.1:54329/smi",
);
