/** Child process of the analysis benchmark: streams the full CSV export to nowhere and reports its peak memory. */
import { Writable } from "node:stream";
import { createDataSource } from "../src/db/data-source";
import { parseResponseFilter } from "../src/modules/analysis/response-filter";
import { streamResponsesCsv } from "../src/modules/analysis/exports/response-csv-stream";

async function main(): Promise<void> {
  const dataSource = createDataSource(process.argv[2]!);
  await dataSource.initialize();
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
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
