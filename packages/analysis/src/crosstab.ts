import { chiSquareUpperP } from "./distributions";
import { seededRandom } from "./random";
import { finiteOrNull, type UnavailableReason } from "./unavailable";

/** Which test gave a table's p: the chi-square distribution, Fisher's exact test (2 × 2), or Monte-Carlo. */
export type TablePMethod = "asymptotic" | "fisher" | "monte-carlo";

export interface TableTestOptions {
  /** Seed of the Monte-Carlo p (the analysis seed; default 1). */
  seed?: number;
  /** Tables simulated for the Monte-Carlo p (default 2000, as R's chisq.test). */
  replicates?: number;
}

/** Above this share of expected counts below 5 the chi-square approximation is replaced (Cochran's rule). */
export const LOW_EXPECTED_SHARE_LIMIT = 0.2;
/** Beyond this many cases a Monte-Carlo p is not computed (each replicate permutes every case). */
export const MONTE_CARLO_MAX_CASES = 50_000;

export interface ChiSquareTest {
  /** Pearson's chi-square without continuity correction, as R's chisq.test(correct = FALSE). */
  statistic: number | null;
  df: number | null;
  /**
   * The p shown. When more than 20% of the expected counts are below 5: Fisher's exact test for a 2 × 2 table
   * (R's fisher.test, two-sided), otherwise a Monte-Carlo p (R's chisq.test(simulate.p.value = TRUE)); else the
   * chi-square p.
   */
  p: number | null;
  pMethod: TablePMethod | null;
  /** The chi-square distribution's p, whichever p is shown. */
  pAsymptotic: number | null;
  /** For a Monte-Carlo p: tables simulated and the seed. */
  simulation: { replicates: number; seed: number } | null;
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
  options: { rowLevels?: readonly string[]; columnLevels?: readonly string[] } & TableTestOptions = {},
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
  return tableOf(
    rowCodes.subarray(0, n),
    columnCodes.subarray(0, n),
    rowLevels,
    columnLevels,
    missing,
    options,
  );
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
  testOptions: TableTestOptions = {},
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
    testOptions,
  );
}

function tableOf(
  rowCodes: Int32Array,
  columnCodes: Int32Array,
  rowLevels: string[],
  columnLevels: string[],
  missing: number,
  testOptions: TableTestOptions,
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
    chiSquare: chiSquareTest(counts, rowTotals, columnTotals, n, rowCodes, columnCodes, testOptions),
  };
}

/**
 * Two-sided p of Fisher's exact test for a 2 × 2 table [[a, b], [c, d]], as R's fisher.test: the probability of
 * every table with the same margins no more likely than the observed one (with R's relative tolerance 1e-7).
 */
export function fisherExactP(a: number, b: number, c: number, d: number): number {
  const m = a + c; // first column
  const nOther = b + d;
  const k = a + b; // first row
  const lo = Math.max(0, k - nOther);
  const hi = Math.min(k, m);
  // Log densities relative to the lowest x, by the ratio of consecutive hypergeometric probabilities.
  const logD = new Float64Array(hi - lo + 1);
  for (let x = lo; x < hi; x++)
    logD[x - lo + 1] = logD[x - lo]! + Math.log(((m - x) * (k - x)) / ((x + 1) * (nOther - k + x + 1)));
  let max = -Infinity;
  for (const v of logD) max = Math.max(max, v);
  let total = 0;
  for (const v of logD) total += Math.exp(v - max);
  const observed = Math.exp(logD[a - lo]! - max);
  let p = 0;
  for (const v of logD) {
    const dv = Math.exp(v - max);
    if (dv <= observed * (1 + 1e-7)) p += dv;
  }
  return Math.min(1, p / total);
}

/**
 * Monte-Carlo p of Pearson's chi-square given both margins: the share of `replicates` random tables with the
 * same margins (the column codes permuted against the row codes, seeded) whose statistic reaches the observed
 * one, counting the observed table itself: (1 + hits) / (B + 1), as R's chisq.test(simulate.p.value = TRUE).
 */
export function monteCarloChiSquareP(
  rowCodes: Int32Array,
  columnCodes: Int32Array,
  rowTotals: readonly number[],
  columnTotals: readonly number[],
  statistic: number,
  replicates: number,
  seed: number,
): number {
  const n = rowCodes.length;
  const nr = rowTotals.length;
  const nc = columnTotals.length;
  const expected = new Float64Array(nr * nc);
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) expected[r * nc + c] = (rowTotals[r]! * columnTotals[c]!) / n;
  const shuffled = Int32Array.from(columnCodes);
  const table = new Int32Array(nr * nc);
  const random = seededRandom(seed);
  const threshold = statistic * (1 + 64 * Number.EPSILON);
  let hits = 0;
  for (let b = 0; b < replicates; b++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = shuffled[i]!;
      shuffled[i] = shuffled[j]!;
      shuffled[j] = tmp;
    }
    table.fill(0);
    for (let i = 0; i < n; i++) table[rowCodes[i]! * nc + shuffled[i]!]!++;
    let x2 = 0;
    for (let cell = 0; cell < nr * nc; cell++) {
      const e = expected[cell]!;
      if (e > 0) {
        const dv = table[cell]! - e;
        x2 += (dv * dv) / e;
      }
    }
    if (x2 >= threshold) hits++;
  }
  return (1 + hits) / (replicates + 1);
}

function chiSquareTest(
  counts: number[][],
  rowTotals: number[],
  columnTotals: number[],
  n: number,
  rowCodes: Int32Array,
  columnCodes: Int32Array,
  options: TableTestOptions,
): ChiSquareTest {
  const rows = rowTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const columns = columnTotals.flatMap((t, i) => (t > 0 ? [i] : []));
  const empty = (reason: UnavailableReason): ChiSquareTest => ({
    statistic: null,
    df: null,
    p: null,
    pMethod: null,
    pAsymptotic: null,
    simulation: null,
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
  const pAsymptotic = finiteOrNull(chiSquareUpperP(statistic, df));
  let p = pAsymptotic;
  let pMethod: TablePMethod = "asymptotic";
  let simulation: ChiSquareTest["simulation"] = null;
  if (low / cellsInTest > LOW_EXPECTED_SHARE_LIMIT) {
    if (rows.length === 2 && columns.length === 2) {
      const [r0, r1] = rows as [number, number];
      const [c0, c1] = columns as [number, number];
      p = fisherExactP(counts[r0]![c0]!, counts[r0]![c1]!, counts[r1]![c0]!, counts[r1]![c1]!);
      pMethod = "fisher";
    } else if (n <= MONTE_CARLO_MAX_CASES) {
      const replicates = options.replicates ?? 2000;
      const seed = options.seed ?? 1;
      p = monteCarloChiSquareP(rowCodes, columnCodes, rowTotals, columnTotals, statistic, replicates, seed);
      pMethod = "monte-carlo";
      simulation = { replicates, seed };
    }
  }
  return {
    statistic,
    df,
    p,
    pMethod,
    pAsymptotic,
    simulation,
    cramersV: finiteOrNull(Math.sqrt(statistic / (n * (Math.min(rows.length, columns.length) - 1)))),
    lowExpectedCells: low,
    lowExpectedShare: low / cellsInTest,
    approximationWarning: low > 0,
    reason: null,
  };
}
