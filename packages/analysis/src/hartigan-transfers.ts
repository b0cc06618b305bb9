import { clusterSums } from "./cluster-sums";
import type { ItemMatrix } from "./items";

const MAX_PASSES = 100;

/**
 * Hartigan's single-case transfers (Hartigan & Wong 1979, the criterion behind R's default k-means): moves a case
 * to another cluster whenever that lowers the total within-cluster sum of squares, until a whole pass moves none.
 * Lloyd's iterations stop at partitions this can still improve.
 * Cluster sums are kept exactly (answers are whole numbers), so the result depends only on the order of the cases,
 * which the caller makes canonical. Changes `labels` in place.
 */
export function hartiganTransfers(matrix: ItemMatrix, labels: Int32Array, k: number): void {
  const { n, k: dims, values } = matrix;
  const { sizes, sums } = clusterSums(matrix, labels, k);
  const centres = new Float64Array(k * dims);
  const centre = (c: number) => {
    for (let d = 0; d < dims; d++)
      centres[c * dims + d] = sizes[c]! > 0 ? sums[c * dims + d]! / sizes[c]! : 0;
  };
  for (let c = 0; c < k; c++) centre(c);
  const squaredDistance = (i: number, c: number): number => {
    let s = 0;
    for (let d = 0; d < dims; d++) {
      const diff = values[i * dims + d]! - centres[c * dims + d]!;
      s += diff * diff;
    }
    return s;
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      const from = labels[i]!;
      if (sizes[from]! < 2) continue;
      const removal = (squaredDistance(i, from) * sizes[from]!) / (sizes[from]! - 1);
      let best = -1;
      let bestCost = removal * (1 - 1e-12);
      for (let c = 0; c < k; c++) {
        if (c === from) continue;
        const cost = sizes[c] === 0 ? 0 : (squaredDistance(i, c) * sizes[c]!) / (sizes[c]! + 1);
        if (cost < bestCost) {
          bestCost = cost;
          best = c;
        }
      }
      if (best < 0) continue;
      for (let d = 0; d < dims; d++) {
        const v = values[i * dims + d]!;
        sums[from * dims + d]! -= v;
        sums[best * dims + d]! += v;
      }
      sizes[from]!--;
      sizes[best]!++;
      centre(from);
      centre(best);
      labels[i] = best;
      moved = true;
    }
    if (!moved) return;
  }
}
