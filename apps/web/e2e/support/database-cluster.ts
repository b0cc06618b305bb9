import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const SERVER_ROOT = path.resolve(__dirname, "../../../server");
// The server's own PostgreSQL client and embedded cluster (apps/server/dist), resolved as the server resolves them.
const serverRequire = createRequire(path.join(SERVER_ROOT, "package.json"));

type PgClient = {
  connect(): Promise<void>;
  query(sql: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
  end(): Promise<void>;
};
type EmbeddedCluster = { url: string; stop(): Promise<void> };

/** Migrated once per run (with the administrator and the study settings); every file's database is a copy of it. */
export const TEMPLATE_DATABASE = "smi_e2e_template";
/** The same with the demo study loaded, once, for the files that ask for it. */
export const DEMO_TEMPLATE_DATABASE = "smi_e2e_demo_template";

export type DatabaseCluster = { readonly url: string; readonly dataDir: string; stop(): Promise<void> };

/** A throwaway embedded PostgreSQL for one run of the browser tests, in a temporary folder, on a free port. */
export async function startDatabaseCluster(): Promise<DatabaseCluster> {
  const { startEmbeddedPostgres } = serverRequire("./dist/src/db/embedded-postgres.js") as {
    startEmbeddedPostgres(options: {
      dataDir: string;
      port: number;
      fast: boolean;
    }): Promise<EmbeddedCluster>;
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "smi-web-e2e-"));
  // mkdtemp makes the folder private; the embedded PostgreSQL runs as the postgres user and must traverse it.
  fs.chmodSync(dataDir, 0o755);
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    port: await freePort(),
    fast: true,
  });
  return {
    url: cluster.url,
    dataDir,
    async stop() {
      await cluster.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function maintenanceUrl(): string {
  const url = process.env.E2E_MAINTENANCE_URL;
  if (!url) throw new Error("E2E_MAINTENANCE_URL is set by e2e/support/global-setup.ts");
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(maintenanceUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onMaintenance(sql: string): Promise<void> {
  const { Client } = serverRequire("pg") as {
    Client: new (options: { connectionString: string }) => PgClient;
  };
  const admin = new Client({ connectionString: maintenanceUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** An empty database; the server migrates it on its first start. */
export async function createDatabase(name: string): Promise<string> {
  await onMaintenance(`CREATE DATABASE ${ident(name)}`);
  return databaseUrl(name);
}

/** Closes a template to connections: CREATE DATABASE … TEMPLATE refuses a template someone is connected to. */
export const sealTemplate = (name: string) =>
  onMaintenance(`ALTER DATABASE ${ident(name)} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);

/** A copy of a template, made in a fraction of a second where migrating takes seconds. */
export async function copyTemplate(name: string, template = TEMPLATE_DATABASE): Promise<string> {
  await onMaintenance(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
  await onMaintenance(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`);
  return databaseUrl(name);
}

export const dropDatabase = (name: string) =>
  onMaintenance(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
