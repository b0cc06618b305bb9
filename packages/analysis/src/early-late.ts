import { ITEM_IDS, type ItemId } from "@smi/questionnaire";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import { tTwoSidedP } from "./distributions";
import type { ItemMatrix } from "./items";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** Early against late respondents on one variable: R's t.test(early, late, var.equal = FALSE). */
export interface WelchComparison {
  nEarly: number;
  nLate: number;
  meanEarly: number | null;
  meanLate: number | null;
  sdEarly: number | null;
  sdLate: number | null;
  /** meanEarly − meanLate. */
  difference: number | null;
  t: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  p: number | null;
  /** 95 % confidence interval of the difference. */
  ci95: [number, number] | null;
  reason: UnavailableReason | null;
}

/**
 * Armstrong & Overton (1977): the first and the last quartile of respondents by submission time, late respondents
 * standing in for non-respondents. A quartile is the ⌈n/4⌉ earliest (latest) responses plus every response
 * submitted at the same instant as the last one taken: ties at a cut are all in, so the groups depend on the times
 * alone, and may hold more than a quarter each.
 */
export interface EarlyLateComparison {
  /** Responses with a submission time. */
  n: number;
  /** The latest submission time in the early group and the earliest in the late group (ISO 8601). */
  earlyCut: string | null;
  lateCut: string | null;
  total: WelchComparison;
  items: (WelchComparison & { itemId: ItemId })[];
  reason: UnavailableReason | null;
}

/** The t quantile by bisection on the CDF (R's qt to about 1e-12). */
function tQuantile(p: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

interface Moments {
  n: number;
  mean: number;
  variance: number;
}

/**
 * Mean and variance of the total (variable 0) and each item (1…k) over `rows`, reading each row's answers
 * contiguously: two passes, whatever the number of variables.
 */
function groupMoments(rows: Uint32Array, totals: Float64Array, matrix: ItemMatrix): Moments[] {
  const k = matrix.k;
  const values = matrix.values;
  const n = rows.length;
  const sum = new Float64Array(k + 1);
  for (let r = 0; r < n; r++) {
    const i = rows[r]!;
    sum[0]! += totals[i]!;
    for (let j = 0, at = i * k; j < k; j++, at++) sum[j + 1]! += values[at]!;
  }
  const mean = sum.map((x) => x / n);
  const ss = new Float64Array(k + 1);
  for (let r = 0; r < n; r++) {
    const i = rows[r]!;
    ss[0]! += (totals[i]! - mean[0]!) ** 2;
    for (let j = 0, at = i * k; j < k; j++, at++) ss[j + 1]! += (values[at]! - mean[j + 1]!) ** 2;
  }
  return Array.from({ length: k + 1 }, (_, v) => ({
    n,
    mean: mean[v]!,
    variance: n > 1 ? ss[v]! / (n - 1) : NaN,
  }));
}

function welch(early: Moments, late: Moments): WelchComparison {
  const base = {
    nEarly: early.n,
    nLate: late.n,
    meanEarly: early.n > 0 ? finiteOrNull(early.mean) : null,
    meanLate: late.n > 0 ? finiteOrNull(late.mean) : null,
    sdEarly: early.n > 1 ? finiteOrNull(Math.sqrt(early.variance)) : null,
    sdLate: late.n > 1 ? finiteOrNull(Math.sqrt(late.variance)) : null,
  };
  const difference = base.meanEarly !== null && base.meanLate !== null ? early.mean - late.mean : null;
  const none = (reason: UnavailableReason): WelchComparison => ({
    ...base,
    difference,
    t: null,
    df: null,
    p: null,
    ci95: null,
    reason,
  });
  if (early.n === 0 || late.n === 0) return none("NO_CASES");
  if (early.n < 2 || late.n < 2) return none("TOO_FEW_CASES");
  const ve = early.variance / early.n;
  const vl = late.variance / late.n;
  const se = Math.sqrt(ve + vl);
  // R's t.test stops on "data are essentially constant" below this.
  if (se < 10 * Number.EPSILON * Math.max(Math.abs(early.mean), Math.abs(late.mean)))
    return none("ZERO_VARIANCE");
  const t = difference! / se;
  const df = (ve + vl) ** 2 / (ve ** 2 / (early.n - 1) + vl ** 2 / (late.n - 1));
  const half = tQuantile(0.975, df) * se;
  return {
    ...base,
    difference,
    t: finiteOrNull(t),
    df: finiteOrNull(df),
    p: finiteOrNull(tTwoSidedP(t, df)),
    ci95: [difference! - half, difference! + half],
    reason: null,
  };
}

/** Positions of the early and late quartiles (see EarlyLateComparison); `times` in ms, NaN where unknown. */
export function earlyLateGroups(times: Float64Array): {
  n: number;
  early: Uint32Array;
  late: Uint32Array;
  earlyCut: number | null;
  lateCut: number | null;
} {
  let n = 0;
  for (let i = 0; i < times.length; i++) if (!Number.isNaN(times[i]!)) n++;
  if (n === 0)
    return { n, early: new Uint32Array(0), late: new Uint32Array(0), earlyCut: null, lateCut: null };
  const sorted = new Float64Array(n);
  for (let i = 0, j = 0; i < times.length; i++) if (!Number.isNaN(times[i]!)) sorted[j++] = times[i]!;
  sorted.sort();
  const m = Math.ceil(n / 4);
  const earlyCut = sorted[m - 1]!;
  const lateCut = sorted[n - m]!;
  const positions = (keep: (t: number) => boolean) => {
    let count = 0;
    for (let i = 0; i < times.length; i++) if (keep(times[i]!)) count++;
    const out = new Uint32Array(count);
    for (let i = 0, j = 0; i < times.length; i++) if (keep(times[i]!)) out[j++] = i;
    return out;
  };
  return {
    n,
    // NaN compares false: unknown times fall in neither group.
    early: positions((t) => t <= earlyCut),
    late: positions((t) => t >= lateCut),
    earlyCut,
    lateCut,
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The early and late quartiles compared on the total and on each of the 20 items. */
export function earlyLateComparison(
  times: Float64Array,
  totals: Float64Array,
  matrix: ItemMatrix,
): EarlyLateComparison {
  const groups = earlyLateGroups(times);
  const { n } = groups;
  // Many responses at one instant: the two quartiles meet, and early and late are the same people.
  const overlap = n > 0 && groups.earlyCut! >= groups.lateCut!;
  const early = groupMoments(groups.early, totals, matrix);
  const late = groupMoments(groups.late, totals, matrix);
  const compare = (v: number): WelchComparison => {
    const result = welch(early[v]!, late[v]!);
    return overlap
      ? { ...result, t: null, df: null, p: null, ci95: null, reason: "TOO_FEW_DISTINCT_CASES" }
      : result;
  };
  const total = compare(0);
  const items = ITEM_IDS.map((itemId, j) => ({ itemId, ...compare(j + 1) }));
  return {
    n,
    earlyCut: iso(groups.earlyCut),
    lateCut: iso(groups.lateCut),
    total,
    items,
    reason: n === 0 ? "NO_CASES" : overlap ? "TOO_FEW_DISTINCT_CASES" : total.reason,
  };
}
