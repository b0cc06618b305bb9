/**
 * Why a statistic could not be computed. Every result object carries `reason: UnavailableReason | null`:
 * null when all of its numbers are defined, otherwise the first condition that left one of them `null`.
 * The engine never returns NaN or Infinity.
 */
export const UNAVAILABLE_REASONS = [
  /** No usable observation (all missing, or an empty input). */
  "NO_CASES",
  /** Fewer observations than the statistic needs (e.g. an SD needs 2, a correlation 3, its CI 4). */
  "TOO_FEW_CASES",
  /** A variable is constant (or, for group tests, constant within every group / all ranks tied). */
  "ZERO_VARIANCE",
  /** Fewer than two groups, table rows or table columns hold observations. */
  "SINGLE_GROUP",
  /** Fewer than two items (variables) to relate. */
  "TOO_FEW_ITEMS",
  /** Fewer distinct observations than clusters requested. */
  "TOO_FEW_DISTINCT_CASES",
  /** No sampling frame: the study holds no (eligible) companies to compare the respondents with. */
  "NO_FRAME",
  /** Respondents fall in a county, size class or county × size class cell where the frame has no company. */
  "OUTSIDE_FRAME",
  /** The frame has companies in a county or size class that no respondent comes from: weights cannot reach it. */
  "UNCOVERED_FRAME",
  /** An iterative fit (raking, a factor model) stopped at its iteration cap without converging. */
  "NOT_CONVERGED",
  /** The frame holds no more companies than there are respondents, so a design effect has no SRS reference. */
  "SAMPLE_EXCEEDS_FRAME",
  /** A stored result from an engine that did not compute this part. */
  "NOT_STORED",
  /** The item correlation matrix is singular (e.g. two perfectly correlated items): no factor model. */
  "SINGULAR_MATRIX",
  /** A factor model's uniqueness reached its lower bound (a Heywood case): its loadings are not interpretable. */
  "HEYWOOD_CASE",
] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

/** The value when it is a finite number, else null: the last line of defence against NaN/Infinity. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
