import { compareGroups } from "./group-tests";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { smallCases, survey, type RGroupTests } from "./testing/fixtures";

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
