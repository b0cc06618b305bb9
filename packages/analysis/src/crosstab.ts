import { chiSquareUpperP } from "./distributions";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

export interface ChiSquareTest {
  /** Pearson's chi-square without continuity correction, as R's chisq.test(correct = FALSE). */
  statistic: number | null;
  df: number | null;
  p: number | null;
  cramersV: number | null;
  /** Cells (among the rows and columns in the test) whose expected count is below 5. */
  lowExpectedCells: number;
  lowExpectedShare: number | null;
  /** True when any expected count is below 5: R then warns "Chi-squared approximation may be incorrect". */
  approximationWarning: boolean;
  reason: UnavailableReason | null;
}

export interface CrossTabulation {
  rowLevels: string[];
  columnLevels: string[];
  /** Cases with both values present. */
  n: number;
  /** Cases missing either value. */
  missing: number;
  /** counts[row][column]. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  /** Percent of the row total (null for an empty row), of the column total, and of n. */
  rowPercents: (number | null)[][];
  columnPercents: (number | null)[][];
  totalPercents: (number | null)[][];
  /** Expected counts under independence, rowTotal · columnTotal / n (null when n = 0). */
  expected: (number | null)[][];
  /** Rows and columns without cases are shown but left out of the test, as R does after droplevels(). */
  chiSquare: ChiSquareTest;
}

function levelIndex(levels: string[], fixed: boolean): (v: string) => number {
  const index = new Map<string, number>(levels.map((l, i) => [l, i]));
  return (v) => {
    let at = index.get(v);
    if (at === undefined) {
      if (fixed) throw new RangeError(`Unknown level "${v}"; expected one of ${levels.join(", ")}.`);
      at = levels.length;
      levels.push(v);
      index.set(v, at);
    }
    return at;
  };
}

const percent = (part: number, whole: number): number | null =>
  whole > 0 ? finiteOrNull((100 * part) / whole) : null;

/**
 * Cross-tabulates two categorical variables (null is missing). With `rowLevels`/`columnLevels` the table has
 * exactly those levels in that order and any other value is an error; without them, levels appear as met.
 */
export function crossTabulate(
  rows: ArrayLike<string | null>,
  columns: ArrayLike<string | null>,
  options: { rowLevels?: readonly string[]; columnLevels?: readonly string[] } = {},
): CrossTabulation {
  if (rows.length !== columns.length)
    throw new RangeError(`Variables differ in length: ${rows.length} and ${columns.length}.`);
  const rowLevels = [...(options.rowLevels ?? [])];
  const columnLevels = [...(options.columnLevels ?? [])];
  const rowAt = levelIndex(rowLevels, options.rowLevels !== undefined);
  const columnAt = levelIndex(columnLevels, options.columnLevels !== undefined);
  // Codes first, then the table: the number of levels is known only after the last value is seen.
  const rowCodes = new Int32Array(rows.length);
  const columnCodes = new Int32Array(rows.length);
  let n = 0;
  let missing = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const c = columns[i];
    if (r === null || c === null || r === undefined || c === undefined) {
      missing++;
      continue;
    }
    rowCodes[n] = rowAt(r);
    columnCodes[n] = columnAt(c);
    n++;
  }
  return tableOf(rowCodes.subarray(0, n), columnCodes.subarray(0, n), rowLevels, columnLevels, missing);
}

/**
 * The same table from two groupings' codes (each level's position plus one, 0 = missing; see ResponseColumns),
 * with exactly the given levels.
 */
export function crossTabulateCodes(
  rows: Uint8Array,
  columns: Uint8Array,
  rowLevels: readonly string[],
  columnLevels: readonly string[],
): CrossTabulation {
  if (rows.length !== columns.length)
    throw new RangeError(`Variables differ in length: ${rows.length} and ${columns.length}.`);
  const rowCodes = new Int32Array(rows.length);
  const columnCodes = new Int32Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] === 0 || columns[i] === 0) continue;
    rowCodes[n] = rows[i]! - 1;
    columnCodes[n] = columns[i]! - 1;
    n++;
  }
  return tableOf(
    rowCodes.subarray(0, n),
    columnCodes.subarray(0, n),
    [...rowLevels],
    [...columnLevels],
    rows.length - n,
  );
}

function tableOf(
  rowCodes: Int32Array,
  columnCodes: Int32Array,
  rowLevels: string[],
  columnLevels: string[],
  missing: number,
): CrossTabulation {
  const n = rowCodes.length;
  const counts = rowLevels.map(() => new Array<number>(columnLevels.length).fill(0));
  for (let i = 0; i < n; i++) counts[rowCodes[i]!]![columnCodes[i]!]!++;
  const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
  const columnTotals = columnLevels.map((_, c) => counts.reduce((s, row) => s + row[c]!, 0));
  return {
    rowLevels,
    columnLevels,
    n,
    missing,
    counts,
    rowTotals,
    columnTotals,
    rowPercents: counts.map((row, r) => row.map((v) => percent(v, rowTotals[r]!))),
    columnPercents: counts.map((row) => row.map((v, c) => percent(v, columnTotals[c]!))),
    totalPercents: counts.map((row) => row.map((v) => percent(v, n))),
    expected: counts.map((row, r) =>
      row.map((_, c) => (n > 0 ? finiteOrNull((rowTotals[r]! * columnTotals[c]!) / n) : null)),
    ),
    chiSquare: chiSquareTest(counts, rowTotals, columnTotals, n),
  };
}

function chiSquareTest(
  counts: number[][],
  rowTotals: number[],
  columnTotals: number[],
  n: number,
): ChiSquareTest {
  const rows = rowTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const columns = columnTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const empty = (reason: UnavailableReason): ChiSquareTest => ({
    statistic: null,
    df: null,
    p: null,
    cramersV: null,
    lowExpectedCells: 0,
    lowExpectedShare: null,
    approximationWarning: false,
    reason,
  });
  if (n === 0) return empty("NO_CASES");
  if (rows.length < 2 || columns.length < 2) return empty("SINGLE_GROUP");
  let statistic = 0;
  let low = 0;
  for (const r of rows)
    for (const c of columns) {
      const expected = (rowTotals[r]! * columnTotals[c]!) / n;
      const d = counts[r]![c]! - expected;
      statistic += (d * d) / expected;
      if (expected < 5) low++;
    }
  const df = (rows.length - 1) * (columns.length - 1);
  const cellsInTest = rows.length * columns.length;
  return {
    statistic,
    df,
    p: finiteOrNull(chiSquareUpperP(statistic, df)),
    cramersV: finiteOrNull(Math.sqrt(statistic / (n * (Math.min(rows.length, columns.length) - 1)))),
    lowExpectedCells: low,
    lowExpectedShare: low / cellsInTest,
    approximationWarning: low > 0,
    reason: null,
  };
}
