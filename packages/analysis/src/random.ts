/**
 * A small seeded generator (mulberry32) for reproducible sampling and restart seeds. It only shuffles and picks
 * indices, so statistical quality beyond uniformity is not needed.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded sample of `size` distinct indices from 0..n-1 (partial Fisher–Yates), in ascending order. */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const m = Math.min(size, n);
  const random = seededRandom(seed);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(random() * (n - i));
    const tmp = all[i]!;
    all[i] = all[j]!;
    all[j] = tmp;
  }
  return all.slice(0, m).sort();
}

/** Seeds for restarts, derived from one seed so that a run is reproducible from that seed alone. */
export function deriveSeeds(seed: number, count: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.floor(random() * 2 ** 31));
}
