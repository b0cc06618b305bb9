/**
 * Child process of the analysis benchmark: streams the full CSV export to nowhere and reports its peak memory.
 * Plain JavaScript over the compiled server (dist/), as `pnpm start` runs it, so that the figure is the export's
 * and Node's own, not a TypeScript compiler's loaded alongside.
 */
const { Writable } = require("node:stream");
const { createDataSource } = require("../dist/src/db/data-source");
const { parseResponseFilter } = require("../dist/src/modules/analysis/response-filter");
const { streamResponsesCsv } = require("../dist/src/modules/analysis/exports/response-csv-stream");

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
  const rows = await streamResponsesCsv(dataSource, parseResponseFilter(), sink);
  const ms = performance.now() - started;
  await dataSource.destroy();
  process.stdout.write(JSON.stringify({ rows, bytes, ms, maxRssKb: process.resourceUsage().maxRSS }));
}

void main();
