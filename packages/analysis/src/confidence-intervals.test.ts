import intervalsJson from "../fixtures/intervals.json";
import { analyze, partsOfResult, prepareAnalysis, type AnalysisResult } from "./analyze";
import {
  levelDifferences,
  meanInterval,
  tQuantile,
  welchDifference,
  wilsonPercentInterval,
} from "./confidence-intervals";
import { spearman } from "./correlation";
import { crossTabulate, fisherExactP } from "./crosstab";
import { descriptives } from "./descriptives";
import { frequencies } from "./frequencies";
import { levelCode } from "./response-columns";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { survey } from "./testing/fixtures";

// Reference values written by fixtures/intervals.R.
type Pair = [number, number];
const fixture = intervalsJson as unknown as {
  total: Pair;
  items: Pair[];
  indicators: Record<string, Pair | null>;
  categories: { level: string; count: number; n: number; ci95: Pair }[];
  differences: { grouping: string; level: string; difference: number; df: number; ci95: Pair }[];
  smallMeans: { values: number[]; ci95: Pair }[];
  wilson: { count: number; n: number; ci95: Pair }[];
  welch: { x: number[]; y: number[]; ci95: Pair; df: number }[];
  spearman: { x: number[]; y: number[]; rho: number; p: number; pAsymptotic: number }[];
  spearmanTies: { x: number[]; y: number[]; rho: number; p: number; pAsymptotic: number };
  tables: {
    counts: number[][];
    statistic: number;
    pAsymptotic: number;
    fisherP?: number;
    monteCarloP: number;
  }[];
};

function expectInterval(actual: Pair | null | undefined, expected: Pair | null) {
  if (expected === null) return expect(actual ?? null).toBeNull();
  expect(actual).not.toBeNull();
  // Closed forms: 1e-6 relative to the bound's size (at least 1e-6 absolute).
  expected.forEach((bound, i) => expectClose(actual![i], bound, 1e-6 * Math.max(1, Math.abs(bound))));
}

/** Cases of a table given as counts, one row code and column code per case. */
function casesOf(counts: number[][]): { rows: string[]; columns: string[] } {
  const rows: string[] = [];
  const columns: string[] = [];
  counts.forEach((row, r) =>
    row.forEach((count, c) => {
      for (let i = 0; i < count; i++) {
        rows.push(`r${r}`);
        columns.push(`c${c}`);
      }
    }),
  );
  return { rows, columns };
}

describe("confidence intervals against R", () => {
  const result = analyze(survey.records, { seed: 1 });

  it("gives t intervals of the mean total, each item and each indicator (t.test(x)$conf.int)", () => {
    expectInterval(result.total.meanCi95, fixture.total);
    result.items.forEach((item, j) => expectInterval(item.meanCi95, fixture.items[j]!));
    for (const indicator of result.indicators)
      expectInterval(indicator.meanCi95, fixture.indicators[indicator.indicator] ?? null);
    for (const { values, ci95 } of fixture.smallMeans) expectInterval(descriptives(values).meanCi95, ci95);
  });

  it("gives Wilson intervals of each category's percent (prop.test(correct = FALSE)), 0 and all included", () => {
    for (const expected of fixture.categories) {
      const level = result.categories.levels.find((l) => l.level === expected.level)!;
      expect(level.count).toBe(expected.count);
      expectInterval(level.percentCi95, expected.ci95);
    }
    for (const { count, n, ci95 } of fixture.wilson) expectInterval(wilsonPercentInterval(count, n), ci95);
    const none = frequencies(["a", "a"], ["a", "b"]);
    expect(none.levels[1]!.percentCi95![0]).toBe(0);
    expect(none.levels[0]!.percentCi95![1]).toBe(100);
  });

  it("gives Welch intervals of each level's mean total against all other cases (t.test(x, y))", () => {
    for (const expected of fixture.differences) {
      const grouping = result.meanDifferences.find((d) => d.grouping === expected.grouping)!;
      const level = grouping.levels.find((l) => l.level === expected.level)!;
      expectClose(level.difference, expected.difference, 1e-9);
      expectClose(level.df, expected.df, 1e-6 * expected.df);
      expectInterval(level.ci95, expected.ci95);
      expect(level.reason).toBeNull();
    }
    for (const { x, y, ci95, df } of fixture.welch) {
      const d = welchDifference(descriptivesOf(x), descriptivesOf(y));
      expectInterval(d.ci95, ci95);
      expectClose(d.df, df, 1e-9);
    }
  });

  it("matches R's t quantiles", () => {
    expectClose(tQuantile(0.975, 1), 12.706204736174698, 1e-9);
    expectClose(tQuantile(0.975, 29), 2.045229642132703, 1e-12);
    expectClose(tQuantile(0.975, 3.7), 2.8675207071911917, 1e-9);
  });
});

function descriptivesOf(values: number[]) {
  const d = descriptives(values);
  return { n: d.n, mean: d.mean, sd: d.sd };
}

describe("small samples", () => {
  it("gives Spearman's exact p below 10 pairs without ties (cor.test(exact = TRUE))", () => {
    for (const { x, y, rho, p, pAsymptotic } of fixture.spearman) {
      const s = spearman(x, y);
      expectClose(s.rho, rho, 1e-12);
      expect(s.pMethod).toBe("exact");
      expectCloseP(s.p, p);
      expectCloseP(s.pAsymptotic, pAsymptotic);
    }
  });

  it("keeps the approximation with ties, as R does", () => {
    const { x, y, rho, pAsymptotic } = fixture.spearmanTies;
    const s = spearman(x, y);
    expectClose(s.rho, rho, 1e-12);
    expect(s.ties).toBe(true);
    expect(s.pMethod).toBe("asymptotic");
    expectCloseP(s.p, pAsymptotic);
  });

  it("uses Fisher's exact test for a 2 × 2 table with low expected counts (fisher.test)", () => {
    for (const table of fixture.tables.filter((t) => t.fisherP !== undefined)) {
      const [[a, b], [c, d]] = table.counts as [[number, number], [number, number]];
      expectCloseP(fisherExactP(a, b, c, d), table.fisherP!);
      const { rows, columns } = casesOf(table.counts);
      const test = crossTabulate(rows, columns).chiSquare;
      // [[10, 0], [0, 10]] has every expected count at 5: the chi-square p stands.
      const low = test.lowExpectedShare! > 0.2;
      expect(test.pMethod).toBe(low ? "fisher" : "asymptotic");
      expectCloseP(test.p, low ? table.fisherP! : table.pAsymptotic);
      expectCloseP(test.pAsymptotic, table.pAsymptotic);
      expect(test.simulation).toBeNull();
    }
  });

  it("uses a seeded Monte-Carlo p for larger tables with many low expected counts, within Monte-Carlo error of R's", () => {
    const replicates = 2000;
    for (const table of fixture.tables.filter((t) => t.fisherP === undefined)) {
      const { rows, columns } = casesOf(table.counts);
      const test = crossTabulate(rows, columns, { seed: 7, replicates }).chiSquare;
      expect(test.pMethod).toBe("monte-carlo");
      expect(test.simulation).toEqual({ replicates, seed: 7 });
      expectClose(test.statistic, table.statistic, 1e-9);
      expectCloseP(test.pAsymptotic, table.pAsymptotic);
      // R's value used B = 20000: allow four standard errors of both simulations, plus one replicate.
      const p = table.monteCarloP;
      const se = Math.sqrt((p * (1 - p)) / replicates) + Math.sqrt((p * (1 - p)) / 20000);
      expect(Math.abs(test.p! - p)).toBeLessThanOrEqual(4 * se + 1 / (replicates + 1));
    }
  });

  it("reproduces the Monte-Carlo p from the same seed, and another seed gives another draw", () => {
    const { rows, columns } = casesOf(fixture.tables.at(-1)!.counts);
    const a = crossTabulate(rows, columns, { seed: 3 }).chiSquare;
    const b = crossTabulate(rows, columns, { seed: 3 }).chiSquare;
    expect(a.p).toBe(b.p);
    expect(a.simulation).toEqual({ replicates: 2000, seed: 3 });
    const others = [4, 5, 6].map((seed) => crossTabulate(rows, columns, { seed }).chiSquare.p);
    expect(others.some((p) => p !== a.p)).toBe(true);
  });

  it("keeps the chi-square p when expected counts are large", () => {
    const test = crossTabulate(
      ...(Object.values(
        casesOf([
          [30, 20],
          [20, 30],
        ]),
      ) as [string[], string[]]),
    ).chiSquare;
    expect(test.pMethod).toBe("asymptotic");
    expect(test.p).toBe(test.pAsymptotic);
  });
});

describe("edge cases give null with a reason, never NaN", () => {
  it("a mean of one value, or none", () => {
    expect(meanInterval(1, 4, null)).toEqual({ ci95: null, reason: "TOO_FEW_CASES" });
    expect(meanInterval(0, null, null)).toEqual({ ci95: null, reason: "NO_CASES" });
    expect(descriptives([4]).meanCi95).toBeNull();
    expect(descriptives([4, 4, 4]).meanCi95).toEqual([4, 4]);
  });

  it("a proportion of nothing", () => {
    expect(wilsonPercentInterval(0, 0)).toBeNull();
    expect(frequencies([null], ["a"]).levels[0]!.percentCi95).toBeNull();
  });

  it("a difference with a group of one, an empty group, or two constant groups", () => {
    const codes = Uint8Array.from([1, 2, 2, 2, 0]);
    const [one, many, empty] = levelDifferences([5, 6, 7, 8, 9], codes, ["a", "b", "c"]);
    expect(one).toMatchObject({ ci95: null, reason: "TOO_FEW_CASES" });
    expect(many).toMatchObject({ ci95: null, reason: "TOO_FEW_CASES" });
    expect(empty).toMatchObject({ difference: null, ci95: null, reason: "NO_CASES" });
    const constant = welchDifference({ n: 3, mean: 2, sd: 0 }, { n: 3, mean: 4, sd: 0 });
    expect(constant).toMatchObject({ difference: -2, ci95: null, reason: "ZERO_VARIANCE" });
  });

  it("a stored result from before meanDifferences reads it as unavailable", () => {
    const result = analyze(survey.records.slice(0, 20));
    const { meanDifferences: _, ...older } = result;
    const parts = partsOfResult(older as AnalysisResult);
    expect(parts.meanDifferences()).toBeNull();
    expect(prepareAnalysis(survey.records.slice(0, 20)).meanDifferences()).toHaveLength(4);
    expect(levelCode("sizeClass", "micro")).toBe(1);
  });
});
