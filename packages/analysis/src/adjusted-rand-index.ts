import { finiteOrNull, type UnavailableReason } from "./unavailable";

export interface AdjustedRandIndex {
  value: number | null;
  n: number;
  reason: UnavailableReason | null;
}

const pairs = (x: number): number => (x * (x - 1)) / 2;

/** Hubert & Arabie's adjusted Rand index between two partitions of the same cases (null labels are dropped). */
export function adjustedRandIndex(
  a: ArrayLike<string | number | null>,
  b: ArrayLike<string | number | null>,
): AdjustedRandIndex {
  if (a.length !== b.length)
    throw new RangeError(`Partitions differ in length: ${a.length} and ${b.length}.`);
  const table = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const columns = new Map<string | number, number>();
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || y === null || x === undefined || y === undefined) continue;
    const key = `${typeof x}:${x}\u0000${typeof y}:${y}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    columns.set(y, (columns.get(y) ?? 0) + 1);
    n++;
  }
  if (n === 0) return { value: null, n, reason: "NO_CASES" };
  if (n < 2) return { value: null, n, reason: "TOO_FEW_CASES" };
  let index = 0;
  for (const c of table.values()) index += pairs(c);
  let sumA = 0;
  for (const c of rows.values()) sumA += pairs(c);
  let sumB = 0;
  for (const c of columns.values()) sumB += pairs(c);
  const expected = (sumA * sumB) / pairs(n);
  const maximum = (sumA + sumB) / 2;
  // Both partitions put everything in one group (or each case alone): agreement is trivially certain.
  if (maximum === expected) return { value: null, n, reason: "SINGLE_GROUP" };
  return { value: finiteOrNull((index - expected) / (maximum - expected)), n, reason: null };
}
