#!/usr/bin/env node
// What a phone downloads to open an invitation link /r/<token>: the entry chunk, the respondent route's lazy
// chunk and everything both import statically, gzipped at level 9. Fails above the budget.
// Run after `vite build` (package script `size`).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { entryKey, staticClosure } from "./chunk-graph.cjs";

/** @param {string} line */
const print = (line) => process.stdout.write(`${line}\n`);
/** @param {string} line */
const fail = (line) => {
  process.stderr.write(`bundle-size: ${line}\n`);
  process.exit(1);
};

const BUDGET_KB = 91;
const RESPONDENT_ROUTE = "src/respond/RespondentPage.tsx";

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const manifestPath = path.join(dist, ".vite/manifest.json");
if (!fs.existsSync(manifestPath)) {
  fail(`${manifestPath} is missing; run "pnpm --filter @smi/web build" first.`);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
const { js, css } = staticClosure(manifest, [entryKey(manifest), RESPONDENT_ROUTE]);

/** @param {number} bytes */
const kB = (bytes) => (bytes / 1000).toFixed(2).padStart(8);
/** @param {string} file */
const measure = (file) => {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
};

const rows = js.map(measure);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
print(`JavaScript for /r/<token> (gzip -9, 1 kB = 1000 bytes)\n`);
print(`${"min kB".padStart(8)} ${"gzip kB".padStart(8)}  file`);
for (const row of rows) print(`${kB(row.raw)} ${kB(row.gzip)}  ${row.file}`);
print(`${"".padStart(8)} ${kB(total)}  total (budget ${BUDGET_KB} kB)`);
for (const row of css.map(measure)) print(`\nCSS, not counted: ${kB(row.gzip).trim()} kB gzip  ${row.file}`);

if (total > BUDGET_KB * 1000) {
  fail(`${(total / 1000).toFixed(2)} kB is over the ${BUDGET_KB} kB budget.`);
}
