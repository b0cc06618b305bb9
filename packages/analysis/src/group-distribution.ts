/**
 * Each group's values in ascending order as runs (distinct value, count): what medians, the Brown–Forsythe test
 * and pairwise Wilcoxon tests read, plus the groups' rank sums for Kruskal–Wallis. Built from the outcome's cases
 * in value order (see ValueRanks), computed once per outcome, in one linear pass per comparison: no sort per
 * comparison at a million cases, and an integer outcome (a total score, counts) has few runs per group.
 */
export interface GroupRuns {
  /** Group j's runs are `start[j] … start[j + 1] − 1`. */
  start: Int32Array;
  /** The value of each run, ascending within a group. */
  value: Float64Array;
  /** The value's code (equal codes, equal values), to merge two groups' runs. */
  code: Int32Array;
  count: Float64Array;
  /** Midranks among the cases that have a group, summed by group (ties share their mean rank). */
  rankSums: Float64Array;
  /** Σ(t³ − t) over the tie groups of those cases. */
  tieSum: number;
}

/** An outcome's present values in value order: what groupRuns walks. */
export interface ValueOrder {
  /** Positions of the present values, ascending by value. */
  order: Int32Array;
  /** The value code at each position of `order`. */
  sortedCodes: Int32Array;
  /** The value of each code. */
  codeValues: Float64Array;
}

/** Orders coded values by counting (codes run 0 … codeValues.length − 1). */
export function valueOrder(codes: Int32Array, codeValues: Float64Array): ValueOrder {
  const n = codes.length;
  const d = codeValues.length;
  const next = new Int32Array(d + 1);
  for (let i = 0; i < n; i++) next[codes[i]! + 1]!++;
  for (let c = 0; c < d; c++) next[c + 1]! += next[c]!;
  const order = new Int32Array(n);
  const sortedCodes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const at = next[codes[i]!]!++;
    order[at] = i;
    sortedCodes[at] = codes[i]!;
  }
  return { order, sortedCodes, codeValues };
}

/**
 * @param groupOf each present value's group (0 … k − 1), or −1 when it has none (left out)
 */
export function groupRuns(
  { order, sortedCodes, codeValues }: ValueOrder,
  groupOf: Int32Array,
  k: number,
): GroupRuns {
  const n = order.length;
  const runGroup = new Int32Array(n);
  const runCode = new Int32Array(n);
  const runCount = new Float64Array(n);
  // Each group's last run and its code: a case starts a new run when its code differs.
  const open = new Int32Array(k);
  const openCode = new Int32Array(k).fill(-1);
  const runsOf = new Int32Array(k + 1);
  const rankSums = new Float64Array(k);
  let runs = 0;
  let below = 0;
  let tieSum = 0;
  let blockStart = 0;
  while (blockStart < n) {
    const c = sortedCodes[blockStart]!;
    let blockEnd = blockStart;
    let t = 0;
    while (blockEnd < n && sortedCodes[blockEnd] === c) {
      if (groupOf[order[blockEnd]!]! >= 0) t++;
      blockEnd++;
    }
    const rank = below + (t + 1) / 2;
    for (let at = blockStart; at < blockEnd; at++) {
      const g = groupOf[order[at]!]!;
      if (g < 0) continue;
      rankSums[g]! += rank;
      if (openCode[g] !== c) {
        openCode[g] = c;
        open[g] = runs;
        runGroup[runs] = g;
        runCode[runs] = c;
        runsOf[g + 1]!++;
        runs++;
      }
      runCount[open[g]!]!++;
    }
    tieSum += t * t * t - t;
    below += t;
    blockStart = blockEnd;
  }
  // Gather the runs group by group (stable, so each group's stay ascending).
  for (let j = 0; j < k; j++) runsOf[j + 1]! += runsOf[j]!;
  const start = runsOf.slice();
  const fill = runsOf.slice(0, k);
  const value = new Float64Array(runs);
  const code = new Int32Array(runs);
  const count = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    const to = fill[runGroup[r]!]!++;
    code[to] = runCode[r]!;
    value[to] = codeValues[runCode[r]!]!;
    count[to] = runCount[r]!;
  }
  return { start, value, code, count, rankSums, tieSum };
}

/** Median of group j (the mean of the two middle values for an even count), as R's median; null when empty. */
export function groupMedian(runs: GroupRuns, j: number, n: number): number | null {
  if (n === 0) return null;
  const lower = Math.floor((n - 1) / 2);
  const upper = Math.floor(n / 2);
  let seen = 0;
  let low: number | null = null;
  for (let r = runs.start[j]!; r < runs.start[j + 1]!; r++) {
    seen += runs.count[r]!;
    if (low === null && seen > lower) low = runs.value[r]!;
    if (seen > upper) return (low! + runs.value[r]!) / 2;
  }
  return null;
}
