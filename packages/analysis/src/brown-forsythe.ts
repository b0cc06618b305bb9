import { fUpperP } from "./distributions";
import { groupMedian, type GroupRuns } from "./group-distribution";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/**
 * Brown–Forsythe test of equal variances: a one-way ANOVA of each case's absolute deviation from its group's
 * median, as R's car::leveneTest(y, g, center = median).
 */
export interface BrownForsythe {
  f: number | null;
  df1: number | null;
  df2: number | null;
  p: number | null;
  reason: UnavailableReason | null;
}

export function nullBrownForsythe(reason: UnavailableReason): BrownForsythe {
  return { f: null, df1: null, df2: null, p: null, reason };
}

/** Deviations this close to constant within groups (relative to their total spread) count as no variance. */
const PERFECT_FIT = 1e-12;

export function brownForsythe(
  runs: GroupRuns,
  counts: ArrayLike<number>,
  n: number,
  k: number,
): BrownForsythe {
  const groups = counts.length;
  const zMeans = new Float64Array(groups);
  const medians = new Float64Array(groups);
  let zSum = 0;
  for (let j = 0; j < groups; j++) {
    if (counts[j] === 0) continue;
    medians[j] = groupMedian(runs, j, counts[j]!)!;
    let s = 0;
    for (let r = runs.start[j]!; r < runs.start[j + 1]!; r++)
      s += runs.count[r]! * Math.abs(runs.value[r]! - medians[j]!);
    zMeans[j] = s / counts[j]!;
    zSum += s;
  }
  const zMean = zSum / n;
  let ssb = 0;
  let ssw = 0;
  for (let j = 0; j < groups; j++) {
    if (counts[j] === 0) continue;
    ssb += counts[j]! * (zMeans[j]! - zMean) ** 2;
    for (let r = runs.start[j]!; r < runs.start[j + 1]!; r++)
      ssw += runs.count[r]! * (Math.abs(runs.value[r]! - medians[j]!) - zMeans[j]!) ** 2;
  }
  const df1 = k - 1;
  const df2 = n - k;
  if (df2 < 1) return nullBrownForsythe("TOO_FEW_CASES");
  if (!(ssw > PERFECT_FIT * (ssb + ssw))) return nullBrownForsythe("ZERO_VARIANCE");
  const f = ssb / df1 / (ssw / df2);
  return { f, df1, df2, p: finiteOrNull(fUpperP(f, df1, df2)), reason: null };
}
