import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { DataSource } from "typeorm";
import { importedFlags } from "../responses/consistency";
import { SeededRandom } from "./seeded-random";
import { syntheticResponse } from "./synthetic-response";

const COLUMNS = [
  "source",
  "status",
  "answers",
  "county",
  "employees",
  "turnover_eur",
  "balance_sheet_eur",
  "has_marketing_dept",
  "size_class",
  "performance",
  "configuration",
  "total_score",
  "category",
  "scoring_key",
  "submitted_at",
  "consistency_flags",
];

const csvField = (value: unknown) => {
  if (value === null || value === undefined) return "";
  const text =
    typeof value === "object" && !(value instanceof Date)
      ? JSON.stringify(value)
      : value instanceof Date
        ? value.toISOString()
        : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Bulk-loads `count` synthetic submitted responses (source "import") with COPY, for benchmarks and load tests.
 * Deterministic for a seed; submission dates spread over the year before `until`.
 */
export async function loadSyntheticResponses(
  dataSource: DataSource,
  { count, seed, until = new Date() }: { count: number; seed: number; until?: Date },
): Promise<void> {
  const rng = new SeededRandom(seed);
  let produced = 0;
  const rows = new Readable({
    read() {
      let chunk = "";
      for (let i = 0; i < 1_000 && produced < count; i++, produced++) {
        const r = syntheticResponse(rng);
        const submittedAt = new Date(until.getTime() - rng.int(0, 365 * 86_400) * 1000);
        chunk += `${[
          "import",
          "submitted",
          r.answers,
          r.county,
          r.employees,
          r.turnoverEur,
          r.balanceSheetEur,
          r.hasMarketingDept,
          r.sizeClass,
          r.performance,
          r.configuration,
          r.score.total,
          r.score.category,
          r.score.scoringKey,
          submittedAt,
          `{${importedFlags(r).consistencyFlags.join(",")}}`,
        ]
          .map(csvField)
          .join(",")}\n`;
      }
      this.push(chunk || null);
    },
  });
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await pipeline(
      rows,
      client.query(copyFrom(`COPY responses (${COLUMNS.join(", ")}) FROM STDIN WITH (FORMAT csv)`)),
    );
  } finally {
    await runner.release();
  }
}
