import { chiSquareUpperP, fUpperP } from "./distributions";
import { presentValues, type NumericValues } from "./descriptives";
import { midranks } from "./ranks";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

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
  reason: UnavailableReason | null;
}

export interface KruskalWallis {
  /** H with the correction for ties, as R's kruskal.test. */
  h: number | null;
  df: number | null;
  p: number | null;
  reason: UnavailableReason | null;
}

/** Midranks of a variable's present values, to share between comparisons of the same variable. */
export interface ValueRanks {
  ranks: Float64Array;
  tieSum: number;
}

/** Ranks `values` once for several compareGroups calls on it (ranking is the costly part at 100 000 cases). */
export function rankValues(values: NumericValues): ValueRanks {
  return midranks(presentValues(values));
}

export interface GroupComparison {
  /** Cases with both a value and a group. */
  n: number;
  /** Every group in `levels` order (then any others, in order of appearance), empty ones included. */
  groups: GroupSummary[];
  anova: OneWayAnova;
  kruskalWallis: KruskalWallis;
}

/**
 * One-way ANOVA and Kruskal–Wallis of a numeric variable across the groups of a categorical one.
 * Cases missing either are dropped; groups with no case take no part in the tests (R drops unused levels too).
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
  const y = new Float64Array(values.length);
  const g = new Int32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const group = groups[i];
    if (v === null || v === undefined || !Number.isFinite(v) || group === null || group === undefined)
      continue;
    let at = index.get(group);
    if (at === undefined) {
      at = names.length;
      names.push(group);
      index.set(group, at);
    }
    y[n] = v;
    g[n] = at;
    n++;
  }
  const ys = y.subarray(0, n);
  const gs = g.subarray(0, n);
  const k = names.length;
  const counts = new Float64Array(k);
  const sums = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < n; i++) {
    counts[gs[i]!]!++;
    sums[gs[i]!]! += ys[i]!;
    grand += ys[i]!;
  }
  const means = sums.map((s, j) => s / counts[j]!);
  const grandMean = grand / n;
  const within = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const d = ys[i]! - means[gs[i]!]!;
    within[gs[i]!]! += d * d;
  }
  const summaries = names.map((group, j) => ({
    group,
    n: counts[j]!,
    mean: counts[j]! > 0 ? finiteOrNull(means[j]!) : null,
    sd: counts[j]! > 1 ? finiteOrNull(Math.sqrt(within[j]! / (counts[j]! - 1))) : null,
  }));
  const occupied = summaries.filter((s) => s.n > 0).length;
  const reason: UnavailableReason | null = n === 0 ? "NO_CASES" : occupied < 2 ? "SINGLE_GROUP" : null;
  return {
    n,
    groups: summaries,
    anova: reason ? nullAnova(reason) : anova(counts, means, within, grandMean, n, occupied),
    kruskalWallis: reason
      ? nullKruskal(reason)
      : kruskalWallis(
          // Shared ranks are those of every present value; they fit only when no case was dropped for its group.
          valueRanks && valueRanks.ranks.length === n ? valueRanks : midranks(ys),
          gs,
          counts,
          n,
          occupied,
        ),
  };
}

function nullAnova(reason: UnavailableReason): OneWayAnova {
  return { f: null, df1: null, df2: null, p: null, etaSquared: null, reason };
}

function nullKruskal(reason: UnavailableReason): KruskalWallis {
  return { h: null, df: null, p: null, reason };
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
  return {
    f,
    df1,
    df2,
    p: finiteOrNull(fUpperP(f, df1, df2)),
    etaSquared: finiteOrNull(ssb / (ssb + ssw)),
    reason: null,
  };
}

function kruskalWallis(
  { ranks, tieSum }: ValueRanks,
  g: Int32Array,
  counts: Float64Array,
  n: number,
  k: number,
): KruskalWallis {
  const rankSums = new Float64Array(counts.length);
  for (let i = 0; i < n; i++) rankSums[g[i]!]! += ranks[i]!;
  let s = 0;
  for (let j = 0; j < counts.length; j++) if (counts[j]! > 0) s += (rankSums[j]! * rankSums[j]!) / counts[j]!;
  const correction = 1 - tieSum / (n * n * n - n);
  if (!(correction > 0)) return nullKruskal("ZERO_VARIANCE");
  // Rounding can leave a hair below zero when every group has the same mean rank.
  const h = Math.max(0, ((12 / (n * (n + 1))) * s - 3 * (n + 1)) / correction);
  const df = k - 1;
  return { h, df, p: finiteOrNull(chiSquareUpperP(h, df)), reason: null };
}
