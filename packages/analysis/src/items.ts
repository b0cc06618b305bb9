import { meanInterval, type Interval } from "./confidence-intervals";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/**
 * Answers as a dense row-major matrix: `n` respondents × `k` items, every value present.
 * The questionnaire forces an answer to every statement, so item analyses need no missing-value handling.
 */
export interface ItemMatrix {
  n: number;
  k: number;
  /** Answers are whole numbers from 1 to 5, so a byte each is exact (and a million responses fit in 20 MB). */
  values: Float64Array | Uint8Array;
}

export function toItemMatrix(rows: ReadonlyArray<ArrayLike<number>>, k?: number): ItemMatrix {
  const n = rows.length;
  const width = k ?? rows[0]?.length ?? 0;
  const values = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    if (row.length !== width) throw new RangeError(`Row ${i} has ${row.length} answers; expected ${width}.`);
    for (let j = 0; j < width; j++) {
      const v = row[j]!;
      if (!Number.isFinite(v)) throw new RangeError(`Row ${i}, item ${j + 1} is not a number.`);
      values[i * width + j] = v;
    }
  }
  return { n, k: width, values };
}

export interface ItemStatistics {
  /** 0-based item position. */
  index: number;
  mean: number | null;
  sd: number | null;
  /** How many answered 1, 2, 3, 4 and 5 (index 0 holds the count of 1s). */
  counts: [number, number, number, number, number];
  /** 95% interval of the mean on t with n − 1 df (R's t.test(x)$conf.int). */
  meanCi95: Interval | null;
  reason: UnavailableReason | null;
}

/** Mean, SD (n − 1) and the frequency of each answer 1–5, per item, in one pass over the matrix. */
export function itemStatistics(matrix: ItemMatrix): ItemStatistics[] {
  const { n, k, values } = matrix;
  const sums = new Float64Array(k);
  const counts = new Int32Array(k * 5);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    for (let j = 0; j < k; j++) {
      const v = values[base + j]!;
      sums[j]! += v;
      if (v >= 1 && v <= 5 && Number.isInteger(v)) counts[j * 5 + v - 1]!++;
    }
  }
  const means = sums.map((s) => s / n);
  const ss = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const base = i * k;
    for (let j = 0; j < k; j++) {
      const d = values[base + j]! - means[j]!;
      ss[j]! += d * d;
    }
  }
  return Array.from({ length: k }, (_, j) => {
    const c = counts.subarray(j * 5, j * 5 + 5);
    const sd = n > 1 ? finiteOrNull(Math.sqrt(ss[j]! / (n - 1))) : null;
    return {
      index: j,
      mean: n > 0 ? finiteOrNull(means[j]!) : null,
      sd,
      counts: [c[0]!, c[1]!, c[2]!, c[3]!, c[4]!],
      meanCi95: meanInterval(n, n > 0 ? finiteOrNull(means[j]!) : null, sd).ci95,
      reason: n === 0 ? "NO_CASES" : sd === null ? "TOO_FEW_CASES" : null,
    };
  });
}
