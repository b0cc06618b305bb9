import { categoryOf, ITEM_IDS, PERFORMANCE_INDICATOR_IDS } from "@smi/questionnaire";
import { analyze } from "./analyze";
import type { ResponseRecord } from "./response-columns";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { survey } from "./testing/fixtures";
import { ENGINE_VERSION } from "./version";

/** A respondent whose answers add up to `total` (20..100). */
function respondent(id: number, total: number, extra: Partial<ResponseRecord> = {}): ResponseRecord {
  const items = new Array<number>(20).fill(1);
  for (let left = total - 20, j = 0; left > 0; j = (j + 1) % 20) {
    const step = Math.min(left, 5 - items[j]!);
    items[j] = items[j]! + step;
    left -= step;
  }
  return {
    id: `r${id}`,
    county: "TM",
    sizeClass: "small",
    configuration: "living_apart_together",
    items,
    total,
    category: categoryOf(total).id,
    performance: {},
    ...extra,
  };
}

/** Every number anywhere in a result, to check that none is NaN or infinite. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

describe("analyze", () => {
  const result = analyze(survey.records, { k: 4, seed: 1 });

  it("ties every analysis of the survey to R's values", () => {
    expect(result.engineVersion).toBe(ENGINE_VERSION);
    expect(result.n).toBe(240);
    expectClose(result.total.sd, survey.expected.total.sd);
    expect(result.items.map((i) => i.itemId)).toEqual([...ITEM_IDS]);
    expectClose(result.reliability.alpha, survey.expected.reliability.alpha);
    expect(result.reliability.items[0]!.itemId).toBe("q01");
    expect(result.correlations.map((c) => c.indicator)).toEqual([...PERFORMANCE_INDICATOR_IDS]);
    result.correlations.forEach((c, i) => {
      expectClose(c.pearson.r, survey.expected.correlations[i]!.pearson.r);
      expectCloseP(c.spearman.p, survey.expected.correlations[i]!.spearman.p);
    });
    expect(result.groupComparisons.map((g) => [g.outcome, g.grouping])).toEqual(
      survey.expected.groupComparisons.map((g) => [g.outcome, g.grouping]),
    );
    result.groupComparisons.forEach((g, i) => {
      expectClose(g.anova.f, survey.expected.groupComparisons[i]!.anova.f);
      expectClose(g.kruskalWallis.h, survey.expected.groupComparisons[i]!.kruskalWallis.h);
    });
    result.crossTabulations.forEach((t, i) => {
      expect(t.counts).toEqual(survey.expected.crossTabulations[i]!.counts);
      expectClose(t.chiSquare.statistic, survey.expected.crossTabulations[i]!.chiSquare.statistic);
    });
    expect(result.clustering.inertia!).toBeLessThanOrEqual(1.001 * survey.expected.kmeans.inertia);
    expect(result.clustering.byCategory.rowLevels).toEqual(["1", "2", "3", "4"]);
    expect(result.clustering.byCategory.rowTotals).toEqual(result.clustering.sizes);
    expect(result.clustering.adjustedRandIndex.value!).toBeGreaterThan(0.3);
  });

  it("returns plain JSON: no NaN, no Infinity, nothing lost in a round trip", () => {
    expect(numbersIn(result).every(Number.isFinite)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect("assignments" in result.clustering).toBe(false);
  });

  it("counts totals on the category boundaries into the right category", () => {
    const totals = [20, 39, 40, 59, 60, 79, 80, 100];
    const boundary = analyze(totals.map((t, i) => respondent(i, t)));
    expect(boundary.categories.levels.map((l) => l.count)).toEqual([2, 2, 2, 2]);
    expect(boundary.total).toMatchObject({ min: 20, max: 100, median: 59.5 });
  });

  it.each([0, 1, 2])("does not crash with %i respondent(s) and says why figures are missing", (n) => {
    const small = analyze(Array.from({ length: n }, (_, i) => respondent(i, 50 + i)));
    expect(numbersIn(small).every(Number.isFinite)).toBe(true);
    expect(small.reliability.reason).toBe(n === 0 ? "NO_CASES" : n === 1 ? "TOO_FEW_CASES" : "ZERO_VARIANCE");
    expect(small.correlations[0]!.pearson.reason).toBe("NO_CASES");
    expect(small.clustering.reason).toBe(n === 0 ? "NO_CASES" : "TOO_FEW_CASES");
    expect(
      small.kSelection.candidates.filter((c) => c.k > n).every((c) => c.inertia === null && c.reason),
    ).toBe(true);
  });

  it("returns null statistics with ZERO_VARIANCE when every answer is the same", () => {
    const same = analyze(
      Array.from({ length: 30 }, (_, i) => respondent(i, 60, { performance: { quota_pct: 90 + i } })),
    );
    expect(same.reliability).toMatchObject({ alpha: null, reason: "ZERO_VARIANCE" });
    expect(same.items[0]).toMatchObject({ sd: 0, reason: null });
    expect(same.correlations[0]!.pearson).toMatchObject({ n: 30, r: null, reason: "ZERO_VARIANCE" });
    expect(same.clustering.reason).toBe("TOO_FEW_DISTINCT_CASES");
  });

  it("correlates with pairwise deletion, reporting the n actually used", () => {
    const records = [30, 45, 52, 61, 70, 88].map((t, i) =>
      respondent(i, t, { performance: { quota_pct: i % 2 ? null : t * 1.5, new_customers: i } }),
    );
    const pairwise = analyze(records);
    expect(pairwise.correlations[0]!.pearson).toMatchObject({ n: 3, r: 1 });
    expect(pairwise.correlations[1]!.pearson.n).toBe(6);
  });
});
