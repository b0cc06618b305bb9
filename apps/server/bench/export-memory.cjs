/**
 * Child process of the analysis benchmark: streams the full CSV export to nowhere and reports its time and peak
 * memory, then the time of a bare COPY of the same SELECT by a plain `pg` client (what PostgreSQL alone costs).
 * Plain JavaScript over the compiled server (dist/), as `pnpm start` runs it, so that the figure is the export's
 * and Node's own, not a TypeScript compiler's loaded alongside.
 */
const { Writable } = require("node:stream");
const { createDataSource } = require("../dist/src/db/data-source");
const { parseResponseFilter } = require("../dist/src/modules/analysis/response-filter");
const { streamResponsesCsv } = require("../dist/src/modules/analysis/exports/response-csv-stream");
const { EXPORT_FROM, exportSelect } = require("../dist/src/modules/analysis/exports/export-columns");
// The defaults of STRAIGHTLINING_MAX_SD and SPEEDING_FRACTION_OF_MEDIAN.
const QUALITY = { straightLiningMaxSd: 0.5, speedingFractionOfMedian: 0.5 };
const { pipeline } = require("node:stream/promises");
const { to: copyTo } = require("pg-copy-streams");
const pg = require("pg");

const nowhere = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

async function bareCopyMs(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const sql = `SELECT ${exportSelect(QUALITY)} FROM ${EXPORT_FROM} WHERE r.status = 'submitted' ORDER BY r.submitted_at, r.id`;
  await pipeline(client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (FORMAT csv, HEADER true)`)), nowhere());
  const ms = performance.now() - started;
  await client.end();
  return ms;
}

async function main() {
  const dataSource = createDataSource(process.argv[2]);
  await dataSource.initialize();
  let bytes = 0;
  const sink = new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const started = performance.now();
  const rows = await streamResponsesCsv(dataSource, parseResponseFilter(), QUALITY, sink);
  const ms = performance.now() - started;
  await dataSource.destroy();
  const maxRssKb = process.resourceUsage().maxRSS;
  const copyMs = await bareCopyMs(process.argv[2]);
  process.stdout.write(JSON.stringify({ rows, bytes, ms, maxRssKb, copyMs }));
}

void main();
