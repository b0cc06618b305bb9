/**
 * Ranks 1..n with ties given their mean rank (R's rank(ties.method = "average")), plus Σ(t³ − t) over tie groups.
 * Sorts a copy natively and looks each value up by binary search: much faster than an index sort with a comparator.
 */
export function midranks(x: ArrayLike<number>): { ranks: Float64Array; tieSum: number } {
  const { ranks, tieSum } = codedMidranks(x);
  return { ranks, tieSum };
}

/**
 * Midranks plus each value's code: codes are ordered as the values and equal exactly when the values are, and
 * `codeValues[code]` is the value. Group tests use them to sort any subset in linear time (a counting sort).
 */
export interface CodedRanks {
  ranks: Float64Array;
  tieSum: number;
  codes: Int32Array;
  codeValues: Float64Array;
}

export function codedMidranks(x: ArrayLike<number>): CodedRanks {
  return smallIntegerMidranks(x) ?? sortedMidranks(x);
}

/** Values that are whole numbers in a range of at most this many (scores, answers, counts) are ranked by counting. */
const COUNTING_RANGE = 1 << 16;

/** The same ranks in linear time, for whole numbers in a narrow range (a total score takes 81 values); else null. */
function smallIntegerMidranks(x: ArrayLike<number>): CodedRanks | null {
  const n = x.length;
  if (n === 0) return null;
  let min = x[0]!;
  let max = x[0]!;
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  if (max - min >= COUNTING_RANGE) return null;
  const counts = new Float64Array(max - min + 1);
  for (let i = 0; i < n; i++) counts[x[i]! - min]!++;
  const rankOf = new Float64Array(counts.length);
  let below = 0;
  let tieSum = 0;
  for (let v = 0; v < counts.length; v++) {
    const t = counts[v]!;
    rankOf[v] = below + (t + 1) / 2;
    below += t;
    tieSum += t * t * t - t;
  }
  const ranks = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    codes[i] = x[i]! - min;
    ranks[i] = rankOf[codes[i]!]!;
  }
  const codeValues = new Float64Array(counts.length);
  for (let v = 0; v < counts.length; v++) codeValues[v] = min + v;
  return { ranks, tieSum, codes, codeValues };
}

function sortedMidranks(x: ArrayLike<number>): CodedRanks {
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
  const codes = new Int32Array(n);
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
    codes[m] = lo;
  }
  return { ranks, tieSum, codes, codeValues: distinct.subarray(0, d) };
}
