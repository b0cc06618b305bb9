import type { FrameCell } from "@smi/analysis";
import type { CountyCode, SizeClass } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";

/** Which part of the frame an analysis compares with: the counties and size classes its filter keeps (empty: all). */
export interface FrameScope {
  counties: readonly CountyCode[];
  sizeClasses: readonly SizeClass[];
}

/**
 * The sampling frame as counts per county × size class: one GROUP BY over the companies (served by the
 * eligible/county index), never the companies themselves. The frame is the eligible companies: those screened out
 * as not eligible are outside the population the survey speaks for. Companies whose headcount is unknown (no size
 * class) count in the county margin only.
 */
export async function samplingFrameCells(manager: EntityManager, scope: FrameScope): Promise<FrameCell[]> {
  const params: unknown[] = [];
  const conditions = ["c.eligible"];
  if (scope.counties.length) conditions.push(`c.county = ANY($${params.push([...scope.counties])}::text[])`);
  if (scope.sizeClasses.length)
    conditions.push(`c.size_class = ANY($${params.push([...scope.sizeClasses])}::text[])`);
  const rows = (await manager.query(
    `SELECT c.county, c.size_class AS "sizeClass", count(*)::int AS n
       FROM companies c WHERE ${conditions.join(" AND ")} GROUP BY 1, 2 ORDER BY 1, 2`,
    params,
  )) as FrameCell[];
  return rows;
}
