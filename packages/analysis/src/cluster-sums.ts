import type { ItemMatrix } from "./items";

/** Each cluster's size and per-item sums (and sums of squares when asked) for a labelling: exact for answers. */
export function clusterSums(matrix: ItemMatrix, labels: ArrayLike<number>, k: number, withSquares = false) {
  const { n, k: dims, values } = matrix;
  const sizes = new Float64Array(k);
  const sums = new Float64Array(k * dims);
  const squares = new Float64Array(withSquares ? k * dims : 0);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    sizes[c]!++;
    for (let d = 0; d < dims; d++) {
      const v = values[i * dims + d]!;
      sums[c * dims + d]! += v;
      if (withSquares) squares[c * dims + d]! += v * v;
    }
  }
  return { sizes, sums, squares };
}
