import type { ItemMatrix } from "./items";
import { orderFreeSample } from "./order-free-sample";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** Silhouette costs O(n²) distances; above this many cases it is computed on a seeded random sample. */
export const SILHOUETTE_SAMPLE_SIZE = 2000;

export interface Silhouette {
  /** Mean silhouette width (Euclidean distance; a case alone in its cluster scores 0, as R's cluster::silhouette). */
  mean: number | null;
  /** Cases the mean is computed on. */
  sampleSize: number;
  /** True when `sampleSize` < n: the widths are those of the sampled cases among themselves. */
  sampled: boolean;
  reason: UnavailableReason | null;
}

/** The rows of `matrix` at `indices` as their own matrix. */
export function selectRows(matrix: ItemMatrix, indices: ArrayLike<number>): ItemMatrix {
  const { k, values } = matrix;
  const out = new Float64Array(indices.length * k);
  for (let i = 0; i < indices.length; i++)
    out.set(values.subarray(indices[i]! * k, indices[i]! * k + k), i * k);
  return { n: indices.length, k, values: out };
}

/** Full Euclidean distance matrix (m × m, row-major). */
export function distanceMatrix(matrix: ItemMatrix): Float64Array {
  const { n, k, values } = matrix;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let c = 0; c < k; c++) {
        const diff = values[i * k + c]! - values[j * k + c]!;
        s += diff * diff;
      }
      const dist = Math.sqrt(s);
      d[i * n + j] = dist;
      d[j * n + i] = dist;
    }
  return d;
}

/** Mean silhouette width from a precomputed distance matrix and 0-based labels. */
export function meanSilhouette(distances: Float64Array, labels: ArrayLike<number>): number | null {
  const m = labels.length;
  let clusters = 0;
  for (let i = 0; i < m; i++) clusters = Math.max(clusters, labels[i]! + 1);
  const sizes = new Float64Array(clusters);
  for (let i = 0; i < m; i++) sizes[labels[i]!]!++;
  if (sizes.filter((s) => s > 0).length < 2) return null;
  const sums = new Float64Array(clusters);
  let total = 0;
  for (let i = 0; i < m; i++) {
    sums.fill(0);
    const row = i * m;
    for (let j = 0; j < m; j++) sums[labels[j]!]! += distances[row + j]!;
    const own = labels[i]!;
    if (sizes[own]! < 2) continue;
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < clusters; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    const denominator = Math.max(a, b);
    total += denominator > 0 ? (b - a) / denominator : 0;
  }
  return finiteOrNull(total / m);
}

/** Mean silhouette of a partition; on a seeded sample of `sampleSize` cases when n is larger. */
export function silhouette(
  matrix: ItemMatrix,
  labels: ArrayLike<number>,
  options: { sampleSize?: number; seed?: number } = {},
): Silhouette {
  const { sampleSize = SILHOUETTE_SAMPLE_SIZE, seed = 1 } = options;
  const sampled = matrix.n > sampleSize;
  const indices = orderFreeSample(matrix, sampleSize, seed);
  const m = indices.length;
  if (m < 2) return { mean: null, sampleSize: m, sampled, reason: m === 0 ? "NO_CASES" : "TOO_FEW_CASES" };
  const subLabels = Int32Array.from(indices, (i) => labels[i]!);
  const mean = meanSilhouette(distanceMatrix(selectRows(matrix, indices)), subLabels);
  return { mean, sampleSize: m, sampled, reason: mean === null ? "SINGLE_GROUP" : null };
}
