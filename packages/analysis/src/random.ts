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

/** Seeds for restarts, derived from one seed so that a run is reproducible from that seed alone. */
export function deriveSeeds(seed: number, count: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Math.floor(random() * 2 ** 31));
}
