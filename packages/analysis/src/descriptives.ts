import { meanInterval, type Interval } from "./confidence-intervals";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** A numeric variable where `null` (or a non-finite number) is a missing value. */
export type NumericValues = ArrayLike<number | null>;

export interface Descriptives {
  /** Observations used (missing values excluded). */
  n: number;
  missing: number;
  mean: number | null;
  /** Sample standard deviation (denominator n − 1). */
  sd: number | null;
  min: number | null;
  /** Quartiles by R's default quantile definition (type 7: linear interpolation between order statistics). */
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  /** 95% interval of the mean on t with n − 1 df (R's t.test(x)$conf.int); null below 2 observations. */
  meanCi95: Interval | null;
  /**
   * The same quartiles by SPSS's HAVERAGE (R quantile type 6, (n + 1)p). The dashboard shows type 7 and says so;
   * results stored before this field existed lack it (read as unavailable).
   */
  quartilesType6?: { q1: number | null; median: number | null; q3: number | null };
  reason: UnavailableReason | null;
}

/** The observed values as a Float64Array, missing values dropped; the array itself when nothing is missing. */
export function presentValues(values: NumericValues): Float64Array {
  if (values instanceof Float64Array && values.every(Number.isFinite)) return values;
  const out = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) out[m++] = v;
  }
  return out.subarray(0, m);
}

/** Mean and sum of squared deviations in two passes (the second on centred values, for accuracy). */
export function meanAndSquares(x: ArrayLike<number>): { mean: number; ss: number } {
  const n = x.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    ss += d * d;
  }
  return { mean, ss };
}

/** R's quantile(type = 7) of an ascending-sorted array. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** R's quantile(type = 6) of an ascending-sorted array: SPSS's HAVERAGE, position (n + 1)p clamped to the ends. */
export function quantileType6(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n + 1) * p;
  if (h <= 1) return sorted[0]!;
  if (h >= n) return sorted[n - 1]!;
  const lo = Math.floor(h);
  return sorted[lo - 1]! + (h - lo) * (sorted[lo]! - sorted[lo - 1]!);
}

export function descriptives(values: NumericValues): Descriptives {
  const x = presentValues(values);
  const n = x.length;
  const missing = values.length - n;
  if (n === 0) {
    return {
      n,
      missing,
      mean: null,
      sd: null,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      meanCi95: null,
      quartilesType6: { q1: null, median: null, q3: null },
      reason: "NO_CASES",
    };
  }
  const { mean, ss } = meanAndSquares(x);
  const sorted = Float64Array.from(x).sort();
  const sd = n > 1 ? finiteOrNull(Math.sqrt(ss / (n - 1))) : null;
  return {
    n,
    missing,
    mean: finiteOrNull(mean),
    sd,
    min: sorted[0]!,
    q1: quantileType7(sorted, 0.25),
    median: quantileType7(sorted, 0.5),
    q3: quantileType7(sorted, 0.75),
    max: sorted[n - 1]!,
    meanCi95: meanInterval(n, finiteOrNull(mean), sd).ci95,
    quartilesType6: {
      q1: quantileType6(sorted, 0.25),
      median: quantileType6(sorted, 0.5),
      q3: quantileType6(sorted, 0.75),
    },
    reason: sd === null ? "TOO_FEW_CASES" : null,
  };
}
