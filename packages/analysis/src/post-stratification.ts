import {
  CATEGORY_IDS,
  COUNTY_CODES,
  SIZE_CLASSES,
  type CategoryId,
  type CountyCode,
  type SizeClass,
} from "@smi/questionnaire";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** Companies of the sampling frame in one county × size class (sizeClass null: headcount unknown). */
export interface FrameCell {
  county: CountyCode;
  sizeClass: SizeClass | null;
  n: number;
}

/** The sampling frame as counts, e.g. from one SQL GROUP BY over the companies. */
export interface SamplingFrame {
  cells: readonly FrameCell[];
}

export type WeightingMethod = "postStratification" | "raking";

export interface WeightCell {
  county: CountyCode;
  sizeClass: SizeClass;
  /** Frame companies and respondents in the cell. */
  frame: number;
  respondents: number;
  /** Each of its respondents' weight (companies represented); null without respondents or weights. */
  weight: number | null;
}

/** One weighted estimate beside the unweighted one on the same respondents. */
export interface WeightedEstimate {
  /** Design-based (linearisation) estimate and standard error: R's svymean on the weighted design. */
  estimate: number | null;
  se: number | null;
  /** Variance against simple random sampling of the same size without replacement from the frame (svymean deff). */
  deff: number | null;
  unweighted: number | null;
  /** sd / √n (svymean with equal weights). */
  unweightedSe: number | null;
  reason: UnavailableReason | null;
}

/**
 * Weights that make the respondents represent the frame by county × size class: post-stratification
 * (weight = frame companies / respondents in the cell) when every frame cell holds respondents, otherwise raking on
 * the county and size class margins (iterative proportional fitting, as R's survey::rake). Respondents missing a
 * county or a size class get no weight and are left out of the estimates.
 */
export interface PostStratification {
  method: WeightingMethod | null;
  /** Respondents weighted (with both county and size class), and those left out. */
  n: number;
  missing: number;
  /** Frame companies with a size class (those the weights represent). */
  frameTotal: number;
  /**
   * Raking only: iterations run (capped at RAKING_MAX_ITERATIONS) and whether the weights settled on both margins
   * (R's rake stops when the weighted cells stop moving; a fixed point that misses a margin counts as not converged).
   */
  iterations: number | null;
  converged: boolean | null;
  /** Every county × size class, COUNTY_CODES × SIZE_CLASSES order. */
  cells: WeightCell[];
  meanScore: WeightedEstimate;
  categories: (WeightedEstimate & { category: CategoryId })[];
  reason: UnavailableReason | null;
}

export const RAKING_MAX_ITERATIONS = 100;
/** Raking stops when no cell's weighted count moves by more than this share of the respondents (R: epsilon < 1). */
export const RAKING_TOLERANCE = 1e-10;
/** R's svyrecvar removes the raking margins from the estimating functions in 10 fixed passes; so do we. */
const RAKING_VARIANCE_PASSES = 10;

const S = SIZE_CLASSES.length;
const CELLS = COUNTY_CODES.length * S;
const K = CATEGORY_IDS.length;

export interface WeightingInput {
  /** Level codes as in ResponseColumns (position + 1, 0 missing). */
  county: Uint8Array;
  sizeClass: Uint8Array;
  category: Uint8Array;
  totals: Float64Array;
}

/** The frame's companies per county × size class (Float64Array, COUNTY_CODES × SIZE_CLASSES order). */
export function frameCellCounts(frame: SamplingFrame): Float64Array {
  const counts = new Float64Array(CELLS);
  for (const cell of frame.cells) {
    if (cell.sizeClass === null) continue;
    const c = COUNTY_CODES.indexOf(cell.county);
    const s = SIZE_CLASSES.indexOf(cell.sizeClass);
    if (c < 0 || s < 0) throw new RangeError(`Unknown frame cell ${cell.county} × ${cell.sizeClass}.`);
    if (!(Number.isInteger(cell.n) && cell.n >= 0))
      throw new RangeError("Frame counts are whole numbers ≥ 0.");
    counts[c * S + s]! += cell.n;
  }
  return counts;
}

/** Per cell: respondents, their scores' mean and sum of squares around it, and category counts. */
interface CellStats {
  n: Float64Array;
  mean: Float64Array;
  ss: Float64Array;
  categories: Float64Array;
}

function cellStats({ county, sizeClass, category, totals }: WeightingInput): CellStats {
  const n = new Float64Array(CELLS);
  const sum = new Float64Array(CELLS);
  const categories = new Float64Array(CELLS * K);
  const cellOf = (i: number) =>
    county[i]! === 0 || sizeClass[i]! === 0 ? -1 : (county[i]! - 1) * S + sizeClass[i]! - 1;
  for (let i = 0; i < totals.length; i++) {
    const c = cellOf(i);
    if (c < 0) continue;
    n[c]!++;
    sum[c]! += totals[i]!;
    if (category[i]! > 0) categories[c * K + category[i]! - 1]!++;
  }
  const mean = sum.map((s, c) => (n[c]! > 0 ? s / n[c]! : 0));
  const ss = new Float64Array(CELLS);
  for (let i = 0; i < totals.length; i++) {
    const c = cellOf(i);
    if (c >= 0) ss[c]! += (totals[i]! - mean[c]!) ** 2;
  }
  return { n, mean, ss, categories };
}

interface Weights {
  method: WeightingMethod;
  /** Final weight per cell, and (raking) the weights after the county step of the last iteration. */
  w: Float64Array;
  afterCounty: Float64Array | null;
  iterations: number | null;
  converged: boolean | null;
}

const countyOf = (c: number) => Math.floor(c / S);
const sizeOf = (c: number) => c % S;

function marginSums(values: Float64Array, margin: (c: number) => number, levels: number): Float64Array {
  const sums = new Float64Array(levels);
  for (let c = 0; c < CELLS; c++) sums[margin(c)]! += values[c]!;
  return sums;
}

function rake(n: Float64Array, frame: Float64Array, maxIterations: number): Weights {
  const targets = [
    { margin: countyOf, levels: COUNTY_CODES.length },
    { margin: sizeOf, levels: S },
  ].map((m) => ({ ...m, target: marginSums(frame, m.margin, m.levels) }));
  const w = new Float64Array(CELLS).fill(1);
  let afterCounty = w.slice();
  const respondents = n.reduce((a, b) => a + b, 0);
  let table = n.slice();
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    for (const [step, { margin, levels, target }] of targets.entries()) {
      const sums = marginSums(
        n.map((nc, c) => nc * w[c]!),
        margin,
        levels,
      );
      for (let c = 0; c < CELLS; c++) if (n[c]! > 0) w[c]! *= target[margin(c)]! / sums[margin(c)]!;
      if (step === 0) afterCounty = w.slice();
    }
    const next = n.map((nc, c) => nc * w[c]!);
    let delta = 0;
    for (let c = 0; c < CELLS; c++) delta = Math.max(delta, Math.abs(next[c]! - table[c]!));
    table = next;
    if (delta < RAKING_TOLERANCE * respondents) {
      // A fixed point that misses the county margin (the size step always meets its own) is no fit.
      const counties = marginSums(next, countyOf, COUNTY_CODES.length);
      const met = counties.every(
        (sum, l) => Math.abs(sum - targets[0]!.target[l]!) <= RAKING_TOLERANCE * respondents,
      );
      return { method: "raking", w, afterCounty, iterations: iteration, converged: met };
    }
  }
  return { method: "raking", w, afterCounty, iterations: maxIterations, converged: false };
}

/**
 * Weighted mean of one variable given per cell its mean and within-cell sum of squares, with the linearisation
 * variance of R's svymean (svyrecvar: estimating functions w(y − ȳ)/W, with the post-strata or raking margins
 * removed, then n/(n − 1) Σ(x − x̄)²) — computed on the 28 cells, so a million respondents cost two passes.
 */
function weightedEstimate(
  stats: { n: Float64Array; mean: Float64Array; ss: Float64Array },
  weights: Weights,
): WeightedEstimate {
  const { n, mean, ss } = stats;
  const { w } = weights;
  let total = 0;
  let W = 0;
  let ySum = 0;
  let wySum = 0;
  for (let c = 0; c < CELLS; c++) {
    if (n[c]! === 0) continue;
    total += n[c]!;
    W += n[c]! * w[c]!;
    ySum += n[c]! * mean[c]!;
    wySum += n[c]! * w[c]! * mean[c]!;
  }
  const yw = wySum / W;
  const yu = ySum / total;
  const E = new Float64Array(CELLS);
  const Q = new Float64Array(CELLS);
  let Qu = 0;
  let Qw = 0;
  for (let c = 0; c < CELLS; c++) {
    if (n[c]! === 0) continue;
    E[c] = n[c]! * (mean[c]! - yw);
    Q[c] = ss[c]! + n[c]! * (mean[c]! - yw) ** 2;
    Qu += ss[c]! + n[c]! * (mean[c]! - yu) ** 2;
    Qw += w[c]! * Q[c]!;
  }
  const a = w.map((wc) => wc / W);
  const b = new Float64Array(CELLS);
  const cellSum = (c: number) => a[c]! * E[c]! + n[c]! * b[c]!;
  if (weights.method === "postStratification") {
    for (let c = 0; c < CELLS; c++) if (n[c]! > 0) b[c]! -= cellSum(c) / n[c]!;
  } else {
    const margins = [
      { margin: countyOf, levels: COUNTY_CODES.length, psw: weights.afterCounty! },
      { margin: sizeOf, levels: S, psw: w },
    ];
    for (let pass = 0; pass < RAKING_VARIANCE_PASSES; pass++)
      for (const { margin, levels, psw } of margins) {
        const g = new Float64Array(levels);
        const count = new Float64Array(levels);
        for (let c = 0; c < CELLS; c++) {
          if (n[c]! === 0) continue;
          g[margin(c)]! += cellSum(c) / psw[c]!;
          count[margin(c)]! += n[c]!;
        }
        for (let c = 0; c < CELLS; c++) if (n[c]! > 0) b[c]! -= (psw[c]! * g[margin(c)]!) / count[margin(c)]!;
      }
  }
  let sx = 0;
  let sxx = 0;
  for (let c = 0; c < CELLS; c++) {
    if (n[c]! === 0) continue;
    sx += cellSum(c);
    sxx += a[c]! ** 2 * Q[c]! + 2 * a[c]! * b[c]! * E[c]! + n[c]! * b[c]! ** 2;
  }
  const base = { estimate: finiteOrNull(yw), unweighted: finiteOrNull(yu) };
  if (total < 2) return { ...base, se: null, deff: null, unweightedSe: null, reason: "TOO_FEW_CASES" };
  const variance = Math.max(0, (total / (total - 1)) * (sxx - (sx * sx) / total));
  const unweightedSe = finiteOrNull(Math.sqrt(Qu / (total - 1) / total));
  const srsVariance = ((total / (total - 1)) * (Qw / W) * (W - total)) / (W * total);
  const deffReason: UnavailableReason | null =
    W <= total ? "SAMPLE_EXCEEDS_FRAME" : srsVariance === 0 ? "ZERO_VARIANCE" : null;
  return {
    ...base,
    se: finiteOrNull(Math.sqrt(variance)),
    deff: deffReason ? null : finiteOrNull(variance / srsVariance),
    unweightedSe,
    reason: deffReason,
  };
}

const UNAVAILABLE_ESTIMATE = (reason: UnavailableReason): WeightedEstimate => ({
  estimate: null,
  se: null,
  deff: null,
  unweighted: null,
  unweightedSe: null,
  reason,
});

/** Weights to the frame and the weighted category distribution and mean score (see PostStratification). */
export function postStratification(
  input: WeightingInput,
  frame: SamplingFrame | null,
  maxIterations = RAKING_MAX_ITERATIONS,
): PostStratification {
  const stats = cellStats(input);
  const frameN = frame ? frameCellCounts(frame) : new Float64Array(CELLS);
  const n = stats.n.reduce((sum, x) => sum + x, 0);
  const frameTotal = frameN.reduce((sum, x) => sum + x, 0);
  const cellsWith = (w: Float64Array | null): WeightCell[] =>
    Array.from({ length: CELLS }, (_, c) => ({
      county: COUNTY_CODES[countyOf(c)]!,
      sizeClass: SIZE_CLASSES[sizeOf(c)]!,
      frame: frameN[c]!,
      respondents: stats.n[c]!,
      weight: w && stats.n[c]! > 0 ? finiteOrNull(w[c]!) : null,
    }));
  const result = (reason: UnavailableReason | null, weights: Weights | null): PostStratification => ({
    method: weights?.method ?? null,
    n,
    missing: input.totals.length - n,
    frameTotal,
    iterations: weights?.iterations ?? null,
    converged: weights?.converged ?? null,
    cells: cellsWith(reason ? null : (weights?.w ?? null)),
    meanScore: reason || !weights ? UNAVAILABLE_ESTIMATE(reason!) : weightedEstimate(stats, weights),
    categories: CATEGORY_IDS.map((category, k) => ({
      category,
      ...(reason || !weights
        ? UNAVAILABLE_ESTIMATE(reason!)
        : weightedEstimate(categoryStats(stats, k), weights)),
    })),
    reason: reason ?? null,
  });
  if (frameTotal === 0) return result("NO_FRAME", null);
  if (n === 0) return result("NO_CASES", null);
  for (let c = 0; c < CELLS; c++)
    if (stats.n[c]! > 0 && frameN[c]! === 0) return result("OUTSIDE_FRAME", null);
  for (const [margin, levels] of [
    [countyOf, COUNTY_CODES.length],
    [sizeOf, S],
  ] as const) {
    const respondents = marginSums(stats.n, margin, levels);
    const companies = marginSums(frameN, margin, levels);
    if (companies.some((f, l) => f > 0 && respondents[l] === 0)) return result("UNCOVERED_FRAME", null);
  }
  const empty = frameN.some((f, c) => f > 0 && stats.n[c] === 0);
  if (!empty) {
    const w = frameN.map((f, c) => (stats.n[c]! > 0 ? f / stats.n[c]! : 0));
    return result(null, {
      method: "postStratification",
      w,
      afterCounty: null,
      iterations: null,
      converged: null,
    });
  }
  const weights = rake(stats.n, frameN, maxIterations);
  return result(weights.converged ? null : "NOT_CONVERGED", weights);
}

function categoryStats(stats: CellStats, k: number) {
  const mean = new Float64Array(CELLS);
  const ss = new Float64Array(CELLS);
  for (let c = 0; c < CELLS; c++) {
    if (stats.n[c]! === 0) continue;
    const p = stats.categories[c * K + k]! / stats.n[c]!;
    mean[c] = p;
    ss[c] = stats.n[c]! * p * (1 - p);
  }
  return { n: stats.n, mean, ss };
}

/** Each respondent's weight (NaN where none), e.g. for a weight column in the exports. */
export function respondentWeights(
  county: Uint8Array,
  sizeClass: Uint8Array,
  weighting: PostStratification,
): Float64Array {
  const weights = new Float64Array(county.length);
  for (let i = 0; i < county.length; i++) {
    const cell =
      county[i]! === 0 || sizeClass[i]! === 0
        ? null
        : weighting.cells[(county[i]! - 1) * S + sizeClass[i]! - 1]!;
    weights[i] = cell?.weight ?? NaN;
  }
  return weights;
}
