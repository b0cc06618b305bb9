/**
 * Ranks 1..n with ties given their mean rank (R's rank(ties.method = "average")), plus Σ(t³ − t) over tie groups.
 * Sorts a copy natively and looks each value up by binary search: much faster than an index sort with a comparator.
 */
export function midranks(x: ArrayLike<number>): { ranks: Float64Array; tieSum: number } {
  const n = x.length;
  const sorted = Float64Array.from(x).sort();
  const distinct = new Float64Array(n);
  const rankOf = new Float64Array(n);
  let d = 0;
  let tieSum = 0;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    distinct[d] = sorted[i]!;
    rankOf[d] = (i + 1 + j) / 2;
    d++;
    const t = j - i;
    tieSum += t * t * t - t;
    i = j;
  }
  const ranks = new Float64Array(n);
  for (let m = 0; m < n; m++) {
    const v = x[m]!;
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[m] = rankOf[lo]!;
  }
  return { ranks, tieSum };
}
