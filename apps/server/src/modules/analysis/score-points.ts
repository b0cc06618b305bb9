import type { ResponseColumns } from "@smi/analysis";
import { PERFORMANCE_INDICATOR_IDS, type PerformanceIndicatorId } from "@smi/questionnaire";
import type { ScoreCount, ScorePoint } from "./score-points.types";

const MIN_TOTAL = 20;
const MAX_TOTAL = 100;

/** Responses per total score, every score from 20 to 100 listed (zeros included) so a histogram can bin freely. */
export function scoreDistribution({ totals }: ResponseColumns): ScoreCount[] {
  const counts = new Array<number>(MAX_TOTAL - MIN_TOTAL + 1).fill(0);
  for (const total of totals) counts[total - MIN_TOTAL]! += 1;
  return counts.map((count, i) => ({ score: MIN_TOTAL + i, count }));
}

/**
 * (total, indicator) pairs of the responses that report the indicator, ordered by value rather than by response,
 * so the list cannot be lined up with another export to single out a company.
 */
export function scorePoints(columns: ResponseColumns, indicator: string): ScorePoint[] | null {
  if (!(PERFORMANCE_INDICATOR_IDS as readonly string[]).includes(indicator)) return null;
  const values = columns.performance[indicator as PerformanceIndicatorId];
  const points: ScorePoint[] = [];
  for (let i = 0; i < columns.n; i++)
    if (Number.isFinite(values[i])) points.push({ total: columns.totals[i]!, value: values[i]! });
  return points.sort((a, b) => a.total - b.total || a.value - b.value);
}
