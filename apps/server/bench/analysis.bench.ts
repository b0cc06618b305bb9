/**
 * `pnpm bench:analysis [sizes]`: loads 10 000, 100 000 and 1 000 000 synthetic responses into a throwaway embedded
 * PostgreSQL (or DATABASE_URL's server) and prints, for each size:
 * - the built server (a fresh process per size) answering `analysis` with descriptives, frequencies, item
 *   statistics, reliability, correlations and the cross-tabulations: the first request (which reads the responses),
 *   then the median of three more (responses kept), and the server's peak memory (VmHWM);
 * - one plain SQL query doing the same aggregation in PostgreSQL (sums, variances, covariances, quartiles,
 *   correlations and the four cross-tabulations' counts), median of three: what the database alone costs;
 * - category by county, k-means, and the streamed CSV export beside a bare COPY of the same SELECT, then the export
 *   again with a 64 MB JavaScript heap: memory that stays flat in the number of rows.
 * Prints, never asserts.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { kmeansClustering } from "@smi/analysis";
import { ITEM_IDS, PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import { createDataSource } from "../src/db/data-source";
import { AnalysisService } from "../src/modules/analysis/analysis.service";
import { parseResponseFilter } from "../src/modules/analysis/response-filter";
import { SubmittedResponses } from "../src/modules/analysis/submitted-responses";
import { loadSyntheticResponses } from "../src/modules/demo/load-synthetic-responses";
import { freePort } from "../test/support/server-process";
import { TEST_STUDY_ENV } from "../test/support/study-seeds";
import { benchDatabase } from "./bench-database";
import { peakMemoryMb, startProcess } from "./built-server";

/** The export runs a second time with its JavaScript heap capped at this size. */
const EXPORT_HEAP_CAP_MB = 64;
const sizes = (process.argv[2] ?? "10000,100000,1000000").split(",").map(Number);
const ADMIN = { email: "bench@smi-survey.local", password: "bench-analysis-password-2026" };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => Promise<unknown> | unknown) => {
  const started = performance.now();
  await f();
  return performance.now() - started;
};
const fmt = (ms: number) => (ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);

const ANALYSIS = `{ analysis { n dataHash
  descriptives { total { n mean sd min median max } indicators { indicator n mean sd median } }
  categories { n levels { level count percent } }
  items { itemId mean sd answerCounts }
  reliability { alpha standardizedAlpha averageR items { itemId rDrop alphaIfDeleted } }
  correlations { indicator pearson { n r p ciLower ciUpper } spearman { n rho p } }
  crossTabulations { rowLevels columnLevels n cells { count expected } chiSquare { statistic df p cramersV } }
} }`;

const pairs = ITEM_IDS.flatMap((a, i) => ITEM_IDS.slice(i + 1).map((b) => [a, b] as const));
/** The aggregation the engine does, as PostgreSQL alone would do it in one statement. */
const PLAIN_SQL = `
  WITH r AS (
    SELECT total_score AS t, category, county, size_class, configuration,
           ${ITEM_IDS.map((id) => `(answers->>'${id}')::int AS ${id}`).join(", ")},
           ${PERFORMANCE_INDICATOR_IDS.map((id) => `(performance->>'${id}')::float8 AS ${id}`).join(", ")}
      FROM responses WHERE status = 'submitted'),
  summary AS (
    SELECT count(*), avg(t), stddev_samp(t), percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY t),
           ${ITEM_IDS.map((id) => `avg(${id}), stddev_samp(${id})`).join(", ")},
           ${pairs.map(([a, b]) => `covar_samp(${a}, ${b})`).join(", ")},
           ${PERFORMANCE_INDICATOR_IDS.map((id) => `avg(${id}), stddev_samp(${id}), corr(t, ${id})`).join(", ")}
      FROM r),
  tables AS (
    SELECT category, county, size_class, configuration, count(*) FROM r
     GROUP BY GROUPING SETS ((category), (category, configuration), (category, county), (category, size_class),
                             (configuration, size_class)))
  SELECT (SELECT row_to_json(summary) FROM summary) AS summary, (SELECT json_agg(tables) FROM tables) AS tables`;

async function signIn(graphql: string): Promise<string> {
  const response = await fetch(graphql, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { expiresAt } }`,
      variables: { e: ADMIN.email, p: ADMIN.password },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error(`sign-in failed: ${await response.text()}`);
  return cookie;
}

/** The built server on the database: the analysis request's time, first and kept, and its peak memory. */
async function overTheApi(url: string): Promise<{ first: number; kept: number; peakMb: number; n: number }> {
  const port = await freePort();
  const server = await startProcess(
    ["dist/src/main.js"],
    {
      NODE_ENV: "production",
      DATABASE_URL: url,
      PORT: String(port),
      LOG_LEVEL: "warn",
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...TEST_STUDY_ENV,
    },
    /SMI Survey is running/,
  );
  try {
    const graphql = `http://127.0.0.1:${port}/graphql`;
    const cookie = await signIn(graphql);
    let n = 0;
    const ask = () =>
      time(async () => {
        const response = await fetch(graphql, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ query: ANALYSIS }),
        });
        const body = (await response.json()) as { data?: { analysis: { n: number } }; errors?: unknown };
        if (!body.data) throw new Error(`analysis failed: ${JSON.stringify(body.errors)}`);
        n = body.data.analysis.n;
      });
    const first = await ask();
    const kept = median([await ask(), await ask(), await ask()]);
    return { first, kept, peakMb: peakMemoryMb(server.pid!), n };
  } finally {
    server.kill();
  }
}

async function main(): Promise<void> {
  const database = await benchDatabase("smi_bench", 54349);
  const url = database.url;
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const analysis = new AnalysisService(dataSource, new SubmittedResponses(dataSource, 0));
  const all = parseResponseFilter();
  process.stdout.write(`machine: ${os.cpus().length} cores, Node ${process.version}\n\n`);
  try {
    for (const n of sizes) {
      await dataSource.query("TRUNCATE responses CASCADE");
      const load = await time(() => loadSyntheticResponses(dataSource, { count: n, seed: 1 }));
      await dataSource.query("VACUUM ANALYZE responses");
      const api = await overTheApi(url);
      const plain: number[] = [];
      for (let i = 0; i < 3; i++) plain.push(await time(() => dataSource.query(PLAIN_SQL)));
      const byCounty: number[] = [];
      for (let i = 0; i < 5; i++) byCounty.push(await time(() => analysis.categoryByCounty(all, 0)));
      const { columns } = await analysis.run(all, { k: 4, seed: 1 });
      const kmeans = await time(() =>
        kmeansClustering({ n: columns!.n, k: ITEM_IDS.length, values: columns!.items }, { k: 4, seed: 1 }),
      );
      const exportWith = (nodeFlags: string[]) =>
        JSON.parse(
          execFileSync(process.execPath, [...nodeFlags, path.join(__dirname, "export-memory.cjs"), url], {
            encoding: "utf8",
            maxBuffer: 1 << 20,
          }),
        ) as { rows: number; ms: number; maxRssKb: number; copyMs: number };
      const exported = exportWith([]);
      // Peak RSS follows when the collector runs; a heap too small to hold the rows shows they are not held.
      const capped = exportWith([`--max-old-space-size=${EXPORT_HEAP_CAP_MB}`]);
      process.stdout.write(
        [
          `${n.toLocaleString("en")} responses (loaded in ${fmt(load)})`,
          `  analysis over the API (${api.n.toLocaleString("en")} analysed): first ${fmt(api.first)}, again with the responses kept ${fmt(api.kept)} (median of 3)`,
          `  server peak memory (VmHWM):   ${api.peakMb.toFixed(0)} MB`,
          `  same aggregation, plain SQL:  ${fmt(median(plain))} (median of 3; first / plain SQL: ${(api.first / median(plain)).toFixed(2)})`,
          `  category by county (SQL):     ${fmt(median(byCounty))} median of 5`,
          `  k-means (k=4, 10 restarts):   ${fmt(kmeans)}`,
          `  CSV export (streamed):        ${exported.rows.toLocaleString("en")} rows in ${fmt(exported.ms)}, peak RSS ${(exported.maxRssKb / 1024).toFixed(0)} MB`,
          `  bare COPY of the same SELECT: ${fmt(exported.copyMs)} (export / COPY: ${(exported.ms / exported.copyMs).toFixed(2)})`,
          `  CSV export, ${EXPORT_HEAP_CAP_MB} MB heap cap:   ${capped.rows.toLocaleString("en")} rows in ${fmt(capped.ms)}, peak RSS ${(capped.maxRssKb / 1024).toFixed(0)} MB`,
          "",
        ].join("\n") + "\n",
      );
    }
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

void main();
