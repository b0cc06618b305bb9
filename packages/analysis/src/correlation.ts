import { tTwoSidedP, zQuantile } from "./distributions";
import type { NumericValues } from "./descriptives";
import { midranks } from "./ranks";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

export interface PearsonCorrelation {
  method: "pearson";
  /** Complete pairs used (pairwise deletion). */
  n: number;
  r: number | null;
  df: number | null;
  /** Two-sided p from t = r·√(df / (1 − r²)) with df = n − 2, as R's cor.test. */
  p: number | null;
  /** 95% confidence interval by Fisher's z (needs n ≥ 4), as R's cor.test. */
  ci95: [number, number] | null;
  reason: UnavailableReason | null;
}

export interface SpearmanCorrelation {
  method: "spearman";
  n: number;
  rho: number | null;
  /**
   * Two-sided p by the t approximation on n − 2 df, as R's cor.test(method = "spearman", exact = FALSE);
   * not the exact permutation p that R computes by default for small samples without ties.
   */
  p: number | null;
  reason: UnavailableReason | null;
}

/** The complete pairs of two variables (pairwise deletion). */
export function completePairs(x: NumericValues, y: NumericValues): { x: Float64Array; y: Float64Array } {
  if (x.length !== y.length) throw new RangeError(`Variables differ in length: ${x.length} and ${y.length}.`);
  if (
    x instanceof Float64Array &&
    y instanceof Float64Array &&
    x.every(Number.isFinite) &&
    y.every(Number.isFinite)
  )
    return { x, y };
  const xs = new Float64Array(x.length);
  const ys = new Float64Array(x.length);
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (a === null || b === null || a === undefined || b === undefined) continue;
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    xs[m] = a;
    ys[m] = b;
    m++;
  }
  return { x: xs.subarray(0, m), y: ys.subarray(0, m) };
}

/** Product-moment correlation of complete pairs, or null when either variable is constant. */
function productMoment(x: Float64Array, y: Float64Array): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  // Rounding can push |r| a hair past 1 for perfectly collinear data.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** p of a correlation by its t statistic; |r| = 1 gives t = ±∞ and p = 0, as in R. */
function correlationP(r: number, df: number): number {
  if (Math.abs(r) === 1) return 0;
  return tTwoSidedP(r * Math.sqrt(df / (1 - r * r)), df);
}

export function pearson(x: NumericValues, y: NumericValues): PearsonCorrelation {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  const empty = (reason: UnavailableReason): PearsonCorrelation => ({
    method: "pearson",
    n,
    r: null,
    df: null,
    p: null,
    ci95: null,
    reason,
  });
  if (n === 0) return empty("NO_CASES");
  if (n < 3) return empty("TOO_FEW_CASES");
  const r = productMoment(pairs.x, pairs.y);
  if (r === null) return empty("ZERO_VARIANCE");
  const df = n - 2;
  let ci95: [number, number] | null = null;
  if (n > 3) {
    const z = Math.atanh(r);
    const half = zQuantile(0.975) / Math.sqrt(n - 3);
    ci95 = [Math.tanh(z - half), Math.tanh(z + half)];
  }
  return {
    method: "pearson",
    n,
    r,
    df,
    p: finiteOrNull(correlationP(r, df)),
    ci95,
    reason: ci95 === null ? "TOO_FEW_CASES" : null,
  };
}

export function spearman(x: NumericValues, y: NumericValues): SpearmanCorrelation {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  const empty = (reason: UnavailableReason): SpearmanCorrelation => ({
    method: "spearman",
    n,
    rho: null,
    p: null,
    reason,
  });
  if (n === 0) return empty("NO_CASES");
  if (n < 3) return empty("TOO_FEW_CASES");
  const rho = productMoment(midranks(pairs.x).ranks, midranks(pairs.y).ranks);
  if (rho === null) return empty("ZERO_VARIANCE");
  return { method: "spearman", n, rho, p: finiteOrNull(correlationP(rho, n - 2)), reason: null };
}
