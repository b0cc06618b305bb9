import { createHash } from "node:crypto";
import { ITEM_IDS, PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import type { ResponseRecord } from "@smi/analysis";
import type { EntityManager } from "typeorm";
import { responseFilterSql, type AnalysedResponse, type ResponseFilter } from "./response-filter";

/** Categorical variables a cross-classification can use, mapped to their (whitelisted) columns. */
export const DIMENSIONS = {
  category: "category",
  county: "county",
  size_class: "size_class",
  configuration: "configuration",
} as const;
export type Dimension = keyof typeof DIMENSIONS;

export interface CellCount {
  row: string | null;
  column: string | null;
  n: number;
}

/** Counts of submitted responses by two categorical variables: one GROUP BY, served by the county/category index. */
export async function crossCounts(
  manager: EntityManager,
  filter: ResponseFilter,
  rows: Dimension,
  columns: Dimension,
): Promise<CellCount[]> {
  const params: unknown[] = [];
  return manager.query(
    `SELECT r.${DIMENSIONS[rows]} AS "row", r.${DIMENSIONS[columns]} AS "column", count(*)::int AS n
       FROM responses r WHERE ${responseFilterSql(filter, params)} GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  );
}

/** The submitted responses matching a filter, in a stable order, with a SHA-256 of exactly those rows. */
export interface MatchingResponses {
  records: ResponseRecord[];
  /** Lets a saved analysis prove which data it used. */
  dataHash: string;
}

/** The responses as the engine reads them, each with the line of text the data hash covers. */
export async function loadResponseRecords(
  manager: EntityManager,
  filter: ResponseFilter,
): Promise<{ records: AnalysedResponse[]; lines: string[] }> {
  const params: unknown[] = [];
  const rows: Array<{
    id: string;
    a: number[];
    t: number;
    c: string;
    co: string | null;
    s: string | null;
    cf: string | null;
    p: (number | null)[];
    at: Date;
    f: string[];
    x: boolean;
  }> = await manager.query(
    `SELECT r.id, ARRAY[${ITEM_IDS.map((id) => `(r.answers->>'${id}')::int`).join(", ")}] AS a, r.total_score AS t,
              r.category AS c, r.county AS co, r.size_class AS s, r.configuration AS cf, r.submitted_at AS at, r.consistency_flags AS f, r.excluded_at IS NOT NULL AS x,
              ARRAY[${PERFORMANCE_INDICATOR_IDS.map((id) => `(r.performance->>'${id}')::float8`).join(", ")}] AS p
         FROM responses r WHERE ${responseFilterSql(filter, params)} ORDER BY r.id`,
    params,
  );
  const lines = rows.map(
    (row) => `${row.id},${row.a.join(" ")},${row.t},${row.co},${row.s},${row.cf},${row.p.join(" ")}\n`,
  );
  const records = rows.map((row): AnalysedResponse => ({
    id: row.id,
    county: row.co as ResponseRecord["county"],
    sizeClass: row.s as ResponseRecord["sizeClass"],
    configuration: row.cf as ResponseRecord["configuration"],
    items: row.a,
    total: row.t,
    category: row.c as ResponseRecord["category"],
    performance: Object.fromEntries(PERFORMANCE_INDICATOR_IDS.map((id, k) => [id, row.p[k] ?? null])),
    submittedAt: row.at,
    consistencyFlags: row.f,
    excluded: row.x,
  }));
  return { records, lines };
}

export function hashLines(lines: Iterable<string>): string {
  const hash = createHash("sha256");
  for (const line of lines) hash.update(line);
  return hash.digest("hex");
}
