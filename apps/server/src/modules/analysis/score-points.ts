import type { ResponseRecord } from "@smi/analysis";
import { PERFORMANCE_INDICATOR_IDS, type PerformanceIndicatorId } from "@smi/questionnaire";
import type { ScoreCount, ScorePoint } from "./score-points.types";

const MIN_TOTAL = 20;
const MAX_TOTAL = 100;

/** Responses per total score, every score from 20 to 100 listed (zeros included) so a histogram can bin freely. */
export function scoreDistribution(records: readonly ResponseRecord[]): ScoreCount[] {
  const counts = new Array<number>(MAX_TOTAL - MIN_TOTAL + 1).fill(0);
  for (const record of records) counts[record.total - MIN_TOTAL]! += 1;
  return counts.map((count, i) => ({ score: MIN_TOTAL + i, count }));
}

/**
 * (total, indicator) pairs of the responses that report the indicator, ordered by value rather than by response,
 * so the list cannot be lined up with another export to single out a company.
 */
export function scorePoints(records: readonly ResponseRecord[], indicator: string): ScorePoint[] | null {
  if (!(PERFORMANCE_INDICATOR_IDS as readonly string[]).includes(indicator)) return null;
  const id = indicator as PerformanceIndicatorId;
  return records
    .flatMap((record) => {
      const value = record.performance[id];
      return typeof value === "number" && Number.isFinite(value) ? [{ total: record.total, value }] : [];
    })
    .sort((a, b) => a.total - b.total || a.value - b.value);
}
