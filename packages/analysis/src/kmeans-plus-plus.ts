import type { ItemMatrix } from "./items";
import { seededRandom } from "./random";

/**
 * k-means++ seeding (Arthur & Vassilvitskii 2007): the first centre uniformly, each next one with probability
 * proportional to the squared distance to the nearest centre chosen so far. Written on typed arrays because
 * ml-kmeans' own kmeans++ takes about twice as long as the iterations that follow it.
 */
export function kmeansPlusPlus(matrix: ItemMatrix, k: number, seed: number): number[][] {
  const { n, k: dims, values } = matrix;
  const random = seededRandom(seed);
  const chosen: number[] = [Math.floor(random() * n)];
  const nearest = new Float64Array(n).fill(Infinity);
  while (chosen.length < k) {
    const c = chosen[chosen.length - 1]! * dims;
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let d = 0; d < dims; d++) {
        const diff = values[i * dims + d]! - values[c + d]!;
        s += diff * diff;
      }
      if (s < nearest[i]!) nearest[i] = s;
      total += nearest[i]!;
    }
    // The caller guarantees at least k distinct rows, so total > 0 until k centres are chosen.
    let target = random() * total;
    let next = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i]!;
      if (target < 0 && nearest[i]! > 0) {
        next = i;
        break;
      }
    }
    chosen.push(next);
  }
  return chosen.map((i) => Array.from(values.subarray(i * dims, (i + 1) * dims)));
}
