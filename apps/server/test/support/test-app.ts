import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { parseEnv, type Env } from "../../src/config/env";
import { createDataSource } from "../../src/db/data-source";
import { buildAppSchema } from "../../src/graphql/build-schema";
import type { Context } from "../../src/graphql/context";
import { PersonalDataReads } from "../../src/graphql/personal-data";
import { createServices } from "../../src/graphql/services";
import { createApp, type App } from "../../src/http/create-app";
import { createLogger, type Logger } from "../../src/logging/logger";
import { PGBOSS_SCHEMA } from "../../src/modules/mail/mail-queue";
import { TEST_STUDY_ENV } from "./study-seeds";

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; fieldErrors?: unknown[]; [k: string]: unknown };
  }>;
}

export type GraphQLClient = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResult<T>>;

export interface TestApp {
  dataSource: DataSource;
  env: Env;
  log: Logger;
  url: string;
  app: App;
  /** A real HTTP POST to /graphql, as a browser or R script would send it, without a session. */
  graphql: GraphQLClient;
  /** A client that keeps its session cookie, like one browser (with extra headers on each request, if given). */
  client(headers?: Record<string, string>): GraphQLClient & { cookie(): string | undefined };
  /** The same operation through Apollo's executeOperation, without HTTP. */
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>>;
  /** Empties every table, the audit log included, keeping the schema. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real server (schema, Express, Apollo, PostgreSQL) on a random port, against the test database (or
 * `databaseUrl`), logging to `logSink` when given.
 */
export async function startTestApp(
  overrides: Record<string, string> = {},
  {
    databaseUrl = process.env.TEST_DATABASE_URL!,
    logSink,
  }: { databaseUrl?: string; logSink?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const env = parseEnv({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PORT: "4999",
    ...TEST_STUDY_ENV,
    ...overrides,
  });
  const log = createLogger(env.LOG_LEVEL, logSink);
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  const app = await createApp({ env, log, dataSource, schema: await buildAppSchema() });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const context: Omit<Context, "personalDataReads"> = {
    dataSource,
    env,
    log,
    services: createServices(dataSource, env, log),
    account: null,
    cookies: { setSession: () => undefined, clearSession: () => undefined },
    clientIp: "127.0.0.1",
  };
  const post = async (body: unknown, cookie?: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  return {
    dataSource,
    env,
    log,
    url,
    app,
    async graphql(query, variables) {
      const res = await post({ query, variables });
      return { status: res.status, ...((await res.json()) as object) };
    },
    client(headers) {
      let cookie: string | undefined;
      const client = async (query: string, variables?: Record<string, unknown>) => {
        const res = await post({ query, variables }, cookie, headers);
        const setCookie = res.headers.get("set-cookie");
        if (setCookie) cookie = setCookie.split(";")[0]!.endsWith("=") ? undefined : setCookie.split(";")[0];
        return { status: res.status, ...((await res.json()) as object) };
      };
      return Object.assign(client as GraphQLClient, { cookie: () => cookie });
    },
    async execute(query, variables) {
      const response = await app.apollo.executeOperation(
        { query, variables },
        { contextValue: { ...context, personalDataReads: new PersonalDataReads() } },
      );
      if (response.body.kind !== "single") throw new Error("incremental delivery is not used");
      return { status: response.http.status ?? 200, ...response.body.singleResult } as GraphQLResult<never>;
    },
    async reset() {
      const tables = dataSource.entityMetadatas.map((m) => `"${m.tableName}"`).join(", ");
      // The audit log refuses TRUNCATE; the tests' superuser switches its triggers off, as a DBA could.
      await dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL session_replication_role = replica`);
        await manager.query(`TRUNCATE ${tables} CASCADE`);
        // With triggers off, the TRUNCATE told neither cached analyses nor the county counts that responses changed.
        await manager.query(`UPDATE data_versions SET version = version + 1`);
        await manager.query(`TRUNCATE county_score_counts`);
        // Jobs of e-mails that no longer exist; pg-boss creates its schema when a worker first starts.
        const [{ jobs }] = (await manager.query(`SELECT to_regclass('${PGBOSS_SCHEMA}.job') AS jobs`)) as [
          { jobs: string | null },
        ];
        if (jobs) await manager.query(`TRUNCATE ${PGBOSS_SCHEMA}.job`);
      });
    },
    async close() {
      await app.apollo.stop();
      await dataSource.destroy();
    },
  };
}
