import { brownForsythe, nullBrownForsythe, type BrownForsythe } from "./brown-forsythe";
import { chiSquareUpperP, fUpperP } from "./distributions";
import { presentValues, type NumericValues } from "./descriptives";
import { groupRuns, valueOrder, type GroupRuns, type ValueOrder } from "./group-distribution";
import { noPostHoc, postHoc, type PostHoc } from "./pairwise-comparisons";
import { codedMidranks } from "./ranks";
import { finiteOrNull, type UnavailableReason } from "./unavailable";
import { nullWelch, welchAnova, type WelchAnova } from "./welch-anova";

export interface GroupSummary {
  group: string;
  n: number;
  mean: number | null;
  sd: number | null;
}

export interface OneWayAnova {
  f: number | null;
  df1: number | null;
  df2: number | null;
  p: number | null;
  /** Effect size: between-groups sum of squares over the total. */
  etaSquared: number | null;
  /**
   * Effect size less biased than eta²: (SSB − (k − 1)·MSW) / (SST + MSW). Below 0 when F < 1; reported as
   * computed, not truncated at 0.
   */
  omegaSquared: number | null;
  reason: UnavailableReason | null;
}

export interface KruskalWallis {
  /** H with the correction for ties, as R's kruskal.test. */
  h: number | null;
  df: number | null;
  p: number | null;
  /** Effect size: H / ((n² − 1) / (n + 1)), i.e. H / (n − 1) (Tomczak & Tomczak 2014). */
  epsilonSquared: number | null;
  reason: UnavailableReason | null;
}

/**
 * An outcome's present values coded and in value order, to share between comparisons of the same variable
 * (ordering is the costly part at a million cases).
 */
export type ValueRanks = ValueOrder;

/** Orders `values` once for several compareGroups calls on it. */
export function rankValues(values: NumericValues): ValueRanks {
  const { codes, codeValues } = codedMidranks(presentValues(values));
  return valueOrder(codes, codeValues);
}

export interface GroupComparison {
  /** Cases with both a value and a group. */
  n: number;
  /** Every group in `levels` order (then any others, in order of appearance), empty ones included. */
  groups: GroupSummary[];
  anova: OneWayAnova;
  /** Welch's ANOVA, for unequal variances. */
  welch: WelchAnova;
  /** Brown–Forsythe (Levene, median-centred) test of equal variances. */
  brownForsythe: BrownForsythe;
  kruskalWallis: KruskalWallis;
  /** Every pair of groups with cases: Welch t and Wilcoxon, Holm-adjusted within this comparison's pairs. */
  postHoc: PostHoc;
}

/**
 * One-way ANOVA, Welch's ANOVA, Brown–Forsythe, Kruskal–Wallis and pairwise post-hoc tests of a numeric variable
 * across the groups of a categorical one. Cases missing either are dropped; groups with no case take no part in
 * the tests (R drops unused levels too). `valueRanks` (rankValues of the same `values`) saves ordering again.
 */
export function compareGroups(
  values: NumericValues,
  groups: ArrayLike<string | null>,
  levels: readonly string[] = [],
  valueRanks?: ValueRanks,
): GroupComparison {
  if (values.length !== groups.length)
    throw new RangeError(`Values and groups differ in length: ${values.length} and ${groups.length}.`);
  const index = new Map<string, number>(levels.map((l, i) => [l, i]));
  const names = [...levels];
  const codes = new Int32Array(groups.length);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (group === null || group === undefined) continue;
    let at = index.get(group);
    if (at === undefined) {
      at = names.length;
      names.push(group);
      index.set(group, at);
    }
    codes[i] = at + 1;
  }
  return compareGroupCodes(values, codes, names, valueRanks);
}

/**
 * compareGroups with each case's group as a code: 0 for missing, j + 1 for `levels[j]` (as ResponseColumns
 * holds a grouping), so a million cases need no level names.
 */
export function compareGroupCodes(
  values: NumericValues,
  groupCodes: ArrayLike<number>,
  levels: readonly string[],
  valueRanks?: ValueRanks,
): GroupComparison {
  if (values.length !== groupCodes.length)
    throw new RangeError(`Values and groups differ in length: ${values.length} and ${groupCodes.length}.`);
  const ordered = valueRanks ?? rankValues(values);
  const k = levels.length;
  const groupOf = new Int32Array(ordered.order.length);
  const counts = new Float64Array(k);
  const sums = new Float64Array(k);
  let n = 0;
  let present = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const g = groupCodes[i]! - 1;
    groupOf[present++] = g;
    if (g < 0) continue;
    counts[g]!++;
    sums[g]! += v;
    n++;
  }
  if (present !== groupOf.length) throw new RangeError("valueRanks do not belong to these values.");
  let grand = 0;
  for (let j = 0; j < k; j++) grand += sums[j]!;
  const means = sums.map((s, j) => s / counts[j]!);
  const grandMean = grand / n;
  const within = new Float64Array(k);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const g = groupCodes[i]! - 1;
    if (g < 0 || v === null || v === undefined || !Number.isFinite(v)) continue;
    const d = v - means[g]!;
    within[g]! += d * d;
  }
  const summaries = levels.map((group, j) => ({
    group,
    n: counts[j]!,
    mean: counts[j]! > 0 ? finiteOrNull(means[j]!) : null,
    sd: counts[j]! > 1 ? finiteOrNull(Math.sqrt(within[j]! / (counts[j]! - 1))) : null,
  }));
  const occupied = summaries.filter((s) => s.n > 0).length;
  const reason: UnavailableReason | null = n === 0 ? "NO_CASES" : occupied < 2 ? "SINGLE_GROUP" : null;
  if (reason)
    return {
      n,
      groups: summaries,
      anova: nullAnova(reason),
      welch: nullWelch(reason),
      brownForsythe: nullBrownForsythe(reason),
      kruskalWallis: nullKruskal(reason),
      postHoc: noPostHoc(reason),
    };
  const runs = groupRuns(ordered, groupOf, k);
  return {
    n,
    groups: summaries,
    anova: anova(counts, means, within, grandMean, n, occupied),
    welch: welchAnova(counts, means, within),
    brownForsythe: brownForsythe(runs, counts, n, occupied),
    kruskalWallis: kruskalWallis(runs, counts, n, occupied),
    postHoc: postHoc({ names: levels, counts, means, squares: within }, runs),
  };
}

function nullAnova(reason: UnavailableReason): OneWayAnova {
  return { f: null, df1: null, df2: null, p: null, etaSquared: null, omegaSquared: null, reason };
}

function nullKruskal(reason: UnavailableReason): KruskalWallis {
  return { h: null, df: null, p: null, epsilonSquared: null, reason };
}

function anova(
  counts: Float64Array,
  means: Float64Array,
  within: Float64Array,
  grandMean: number,
  n: number,
  k: number,
): OneWayAnova {
  let ssb = 0;
  let ssw = 0;
  for (let j = 0; j < counts.length; j++) {
    if (counts[j] === 0) continue;
    const d = means[j]! - grandMean;
    ssb += counts[j]! * d * d;
    ssw += within[j]!;
  }
  const df1 = k - 1;
  const df2 = n - k;
  if (df2 < 1) return nullAnova("TOO_FEW_CASES");
  if (!(ssw > 0)) return nullAnova("ZERO_VARIANCE");
  const f = ssb / df1 / (ssw / df2);
  const msw = ssw / df2;
  return {
    f,
    df1,
    df2,
    p: finiteOrNull(fUpperP(f, df1, df2)),
    etaSquared: finiteOrNull(ssb / (ssb + ssw)),
    omegaSquared: finiteOrNull((ssb - df1 * msw) / (ssb + ssw + msw)),
    reason: null,
  };
}

function kruskalWallis(
  { rankSums, tieSum }: GroupRuns,
  counts: Float64Array,
  n: number,
  k: number,
): KruskalWallis {
  let s = 0;
  for (let j = 0; j < counts.length; j++) if (counts[j]! > 0) s += (rankSums[j]! * rankSums[j]!) / counts[j]!;
  const correction = 1 - tieSum / (n * n * n - n);
  if (!(correction > 0)) return nullKruskal("ZERO_VARIANCE");
  // Rounding can leave a hair below zero when every group has the same mean rank.
  const h = Math.max(0, ((12 / (n * (n + 1))) * s - 3 * (n + 1)) / correction);
  const df = k - 1;
  return {
    h,
    df,
    p: finiteOrNull(chiSquareUpperP(h, df)),
    epsilonSquared: finiteOrNull(h / ((n * n - 1) / (n + 1))),
    reason: null,
  };
}
