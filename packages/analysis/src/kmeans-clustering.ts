import { kmeans } from "ml-kmeans";
import type { ItemMatrix } from "./items";
import { kmeansPlusPlus } from "./kmeans-plus-plus";
import { clusterSums } from "./cluster-sums";
import { hartiganTransfers } from "./hartigan-transfers";
import { orderFreeSample } from "./order-free-sample";
import { deriveSeeds } from "./random";
import {
  distanceMatrix,
  meanSilhouette,
  selectRows,
  silhouette,
  SILHOUETTE_SAMPLE_SIZE,
  type Silhouette,
} from "./silhouette";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** Above this many cases the kmeans++ restarts run on a seeded sample, and one final run refines the best on all. */
export const RESTART_SAMPLE_SIZE = 5000;
const MAX_ITERATIONS = 300;
const RESTART_LLOYD_ITERATIONS = 10;

export interface KMeansOptions {
  /** Number of clusters (default 4). */
  k?: number;
  /** Seed for every random choice; the same seed gives the same result (default 1). */
  seed?: number;
  /** kmeans++ restarts, the lowest inertia kept (default 50 up to 2 000 cases, 10 on larger data or samples). */
  restarts?: number;
}

export interface KMeansClustering {
  k: number;
  n: number;
  seed: number;
  restarts: number;
  /** Cases the restarts ran on (n, or RESTART_SAMPLE_SIZE for larger data sets, then refined on all n). */
  restartSampleSize: number;
  /** Clusters ordered by the mean of their centroid, lowest first; empty clusters are dropped. */
  sizes: number[];
  centroids: number[][];
  /** Total within-cluster sum of squared Euclidean distances (R's tot.withinss). */
  inertia: number | null;
  /** 0-based cluster of each case, in input order. */
  assignments: number[];
  converged: boolean;
  silhouette: Silhouette;
  reason: UnavailableReason | null;
}

/**
 * Inertia and centroids of a labelling, recomputed from the data (exact means, not the algorithm's last step). The
 * inertia comes from per-cluster sums of values and of squares, which are exact for answers (whole numbers), so it
 * does not depend on the order of the cases to the last digit.
 */
function summarise(matrix: ItemMatrix, labels: ArrayLike<number>, k: number) {
  const dims = matrix.k;
  const { sizes, sums, squares } = clusterSums(matrix, labels, k, true);
  let inertia = 0;
  for (let c = 0; c < k; c++)
    for (let d = 0; d < dims; d++) {
      const at = c * dims + d;
      if (sizes[c]! > 0) inertia += squares[at]! - (sums[at]! * sums[at]!) / sizes[c]!;
      sums[at]! /= sizes[c]! || 1;
    }
  return { sizes, centroids: sums, inertia };
}

function toRows(matrix: ItemMatrix): number[][] {
  return Array.from({ length: matrix.n }, (_, i) =>
    Array.from(matrix.values.subarray(i * matrix.k, (i + 1) * matrix.k)),
  );
}

/** Whether the matrix holds at least `k` distinct rows (stops as soon as it has seen k). */
function hasDistinctRows(matrix: ItemMatrix, k: number): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < matrix.n && seen.size < k; i++)
    seen.add(matrix.values.subarray(i * matrix.k, (i + 1) * matrix.k).join(","));
  return seen.size >= k;
}

interface Run {
  labels: Int32Array;
  inertia: number;
  centroids: number[][];
  converged: boolean;
}

/** Best of `seeds.length` kmeans++ runs by inertia, each Lloyd's iterations then Hartigan's transfers. */
function bestOfRestarts(rows: number[][], matrix: ItemMatrix, k: number, seeds: number[]): Run {
  let best: Run | undefined;
  for (const seed of seeds) {
    const result = kmeans(rows, k, {
      initialization: kmeansPlusPlus(matrix, k, seed),
      // Lloyd's steps make the big moves; Hartigan's transfers finish far sooner than Lloyd's long tail would.
      maxIterations: RESTART_LLOYD_ITERATIONS,
    });
    const labels = Int32Array.from(result.clusters);
    hartiganTransfers(matrix, labels, k);
    const { inertia, centroids } = summarise(matrix, labels, k);
    if (!best || inertia < best.inertia)
      best = {
        labels,
        inertia,
        centroids: Array.from({ length: k }, (_, c) =>
          Array.from(centroids.subarray(c * matrix.k, (c + 1) * matrix.k)),
        ),
        converged: result.converged,
      };
  }
  return best!;
}

/**
 * k-means with seeded kmeans++ restarts, each Lloyd's iterations (ml-kmeans) then Hartigan's transfers; deterministic
 * for a given seed and independent of the order of the cases.
 */
export function kmeansClustering(matrix: ItemMatrix, options: KMeansOptions = {}): KMeansClustering {
  const { k = 4, seed = 1 } = options;
  const restarts = options.restarts ?? (Math.min(matrix.n, RESTART_SAMPLE_SIZE) <= 2000 ? 50 : 10);
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer; got ${k}.`);
  const seeds = deriveSeeds(seed, restarts + 1);
  const restartSampleSize = Math.min(matrix.n, RESTART_SAMPLE_SIZE);
  const base = { k, n: matrix.n, seed, restarts, restartSampleSize };
  const empty = (reason: UnavailableReason): KMeansClustering => ({
    ...base,
    sizes: [],
    centroids: [],
    inertia: null,
    assignments: [],
    converged: false,
    silhouette: { mean: null, sampleSize: 0, sampled: false, reason },
    reason,
  });
  if (matrix.n === 0) return empty("NO_CASES");
  if (matrix.n < k) return empty("TOO_FEW_CASES");
  if (!hasDistinctRows(matrix, k)) return empty("TOO_FEW_DISTINCT_CASES");

  // The restarts run on the cases in a canonical order (all of them, or a sample chosen by their values), so the
  // same data in any row order give the same clusters.
  const caseOrder = orderFreeSample(matrix, RESTART_SAMPLE_SIZE, seeds[0]!);
  const sample = selectRows(matrix, caseOrder);
  let labels: Int32Array;
  let converged: boolean;
  if (caseOrder.length === matrix.n) {
    const run = bestOfRestarts(toRows(sample), sample, k, seeds.slice(1));
    labels = new Int32Array(matrix.n);
    caseOrder.forEach((row, j) => (labels[row] = run.labels[j]!));
    converged = run.converged;
  } else {
    const start = hasDistinctRows(sample, k)
      ? bestOfRestarts(toRows(sample), sample, k, seeds.slice(1))
      : undefined;
    // Lloyd's iterations from the sample's best centres: each step depends on the cases, not on their order.
    const result = kmeans(toRows(matrix), k, {
      initialization: start?.centroids ?? kmeansPlusPlus(matrix, k, seeds[1]!),
      maxIterations: MAX_ITERATIONS,
    });
    labels = Int32Array.from(result.clusters);
    converged = result.converged;
  }

  const { sizes, centroids, inertia } = summarise(matrix, labels, k);
  const dims = matrix.k;
  const centroidMean = (c: number) =>
    centroids.subarray(c * dims, (c + 1) * dims).reduce((s, v) => s + v, 0) / dims;
  const order = Array.from({ length: k }, (_, c) => c)
    .filter((c) => sizes[c]! > 0)
    .sort((a, b) => centroidMean(a) - centroidMean(b) || a - b);
  const relabel = new Int32Array(k).fill(-1);
  order.forEach((c, i) => (relabel[c] = i));
  const assignments = Array.from(labels, (c) => relabel[c]!);
  return {
    ...base,
    sizes: order.map((c) => sizes[c]!),
    centroids: order.map((c) => Array.from(centroids.subarray(c * dims, (c + 1) * dims))),
    inertia: finiteOrNull(inertia),
    assignments,
    converged,
    silhouette: silhouette(matrix, assignments, { seed: seeds[0]! }),
    reason: null,
  };
}

export interface KCandidate {
  k: number;
  /** Within-cluster sum of squares on the sample (comparable across k, not with the full-data inertia). */
  inertia: number | null;
  silhouette: number | null;
  reason: UnavailableReason | null;
}

export interface KSelection {
  /** Cases every candidate was fitted and scored on: a seeded sample of SILHOUETTE_SAMPLE_SIZE when n is larger. */
  sampleSize: number;
  sampled: boolean;
  restarts: number;
  candidates: KCandidate[];
}

/** Inertia and mean silhouette for k = kMin..kMax, to help choose k (elbow, highest silhouette). */
export function kSelection(
  matrix: ItemMatrix,
  options: { seed?: number; kMin?: number; kMax?: number; restarts?: number } = {},
): KSelection {
  const { seed = 1, kMin = 2, kMax = 8, restarts = 3 } = options;
  const seeds = deriveSeeds(seed, restarts + 1);
  const sample = selectRows(matrix, orderFreeSample(matrix, SILHOUETTE_SAMPLE_SIZE, seeds[0]!));
  const rows = toRows(sample);
  const distances = distanceMatrix(sample);
  const candidates: KCandidate[] = [];
  for (let k = kMin; k <= kMax; k++) {
    const reason: UnavailableReason | null =
      sample.n === 0
        ? "NO_CASES"
        : sample.n < k
          ? "TOO_FEW_CASES"
          : hasDistinctRows(sample, k)
            ? null
            : "TOO_FEW_DISTINCT_CASES";
    if (reason) {
      candidates.push({ k, inertia: null, silhouette: null, reason });
      continue;
    }
    const run = bestOfRestarts(rows, sample, k, seeds.slice(1));
    const width = meanSilhouette(distances, run.labels);
    candidates.push({
      k,
      inertia: finiteOrNull(run.inertia),
      silhouette: width,
      reason: width === null ? "SINGLE_GROUP" : null,
    });
  }
  return { sampleSize: sample.n, sampled: sample.n < matrix.n, restarts, candidates };
}
