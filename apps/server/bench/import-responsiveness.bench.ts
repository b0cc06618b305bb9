/**
 * `pnpm bench:import [rows] [responseRows]`: while a signed-in researcher previews a company CSV of 100 000 rows (or
 * `rows`) over HTTP, another client asks `{ health { status } }` every 20 ms. Prints the preview's time and the small
 * requests' latencies, with MAX_IMPORT_ROWS raised to the file's size (the whole file is checked) and at its default
 * (refused at the cap). Then imports a response CSV of 20 000 rows (or `responseRows`) twice, new rows and then the
 * same rows updated, and prints each import's time and SQL statements. Uses a throwaway embedded PostgreSQL (or
 * DATABASE_URL's server). Prints, never asserts.
 */
import { ITEM_IDS } from "@smi/questionnaire";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseEnv } from "../src/config/env";
import { createDataSource } from "../src/db/data-source";
import { buildAppSchema } from "../src/graphql/build-schema";
import { createApp } from "../src/http/create-app";
import { createLogger } from "../src/logging/logger";
import { Account } from "../src/modules/accounts/account.entity";
import { hashPassword } from "../src/modules/accounts/password";
import { withCheckDigit } from "../src/modules/companies/registration-code";
import { countStatements } from "../test/support/statement-counter";
import { benchDatabase } from "./bench-database";

const rows = Number(process.argv[2] ?? 100_000);
const responseRows = Number(process.argv[3] ?? 20_000);
const PASSWORD = "bench password 123";
const fmt = (ms: number) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;

type Post = (query: string, variables: object, cookie?: string) => Promise<globalThis.Response>;
interface BenchServer {
  dataSource: ReturnType<typeof createDataSource>;
  post: Post;
  /** A signed-in researcher's session cookie. */
  cookie: string;
}

async function withServer<T>(
  url: string,
  maxImportRows: number,
  use: (s: BenchServer) => Promise<T>,
): Promise<T> {
  const env = parseEnv({ NODE_ENV: "test", LOG_LEVEL: "silent", MAX_IMPORT_ROWS: String(maxImportRows) });
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const app = await createApp({
    env,
    log: createLogger("silent"),
    dataSource,
    schema: await buildAppSchema(),
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
  const post: Post = (query, variables, cookie) =>
    fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  try {
    const signIn = await post(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`,
      {
        e: "bench@example.org",
        p: PASSWORD,
      },
    );
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    return await use({ dataSource, post, cookie });
  } finally {
    await app.apollo.stop();
    await dataSource.destroy();
  }
}

const run = (url: string, maxImportRows: number, csv: string): Promise<string> =>
  withServer(url, maxImportRows, async ({ post, cookie }) => {
    let previewing = true;
    const started = performance.now();
    const preview = post(
      `mutation($csv: String!) { previewCompanyImport(csv: $csv) { rows } }`,
      { csv },
      cookie,
    )
      .then((r) => r.json() as Promise<{ data?: unknown; errors?: Array<{ message: string }> }>)
      .finally(() => (previewing = false));
    const latencies: number[] = [];
    while (previewing) {
      const asked = performance.now();
      await post("{ health { status } }", {});
      latencies.push(performance.now() - asked);
      await new Promise((r) => setTimeout(r, 20));
    }
    const result = await preview;
    const outcome = result.errors ? `refused: ${result.errors[0]!.message}` : JSON.stringify(result.data);
    return [
      `MAX_IMPORT_ROWS=${maxImportRows}: preview ${fmt(performance.now() - started)} (${outcome})`,
      `  ${latencies.length} small requests meanwhile: median ${fmt(quantile(latencies, 0.5))}, p95 ${fmt(quantile(latencies, 0.95))}, max ${fmt(Math.max(...latencies))}`,
    ].join("\n");
  });

/** Imports the same response file twice (all rows new, then all re-imported) and reports time and statements. */
const runResponses = (url: string, n: number): Promise<string> =>
  withServer(url, n, async ({ dataSource, post, cookie }) => {
    const csv = [
      ["response_id", "county", "employees", ...ITEM_IDS].join(","),
      ...Array.from({ length: n }, (_, i) =>
        [`B-${i}`, "BH", 10 + (i % 200), ...ITEM_IDS.map(() => 1 + (i % 5))].join(","),
      ),
    ].join("\n");
    const lines = [
      `responses, ${n} rows (${(csv.length / 1e6).toFixed(1)} MB), importResponses(VALID_ONLY):`,
    ];
    for (const pass of ["new", "re-imported"]) {
      const sql = countStatements(dataSource);
      const started = performance.now();
      const result = (await (
        await post(
          `mutation($csv: String!) { importResponses(csv: $csv, mode: VALID_ONLY) { created updated } }`,
          { csv },
          cookie,
        )
      ).json()) as { data?: unknown; errors?: Array<{ message: string }> };
      const elapsed = performance.now() - started;
      sql.stop();
      const outcome = result.errors ? `refused: ${result.errors[0]!.message}` : JSON.stringify(result.data);
      lines.push(`  ${pass}: ${fmt(elapsed)}, ${sql.statements.length} SQL statements (${outcome})`);
    }
    return lines.join("\n");
  });

async function main(): Promise<void> {
  const database = await benchDatabase("smi_bench_import", 54351);
  const url = database.url;
  const setup = createDataSource(url);
  await setup.initialize();
  await setup.getRepository(Account).insert({
    email: "bench@example.org",
    displayName: "Bench",
    role: "researcher",
    passwordHash: await hashPassword(PASSWORD),
  });
  await setup.destroy();
  const csv = [
    "name,registration_code,county,city,employees,turnover_eur,contact_email",
    ...Array.from(
      { length: rows },
      (_, i) => `Firma ${i} SRL,${withCheckDigit(1_000_000 + i)},BH,Oradea,42,3000000,m${i}@example.ro`,
    ),
  ].join("\n");
  process.stdout.write(
    `machine: ${os.cpus().length} cores, Node ${process.version}; ${rows} rows, ${(csv.length / 1e6).toFixed(1)} MB\n\n`,
  );
  try {
    process.stdout.write(`${await run(url, rows, csv)}\n${await run(url, 20_000, csv)}\n\n`);
    process.stdout.write(`${await runResponses(url, responseRows)}\n`);
  } finally {
    await database.close();
  }
}

void main();
