import { fUpperP } from "./distributions";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** Welch's one-way ANOVA, not assuming equal variances: R's oneway.test(y ~ g, var.equal = FALSE). */
export interface WelchAnova {
  f: number | null;
  df1: number | null;
  /** Welch's denominator df, not a whole number. */
  df2: number | null;
  p: number | null;
  reason: UnavailableReason | null;
}

export function nullWelch(reason: UnavailableReason): WelchAnova {
  return { f: null, df1: null, df2: null, p: null, reason };
}

/**
 * From each occupied group's count, mean and sum of squared deviations. Every group needs 2 cases and a variance
 * above 0 (R stops with "not enough observations", or gives NaN).
 */
export function welchAnova(
  counts: ArrayLike<number>,
  means: ArrayLike<number>,
  squares: ArrayLike<number>,
): WelchAnova {
  let k = 0;
  for (let j = 0; j < counts.length; j++) {
    if (counts[j] === 0) continue;
    if (counts[j]! < 2) return nullWelch("GROUP_OF_ONE");
    if (!(squares[j]! > 0)) return nullWelch("ZERO_VARIANCE");
    k++;
  }
  if (k < 2) return nullWelch("SINGLE_GROUP");
  const w = new Float64Array(counts.length);
  let sumW = 0;
  for (let j = 0; j < counts.length; j++) {
    if (counts[j] === 0) continue;
    w[j] = counts[j]! / (squares[j]! / (counts[j]! - 1));
    sumW += w[j]!;
  }
  let weightedMean = 0;
  let tmp = 0;
  for (let j = 0; j < counts.length; j++) {
    if (counts[j] === 0) continue;
    weightedMean += w[j]! * means[j]!;
    tmp += (1 - w[j]! / sumW) ** 2 / (counts[j]! - 1);
  }
  weightedMean /= sumW;
  tmp /= k * k - 1;
  let between = 0;
  for (let j = 0; j < counts.length; j++) {
    if (counts[j] === 0) continue;
    between += w[j]! * (means[j]! - weightedMean) ** 2;
  }
  const f = between / ((k - 1) * (1 + 2 * (k - 2) * tmp));
  const df1 = k - 1;
  const df2 = 1 / (3 * tmp);
  if (!Number.isFinite(f) || !Number.isFinite(df2)) return nullWelch("ZERO_VARIANCE");
  return { f, df1, df2, p: finiteOrNull(fUpperP(f, df1, df2)), reason: null };
}
