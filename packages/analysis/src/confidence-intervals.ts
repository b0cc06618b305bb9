import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { zQuantile } from "./distributions";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** A 95% confidence interval [lower, upper]. */
export type Interval = [number, number];

export interface MeanInterval {
  ci95: Interval | null;
  reason: UnavailableReason | null;
}

/** Quantile of Student's t with `df` degrees of freedom (p > 0.5), by bisection on the CDF to machine precision. */
export function tQuantile(p: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const interval = (centre: number, half: number): Interval | null => {
  const lo = finiteOrNull(centre - half);
  const hi = finiteOrNull(centre + half);
  return lo === null || hi === null ? null : [lo, hi];
};

/**
 * 95% interval of a mean from its n, mean and sample SD, on t with n − 1 df: R's t.test(x)$conf.int. A constant
 * variable (SD 0) gives the degenerate interval [mean, mean], as R does.
 */
export function meanInterval(n: number, mean: number | null, sd: number | null): MeanInterval {
  if (n === 0 || mean === null) return { ci95: null, reason: "NO_CASES" };
  if (n < 2 || sd === null) return { ci95: null, reason: "TOO_FEW_CASES" };
  const ci95 = interval(mean, (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n));
  return { ci95, reason: ci95 === null ? "TOO_FEW_CASES" : null };
}

/**
 * Wilson score 95% interval of a proportion count / n, in percent: R's prop.test(count, n, correct = FALSE)$conf.int
 * × 100. Defined at count 0 (lower bound 0) and count n (upper bound 100); null only when n = 0.
 */
export function wilsonPercentInterval(count: number, n: number): Interval | null {
  if (n <= 0) return null;
  const z = zQuantile(0.975);
  const p = count / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // At p = 0 or 1 the formula gives exactly 0 or 1 up to rounding; clamp so that a bound never leaves [0, 100].
  const lo = count === 0 ? 0 : Math.max(0, (centre - half) / denominator);
  const hi = count === n ? 1 : Math.min(1, (centre + half) / denominator);
  return [100 * lo, 100 * hi];
}

export interface MeanDifference {
  /** The group's mean minus the others' mean. */
  difference: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  /** 95% interval of the difference on Welch's t, as R's t.test(x, y)$conf.int (unequal variances). */
  ci95: Interval | null;
  reason: UnavailableReason | null;
}

export interface SampleSummary {
  n: number;
  mean: number | null;
  sd: number | null;
}

/** The Welch interval of mean(x) − mean(y) from each sample's n, mean and SD (each needs n ≥ 2). */
export function welchDifference(x: SampleSummary, y: SampleSummary): MeanDifference {
  const empty = (reason: UnavailableReason): MeanDifference => ({
    difference: null,
    df: null,
    ci95: null,
    reason,
  });
  if (x.n === 0 || y.n === 0 || x.mean === null || y.mean === null) return empty("NO_CASES");
  if (x.n < 2 || y.n < 2 || x.sd === null || y.sd === null) return empty("TOO_FEW_CASES");
  const vx = (x.sd * x.sd) / x.n;
  const vy = (y.sd * y.sd) / y.n;
  const se2 = vx + vy;
  const difference = x.mean - y.mean;
  // Both groups constant: R stops with "data are essentially constant".
  if (!(se2 > 0)) return { ...empty("ZERO_VARIANCE"), difference };
  const df = (se2 * se2) / ((vx * vx) / (x.n - 1) + (vy * vy) / (y.n - 1));
  const ci95 = interval(difference, tQuantile(0.975, df) * Math.sqrt(se2));
  return { difference, df: finiteOrNull(df), ci95, reason: ci95 === null ? "ZERO_VARIANCE" : null };
}

export interface LevelDifference extends MeanDifference {
  level: string;
}

/**
 * Each level of a grouping against all the other cases (Welch), for a numeric variable: one pass for the
 * per-level means, one for the per-level sums of squares, no per-case objects. `codes` are a grouping's codes
 * (level position plus one, 0 = missing; see ResponseColumns); a null or non-finite value is missing.
 */
export function levelDifferences(
  values: ArrayLike<number | null>,
  codes: Uint8Array,
  levels: readonly string[],
): LevelDifference[] {
  const k = levels.length;
  const n = new Float64Array(k + 1);
  const sum = new Float64Array(k + 1);
  for (let i = 0; i < codes.length; i++) {
    const v = values[i];
    const c = codes[i]!;
    if (c === 0 || v === null || v === undefined || !Number.isFinite(v)) continue;
    n[c]!++;
    sum[c]! += v;
  }
  const mean = Array.from({ length: k + 1 }, (_, c) => (n[c]! > 0 ? sum[c]! / n[c]! : 0));
  const ss = new Float64Array(k + 1);
  for (let i = 0; i < codes.length; i++) {
    const v = values[i];
    const c = codes[i]!;
    if (c === 0 || v === null || v === undefined || !Number.isFinite(v)) continue;
    const d = v - mean[c]!;
    ss[c]! += d * d;
  }
  let totalN = 0;
  let totalSum = 0;
  for (let c = 1; c <= k; c++) {
    totalN += n[c]!;
    totalSum += sum[c]!;
  }
  const summary = (count: number, m: number, squares: number): SampleSummary => ({
    n: count,
    mean: count > 0 ? m : null,
    sd: count > 1 ? Math.sqrt(squares / (count - 1)) : null,
  });
  return levels.map((level, at) => {
    const c = at + 1;
    const restN = totalN - n[c]!;
    const restMean = restN > 0 ? (totalSum - sum[c]!) / restN : 0;
    // The rest's sum of squares: each other level's own, plus its shift from the rest's mean.
    let restSs = 0;
    for (let o = 1; o <= k; o++)
      if (o !== c && n[o]! > 0) restSs += ss[o]! + n[o]! * (mean[o]! - restMean) ** 2;
    return {
      level,
      ...welchDifference(summary(n[c]!, mean[c]!, ss[c]!), summary(restN, restMean, restSs)),
    };
  });
}
