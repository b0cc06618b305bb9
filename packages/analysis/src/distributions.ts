import gammainc from "@stdlib/math-base-special-gammainc";
import fCdf from "@stdlib/stats-base-dists-f-cdf";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";

// Upper tails are computed without `1 - cdf` so that small p-values keep their relative precision.

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
export function tTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** P(F > f) for F(df1, df2), through P(F(df2, df1) < 1/f). */
export function fUpperP(f: number, df1: number, df2: number): number {
  if (f <= 0) return 1;
  return fCdf(1 / f, df2, df1);
}

/** P(X > x) for a chi-square with `df` degrees of freedom: the regularised upper incomplete gamma. */
export function chiSquareUpperP(x: number, df: number): number {
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** Standard normal quantile. */
export function zQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}
