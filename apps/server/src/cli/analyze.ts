/**
 * `pnpm analyze <responses.csv> [--k 4] [--seed N]`: the full analysis of a response file (the codebook CSV) as JSON
 * on stdout, without a server or database, so a study can be re-analysed and published from its data file alone.
 * Rows with problems are reported on stderr and left out.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { analyze, type ResponseRecord } from "@smi/analysis";
import { ITEM_IDS } from "@smi/questionnaire";
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
  const records = responses.map((r, i): ResponseRecord => ({
    id: r.externalId ?? `row-${r.row}-${i}`,
    county: r.county,
    sizeClass: r.sizeClass,
    configuration: r.configuration,
    items: ITEM_IDS.map((id) => r.answers[id]),
    total: r.score.total,
    category: r.score.category,
    performance: r.performance,
  }));
  process.stdout.write(
    `${JSON.stringify({ file: path.basename(fullPath), rowsRead: rows, rowsSkipped: rows - records.length, ...analyze(records, { k, seed }) }, null, 2)}\n`,
  );
}

void main();
