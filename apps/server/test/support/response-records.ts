import type { ResponseRecord } from "@smi/analysis";
import { ITEM_IDS, PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import { responseFilterSql, type ResponseFilter } from "../../src/modules/analysis/response-filter";

/**
 * The submitted responses matching a filter, read the plain way, from the JSON answers and indicators as
 * respondents' requests stored them, ordered by id. The product reads compact generated columns through a binary
 * COPY instead; tests hold its figures to these.
 */
export async function responseRecords(
  manager: EntityManager,
  filter: ResponseFilter,
): Promise<ResponseRecord[]> {
  const params: unknown[] = [];
  const rows: Array<{
    id: string;
    a: number[];
    t: number;
    c: ResponseRecord["category"];
    co: ResponseRecord["county"];
    s: ResponseRecord["sizeClass"];
    cf: ResponseRecord["configuration"];
    p: (number | null)[];
    at: Date;
  }> = await manager.query(
    `SELECT r.id, ARRAY[${ITEM_IDS.map((id) => `(r.answers->>'${id}')::int`).join(", ")}] AS a, r.total_score AS t,
            r.category AS c, r.county AS co, r.size_class AS s, r.configuration AS cf, r.submitted_at AS at,
            ARRAY[${PERFORMANCE_INDICATOR_IDS.map((id) => `(r.performance->>'${id}')::float8`).join(", ")}] AS p
       FROM responses r WHERE ${responseFilterSql(filter, params)} ORDER BY r.id`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    county: row.co,
    sizeClass: row.s,
    configuration: row.cf,
    items: row.a,
    total: row.t,
    category: row.c,
    performance: Object.fromEntries(PERFORMANCE_INDICATOR_IDS.map((id, k) => [id, row.p[k] ?? null])),
    submittedAt: row.at,
  }));
}
