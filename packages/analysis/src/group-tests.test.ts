import { compareGroups, rankValues, type GroupComparison } from "./group-tests";
import { GROUPING_LEVELS, type Grouping } from "./response-columns";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { smallCases, survey, type RGroupTests } from "./testing/fixtures";
import { groupTestsFixture, type RExtendedGroupTests } from "./testing/group-tests-fixture";

function expectGroupTests(values: (number | null)[], groups: (string | null)[], expected: RGroupTests) {
  const result = compareGroups(values, groups);
  expect(result.n).toBe(expected.n);
  expectClose(result.anova.f, expected.anova.f);
  expect([result.anova.df1, result.anova.df2]).toEqual([expected.anova.df1, expected.anova.df2]);
  expectCloseP(result.anova.p, expected.anova.p);
  expectClose(result.anova.etaSquared, expected.anova.etaSquared);
  expectClose(result.kruskalWallis.h, expected.kruskalWallis.h);
  expect(result.kruskalWallis.df).toBe(expected.kruskalWallis.df);
  expectCloseP(result.kruskalWallis.p, expected.kruskalWallis.p);
}

describe("compareGroups", () => {
  it("matches R's anova(lm()) and kruskal.test for every outcome across every grouping of the survey", () => {
    expect(survey.expected.groupComparisons).toHaveLength(31);
    for (const expected of survey.expected.groupComparisons) {
      const values = survey.records.map((r) =>
        expected.outcome === "total"
          ? r.total
          : (r.performance[expected.outcome as keyof typeof r.performance] ?? null),
      );
      const groups = survey.records.map((r) => r[expected.grouping as "county"]);
      expectGroupTests(values, groups, expected);
    }
  });

  it("matches R with a one-case group, ties, a missing value and a missing group", () => {
    for (const c of smallCases.groupTests) expectGroupTests(c.values, c.groups, c.expected);
  });

  it("lists empty levels but tests only the groups that have cases", () => {
    const result = compareGroups([1, 2, 3, 4], ["a", "a", "b", "b"], ["a", "b", "c"]);
    expect(result.groups.map((g) => [g.group, g.n])).toEqual([
      ["a", 2],
      ["b", 2],
      ["c", 0],
    ]);
    expect(result.groups[2]).toMatchObject({ mean: null, sd: null });
    expect(result.anova.df1).toBe(1);
  });

  it("gives null tests with reasons for one group, constant values and no cases", () => {
    const single = compareGroups([1, 2, 3], ["a", "a", "a"]);
    expect([single.anova.reason, single.kruskalWallis.reason]).toEqual(["SINGLE_GROUP", "SINGLE_GROUP"]);
    const constant = compareGroups([5, 5, 5, 5], ["a", "a", "b", "b"]);
    expect(constant.anova).toMatchObject({ f: null, reason: "ZERO_VARIANCE" });
    expect(constant.kruskalWallis).toMatchObject({ h: null, reason: "ZERO_VARIANCE" });
    expect(compareGroups([null], ["a"]).anova.reason).toBe("NO_CASES");
    expect(compareGroups([1, 2], ["a", "b"]).anova.reason).toBe("TOO_FEW_CASES");
  });
});

/** Every figure R gives must match; where R has none (its error or NaN) the engine must give null with a reason. */
function expectExtended(result: GroupComparison, expected: RExtendedGroupTests) {
  const nullOr = (actual: { reason: unknown } & object, value: number | null) => {
    if (value === null) expect(actual.reason).not.toBeNull();
  };
  expect(result.n).toBe(expected.n);
  expectClose(result.anova.omegaSquared, result.anova.reason ? null : expected.anova.omegaSquared);
  expectClose(result.kruskalWallis.epsilonSquared, expected.kruskalWallis.epsilonSquared);
  for (const [actual, want] of [
    [result.welch, expected.welch],
    [result.brownForsythe, expected.brownForsythe],
  ] as const) {
    nullOr(actual, want.f);
    if (want.f === null || actual.reason) {
      expect([actual.f, actual.p, actual.df2]).toEqual([null, null, null]);
      continue;
    }
    expectClose(actual.f, want.f);
    expectClose(actual.df1, want.df1);
    expectClose(actual.df2, want.df2);
    expectCloseP(actual.p, want.p!);
  }
  const pairKey = (p: { a: string; b: string }) => `${p.a}|${p.b}`;
  expect(result.postHoc.welchT.map(pairKey)).toEqual(expected.pairwise.t.map(pairKey));
  expect(result.postHoc.wilcoxon.map(pairKey)).toEqual(expected.pairwise.wilcoxon.map(pairKey));
  result.postHoc.welchT.forEach((pair, i) => {
    const want = expected.pairwise.t[i]!;
    expectClose(pair.meanDifference, want.meanDifference);
    expectClose(pair.t, want.t);
    expectClose(pair.df, want.df);
    if (want.p === null) expect([pair.p, pair.pHolm, pair.reason === null]).toEqual([null, null, false]);
    else {
      expectCloseP(pair.p, want.p);
      expectCloseP(pair.pHolm, want.pHolm!);
    }
  });
  result.postHoc.wilcoxon.forEach((pair, i) => {
    const want = expected.pairwise.wilcoxon[i]!;
    expectClose(pair.w, want.w);
    if (want.p === null) expect([pair.p, pair.pHolm, pair.reason === null]).toEqual([null, null, false]);
    else {
      expectCloseP(pair.p, want.p);
      expectCloseP(pair.pHolm, want.pHolm!);
    }
  });
  const json = JSON.stringify(result);
  expect(json).not.toMatch(/NaN|Infinity/);
}

describe("compareGroups: Welch, Brown–Forsythe, effect sizes and post-hoc pairs", () => {
  it("match oneway.test, car::leveneTest(center = median), pairwise.t.test and pairwise.wilcox.test on the survey", () => {
    expect(groupTestsFixture.comparisons).toHaveLength(31);
    for (const expected of groupTestsFixture.comparisons) {
      const values = survey.records.map((r) =>
        expected.outcome === "total"
          ? r.total
          : (r.performance[expected.outcome as keyof typeof r.performance] ?? null),
      );
      const groups = survey.records.map((r) => r[expected.grouping as "county"]);
      const levels = GROUPING_LEVELS[expected.grouping as Grouping];
      expectExtended(compareGroups(values, groups, levels, rankValues(values)), expected);
      // Without shared ranks, the same figures.
      expectExtended(compareGroups(values, groups, levels), expected);
    }
  });

  it("give null with a reason for a group of one, constant groups and a single group, never NaN", () => {
    for (const c of groupTestsFixture.edgeCases)
      expectExtended(compareGroups(c.values, c.groups), c.expected);
    const [ofOne, constant, oneConstant, single] = groupTestsFixture.edgeCases.map((c) =>
      compareGroups(c.values, c.groups),
    );
    expect(ofOne!.welch.reason).toBe("GROUP_OF_ONE");
    expect(ofOne!.postHoc.welchT.filter((p) => p.reason === "GROUP_OF_ONE").map((p) => [p.a, p.b])).toEqual([
      ["a", "d"],
      ["b", "d"],
      ["c", "d"],
    ]);
    expect([constant!.anova.reason, constant!.welch.reason, constant!.brownForsythe.reason]).toEqual([
      "ZERO_VARIANCE",
      "ZERO_VARIANCE",
      "ZERO_VARIANCE",
    ]);
    expect(constant!.postHoc.welchT.every((p) => p.reason === "ZERO_VARIANCE")).toBe(true);
    expect(constant!.kruskalWallis.reason).toBeNull();
    expect(oneConstant!.welch.reason).toBe("ZERO_VARIANCE");
    expect(single!.postHoc).toEqual({ welchT: [], wilcoxon: [], reason: "SINGLE_GROUP" });
    expect(single!.welch.reason).toBe("SINGLE_GROUP");
  });

  it("reports omega² below 0 as computed when the groups differ less than chance", () => {
    const result = compareGroups([1, 5, 2, 4, 3, 3], ["a", "a", "b", "b", "c", "c"]);
    expect(result.anova.f).toBeLessThan(1);
    expect(result.anova.omegaSquared).toBeLessThan(0);
  });
});
