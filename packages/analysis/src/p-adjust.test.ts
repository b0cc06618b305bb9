import { analyze } from "./analyze";
import { adjustFamily, pAdjust } from "./p-adjust";
import { expectCloseP } from "./testing/expect-close";
import { survey } from "./testing/fixtures";
import { groupTestsFixture } from "./testing/group-tests-fixture";

const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

function expectPs(actual: (number | null)[], expected: (number | null)[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    if (expected[i] === null) expect(a).toBeNull();
    else expectCloseP(a, expected[i]!);
  });
}

describe("pAdjust", () => {
  it("matches R's p.adjust (holm, BH) with ties, missing p-values kept in place, and values capped at 1", () => {
    for (const c of groupTestsFixture.pAdjust) {
      expectPs(pAdjust(list(c.p), "holm"), list(c.holm));
      expectPs(pAdjust(list(c.p), "BH"), list(c.bh));
    }
  });

  it("leaves a missing p out of the family size and gives nothing for an empty family", () => {
    expect(pAdjust([0.01, null, 0.02], "holm")).toEqual([0.02, null, 0.02]);
    expect(pAdjust([], "BH")).toEqual([]);
    const adjusted = adjustFamily("correlations.pearson", [
      { p: 0.01, reason: null },
      { p: null, reason: "TOO_FEW_CASES" },
    ]);
    expect(adjusted[0]).toEqual({
      family: "correlations.pearson",
      familySize: 1,
      holm: 0.01,
      bh: 0.01,
      reason: null,
    });
    expect(adjusted[1]).toMatchObject({ holm: null, bh: null, familySize: 1, reason: "TOO_FEW_CASES" });
  });
});

describe("adjusted p-values in the analysis", () => {
  const result = analyze(survey.records);

  it("adjust each family as R does: the 7 correlations per coefficient, each grouping's outcomes per test", () => {
    expect(groupTestsFixture.families).toHaveLength(14);
    for (const family of groupTestsFixture.families) {
      const [kind, grouping, test] = family.family.split(".") as [string, string, string?];
      const adjusted = family.outcomes.map((outcome) => {
        if (kind === "correlations") {
          const c = result.correlations.find((x) => x.indicator === outcome)!;
          return c.adjustedP[grouping as "pearson" | "spearman"];
        }
        const c = result.groupComparisons.find((x) => x.outcome === outcome && x.grouping === grouping)!;
        return c.adjustedP[test as "anova" | "welch" | "kruskalWallis"];
      });
      adjusted.forEach((a, i) => {
        expect(a.family).toBe(family.family);
        expect(a.familySize).toBe(family.p.filter((p) => p !== null).length);
        if (family.holm[i] === null) expect(a).toMatchObject({ holm: null, bh: null });
        else expectCloseP(a.holm, family.holm[i]!);
        if (family.bh[i] !== null) expectCloseP(a.bh, family.bh[i]!);
      });
    }
  });
});
