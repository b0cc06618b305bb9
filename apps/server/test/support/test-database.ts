import path from "node:path";
import { Client } from "pg";

/** Where the throwaway test cluster lives; separate from the dev cluster so tests never touch real data. */
export const TEST_CLUSTER_DIR = path.resolve(__dirname, "../../.data/test-postgres");

// Every database a test run makes carries this prefix, so that the next run's setup drops whatever a crashed run left.
const PREFIX = "smi_test";

/** Migrated once per run by the global setup; every other test database is a copy of it. */
export const TEMPLATE_DATABASE = `${PREFIX}_template`;

/** A database for one test file that needs one to itself (the file must drop it when done). */
export const ownDatabaseName = (purpose: string) => `${PREFIX}_${purpose}`;

/**
 * This Jest worker's database. A worker runs its files one after another and each file starts with `t.reset()`;
 * files that run at the same time are in different workers, so they never see each other's rows.
 */
export const workerDatabaseName = () => `${PREFIX}_${process.env.JEST_WORKER_ID ?? "1"}`;

/** Where CREATE and DROP DATABASE run: the embedded cluster's `postgres`, or DATABASE_URL, set by the global setup. */
function maintenanceUrl(): string {
  const url = process.env.TEST_MAINTENANCE_URL;
  if (!url)
    throw new Error("TEST_MAINTENANCE_URL is set by test/global-setup.ts: run the tests through jest");
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(maintenanceUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onMaintenance<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: maintenanceUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Creates `name` as a copy of the migrated template (in milliseconds, where migrating takes seconds), or empty.
 * Returns its URL. An existing database of that name is kept, unless `fresh` asks for a new one.
 */
export async function createDatabase(
  name: string,
  { empty = false, fresh = false }: { empty?: boolean; fresh?: boolean } = {},
): Promise<string> {
  await onMaintenance(async (admin) => {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount)
      await admin.query(
        `CREATE DATABASE ${ident(name)} TEMPLATE ${empty ? "template0" : ident(TEMPLATE_DATABASE)}`,
      );
  });
  return databaseUrl(name);
}

/** Runs SQL in the database at `url`, for a test that prepares its own database (a trigger, a broken table). */
export async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await onMaintenance((admin) => admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

/** Drops every database of a test run, the template included (and `smi_test`, the one database of earlier runs). */
export async function dropTestDatabases(): Promise<void> {
  await onMaintenance(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_')`,
      [PREFIX],
    );
    for (const { datname } of rows) {
      // A template cannot be dropped while it is one.
      await admin.query(`ALTER DATABASE ${ident(datname)} IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE ${ident(datname)} WITH (FORCE)`);
    }
  });
}

/** Closes the migrated template to connections: CREATE DATABASE … TEMPLATE refuses a template someone is connected to. */
export async function sealTemplate(): Promise<void> {
  await onMaintenance((admin) =>
    admin.query(`ALTER DATABASE ${ident(TEMPLATE_DATABASE)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`),
  );
}
