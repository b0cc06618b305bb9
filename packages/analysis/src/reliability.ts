import type { ItemMatrix } from "./items";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

export interface ItemReliability {
  /** 0-based item position. */
  index: number;
  /** Corrected item–total correlation: the item against the sum of the other items (psych `r.drop`). */
  rDrop: number | null;
  /** Alpha of the scale without this item (psych `alpha.drop`). */
  alphaIfDeleted: { raw: number | null; standardized: number | null };
}

export interface Reliability {
  n: number;
  k: number;
  /** Cronbach's alpha from the covariance matrix (psych `raw_alpha`). */
  alpha: number | null;
  /** Alpha from the correlation matrix (psych `std.alpha`). */
  standardizedAlpha: number | null;
  /** Mean inter-item correlation (psych `average_r`). */
  averageR: number | null;
  items: ItemReliability[];
  reason: UnavailableReason | null;
}

/** Sample covariance matrix (k × k, row-major) from centred cross-products. */
export function covarianceMatrix(matrix: ItemMatrix): Float64Array {
  const { n, k, values } = matrix;
  const means = new Float64Array(k);
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) means[j]! += values[i * k + j]!;
  for (let j = 0; j < k; j++) means[j]! /= n;
  const cov = new Float64Array(k * k);
  const d = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) d[j] = values[i * k + j]! - means[j]!;
    for (let a = 0; a < k; a++) {
      const da = d[a]!;
      for (let b = a; b < k; b++) cov[a * k + b]! += da * d[b]!;
    }
  }
  for (let a = 0; a < k; a++)
    for (let b = a; b < k; b++) {
      const v = cov[a * k + b]! / (n - 1);
      cov[a * k + b] = v;
      cov[b * k + a] = v;
    }
  return cov;
}

/** Alpha of the items in `keep` from a covariance (or correlation) matrix: k/(k−1) · (1 − trace/sum). */
function alphaOf(m: Float64Array, k: number, keep: number[]): number | null {
  let trace = 0;
  let sum = 0;
  for (const a of keep) {
    trace += m[a * k + a]!;
    for (const b of keep) sum += m[a * k + b]!;
  }
  const p = keep.length;
  return sum > 0 ? finiteOrNull((p / (p - 1)) * (1 - trace / sum)) : null;
}

/** Cronbach's alpha with the item analysis psych::alpha reports; checked against psych 2.2.9. */
export function reliability(matrix: ItemMatrix): Reliability {
  const { n, k } = matrix;
  const empty = (reason: UnavailableReason): Reliability => ({
    n,
    k,
    alpha: null,
    standardizedAlpha: null,
    averageR: null,
    items: Array.from({ length: k }, (_, index) => ({
      index,
      rDrop: null,
      alphaIfDeleted: { raw: null, standardized: null },
    })),
    reason,
  });
  if (k < 2) return empty("TOO_FEW_ITEMS");
  if (n === 0) return empty("NO_CASES");
  if (n < 2) return empty("TOO_FEW_CASES");

  const cov = covarianceMatrix(matrix);
  const all = Array.from({ length: k }, (_, j) => j);
  const sd = all.map((j) => Math.sqrt(cov[j * k + j]!));
  const constantItem = sd.some((s) => !(s > 0));
  // Correlations are undefined for a constant item, and so is everything built on them.
  const cor = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) cor[a * k + b] = cov[a * k + b]! / (sd[a]! * sd[b]!);

  let corSum = 0;
  for (let i = 0; i < k * k; i++) corSum += cor[i]!;
  const colSums = all.map((a) => all.reduce((s, b) => s + cov[a * k + b]!, 0));
  const totalVariance = colSums.reduce((s, v) => s + v, 0);

  const alpha = alphaOf(cov, k, all);
  const standardizedAlpha = constantItem ? null : alphaOf(cor, k, all);
  const averageR = constantItem ? null : finiteOrNull((corSum - k) / (k * (k - 1)));

  const items = all.map((j): ItemReliability => {
    const rest = all.filter((b) => b !== j);
    const covWithRest = colSums[j]! - cov[j * k + j]!;
    const restVariance = totalVariance - 2 * colSums[j]! + cov[j * k + j]!;
    const rDrop =
      sd[j]! > 0 && restVariance > 0
        ? finiteOrNull(covWithRest / Math.sqrt(cov[j * k + j]! * restVariance))
        : null;
    return {
      index: j,
      rDrop,
      alphaIfDeleted: {
        raw: k > 2 ? alphaOf(cov, k, rest) : null,
        standardized: k > 2 && !constantItem ? alphaOf(cor, k, rest) : null,
      },
    };
  });
  const zeroVariance = alpha === null || constantItem || items.some((i) => i.rDrop === null);
  // With two items, "alpha if deleted" would be the alpha of one item, which is undefined.
  const reason: UnavailableReason | null = zeroVariance ? "ZERO_VARIANCE" : k === 2 ? "TOO_FEW_ITEMS" : null;
  return {
    n,
    k,
    alpha,
    standardizedAlpha,
    averageR,
    items,
    reason,
  };
}
