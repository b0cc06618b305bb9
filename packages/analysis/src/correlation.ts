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
   * The p shown: below SPEARMAN_EXACT_BELOW pairs without ties, the exact permutation p (R's cor.test(method =
   * "spearman", exact = TRUE)); otherwise the t approximation on n − 2 df (exact = FALSE).
   */
  p: number | null;
  /** Which test gave `p`. With ties the exact test is not available (as in R) and the approximation is kept. */
  pMethod: "exact" | "asymptotic" | null;
  /** The t approximation's p, whichever p is shown. */
  pAsymptotic: number | null;
  /** Whether either variable has tied values among the pairs (looked for only below SPEARMAN_EXACT_BELOW pairs). */
  ties: boolean;
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

/** Below this many pairs (and without ties) Spearman's p is exact. */
export const SPEARMAN_EXACT_BELOW = 10;

/**
 * Two-sided exact p of Spearman's S = Σ d² (ranks without ties) by enumerating all n! permutations, as R's
 * prho (AS 89, exact for n ≤ 9): twice the smaller tail, the side taken from S against its mean (n³ − n) / 6.
 */
export function spearmanExactP(s: number, n: number): number {
  const perm = Array.from({ length: n }, (_, i) => i + 1);
  const upper = s > (n * n * n - n) / 6;
  let hits = 0;
  let total = 0;
  const count = () => {
    let d2 = 0;
    for (let i = 0; i < n; i++) d2 += (perm[i]! - i - 1) ** 2;
    total++;
    if (upper ? d2 >= s : d2 <= s) hits++;
  };
  // Heap's algorithm, iterative.
  const c = new Array<number>(n).fill(0);
  count();
  let i = 0;
  while (i < n) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      const tmp = perm[j]!;
      perm[j] = perm[i]!;
      perm[i] = tmp;
      count();
      c[i]!++;
      i = 0;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return Math.min(1, (2 * hits) / total);
}

function hasTies(sorted: Float64Array): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return true;
  return false;
}

export function spearman(x: NumericValues, y: NumericValues): SpearmanCorrelation {
  const pairs = completePairs(x, y);
  const n = pairs.x.length;
  const empty = (reason: UnavailableReason): SpearmanCorrelation => ({
    method: "spearman",
    n,
    rho: null,
    p: null,
    pMethod: null,
    pAsymptotic: null,
    ties: false,
    reason,
  });
  if (n === 0) return empty("NO_CASES");
  if (n < 3) return empty("TOO_FEW_CASES");
  const rx = midranks(pairs.x).ranks;
  const ry = midranks(pairs.y).ranks;
  const rho = productMoment(rx, ry);
  if (rho === null) return { ...empty("ZERO_VARIANCE"), ties: true };
  const pAsymptotic = finiteOrNull(correlationP(rho, n - 2));
  const ties =
    n < SPEARMAN_EXACT_BELOW &&
    (hasTies(Float64Array.from(rx).sort()) || hasTies(Float64Array.from(ry).sort()));
  if (n < SPEARMAN_EXACT_BELOW && !ties) {
    let s = 0;
    for (let i = 0; i < n; i++) s += (rx[i]! - ry[i]!) ** 2;
    return {
      method: "spearman",
      n,
      rho,
      p: spearmanExactP(Math.round(s), n),
      pMethod: "exact",
      pAsymptotic,
      ties,
      reason: null,
    };
  }
  return {
    method: "spearman",
    n,
    rho,
    p: pAsymptotic,
    pMethod: "asymptotic",
    pAsymptotic,
    ties,
    reason: null,
  };
}
