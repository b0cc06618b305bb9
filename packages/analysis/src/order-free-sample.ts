import type { ItemMatrix } from "./items";

const words = new Uint32Array(2);
const asDouble = new Float64Array(words.buffer);

/** A seeded hash of one row's values, uniform in [0, 1): the same row gets the same number wherever it stands. */
function rowHash(matrix: ItemMatrix, row: number, seed: number): number {
  let h1 = seed >>> 0;
  let h2 = (seed ^ 0x9e3779b9) >>> 0;
  for (let d = 0; d < matrix.k; d++) {
    asDouble[0] = matrix.values[row * matrix.k + d]!;
    for (const w of words) {
      h1 = Math.imul(h1 ^ w, 0x85ebca6b);
      h1 = (h1 << 13) | (h1 >>> 19);
      h2 = Math.imul(h2 ^ w, 0xc2b2ae35);
      h2 = (h2 << 17) | (h2 >>> 15);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x7feb352d) ^ h2;
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0x846ca68b) ^ h1;
  return ((h1 >>> 0) * 2 ** 21 + ((h2 >>> 0) >>> 11)) / 2 ** 53;
}

function compareRows(matrix: ItemMatrix, a: number, b: number): number {
  const { k, values } = matrix;
  for (let d = 0; d < k; d++) {
    const diff = values[a * k + d]! - values[b * k + d]!;
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * `size` rows chosen by a seeded hash of their values (those hashing lowest), listed in lexicographic order of their
 * values: the same rows in any order give the same sample in the same order, so k-means, its restarts and the
 * silhouette do not depend on how the data were sorted, exported or re-imported. Identical rows are
 * interchangeable, so which of them is taken does not matter. All rows, in that order, when n ≤ size.
 */
export function orderFreeSample(matrix: ItemMatrix, size: number, seed: number): Uint32Array {
  const { n } = matrix;
  let chosen: Uint32Array;
  if (n <= size) {
    chosen = Uint32Array.from({ length: n }, (_, i) => i);
  } else {
    const hashes = new Float64Array(n);
    for (let i = 0; i < n; i++) hashes[i] = rowHash(matrix, i, seed);
    const threshold = hashes.slice().sort()[size - 1]!;
    chosen = new Uint32Array(size);
    let taken = 0;
    for (let i = 0; i < n && taken < size; i++) if (hashes[i]! < threshold) chosen[taken++] = i;
    for (let i = 0; i < n && taken < size; i++) if (hashes[i] === threshold) chosen[taken++] = i;
  }
  return chosen.sort((a, b) => compareRows(matrix, a, b));
}
