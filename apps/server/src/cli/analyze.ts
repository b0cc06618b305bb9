/**
 * `pnpm analyze <responses.csv> [--k 4] [--seed N]`: the full analysis of a response file (the codebook CSV) as JSON
 * on stdout, without a server or database, so a study can be re-analysed and published from its data file alone.
 * Rows with problems are reported on stderr and left out. The rows are analysed in the server's order and the output
 * carries the server's data hash, so a file exported from an installation gives its figures and hash exactly.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze, toResponseColumns, type ResponseRecord } from "@smi/analysis";
import { ITEM_IDS } from "@smi/questionnaire";
import { ID_BYTES } from "../modules/analysis/analysis-rows";
import { dataHash } from "../modules/analysis/data-hash";
import { stableIdBytes } from "../modules/analysis/stable-id";
import { parseResponseCsv } from "../modules/responses/response-csv";

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\nusage: pnpm analyze <responses.csv> [--k 4] [--seed 1]\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { k: { type: "string", default: "4" }, seed: { type: "string", default: "1" } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const [file] = parsed.positionals;
  if (!file) fail("name the response file");
  const k = Number(parsed.values.k);
  const seed = Number(parsed.values.seed);
  if (!Number.isInteger(k) || k < 2 || k > 12) fail("--k must be a whole number from 2 to 12");
  if (!Number.isInteger(seed)) fail("--seed must be a whole number");
  // pnpm runs scripts in the package folder; resolve the path from where the command was typed.
  const fullPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(fullPath)) fail(`no such file: ${fullPath}`);

  const { responses, rows, problems } = await parseResponseCsv(fs.readFileSync(fullPath, "utf8"));
  for (const p of problems) process.stderr.write(`row ${p.row}, ${p.column}: ${p.message}\n`);
  if (rows > 0 && responses.length === 0) fail("no valid response in the file");
  // In the server's order (by stable id) and hashed as it hashes, so the figures and the hash are the server's.
  const keyed = responses
    .map((r) => ({ r, id: stableIdBytes(r.externalId ?? `row-${r.row}`) }))
    .sort((a, b) => Buffer.compare(a.id, b.id));
  const records = keyed.map(({ r }, i): ResponseRecord => ({
    id: r.externalId ?? `row-${r.row}-${i}`,
    county: r.county,
    sizeClass: r.sizeClass,
    configuration: r.configuration,
    items: ITEM_IDS.map((id) => r.answers[id]),
    total: r.score.total,
    category: r.score.category,
    performance: r.performance,
  }));
  const ids = new Uint8Array(keyed.length * ID_BYTES);
  keyed.forEach(({ id }, i) => ids.set(id, i * ID_BYTES));
  const hash = dataHash({ columns: toResponseColumns(records), ids });
  process.stdout.write(
    `${JSON.stringify({ file: path.basename(fullPath), rowsRead: rows, rowsSkipped: rows - records.length, dataHash: hash, ...analyze(records, { k, seed }) }, null, 2)}\n`,
  );
}

void main();
