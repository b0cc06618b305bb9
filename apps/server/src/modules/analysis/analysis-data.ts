import type { EntityManager } from "typeorm";
import { responseFilterSql, type ResponseFilter } from "./response-filter";

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
