import { pearson, spearman } from "./correlation";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { smallCases, survey, type RPearson, type RSpearman } from "./testing/fixtures";

function expectPearson(x: (number | null)[], y: (number | null)[], expected: RPearson) {
  const result = pearson(x, y);
  expect(result.n).toBe(expected.n);
  expect(result.df).toBe(expected.df);
  expectClose(result.r, expected.r);
  expectCloseP(result.p, expected.p);
  if (expected.ci95) {
    expectClose(result.ci95?.[0], expected.ci95[0]);
    expectClose(result.ci95?.[1], expected.ci95[1]);
  } else {
    expect(result.ci95).toBeNull();
  }
}

function expectSpearman(x: (number | null)[], y: (number | null)[], expected: RSpearman) {
  const result = spearman(x, y);
  expect(result.n).toBe(expected.n);
  expectClose(result.rho, expected.rho);
  // The fixture's p is exact = FALSE; below 10 pairs without ties the engine shows the exact p (see intervals).
  expectCloseP(result.pAsymptotic, expected.p);
  if (result.pMethod === "asymptotic") expectCloseP(result.p, expected.p);
}

describe("correlations", () => {
  const totals = survey.records.map((r) => r.total);

  it("match R's cor.test for the total against every indicator, with pairwise deletion", () => {
    for (const { indicator, pearson: p, spearman: s } of survey.expected.correlations) {
      const values = survey.records.map(
        (r) => r.performance[indicator as keyof typeof r.performance] ?? null,
      );
      expectPearson(totals, values, p);
      expectSpearman(totals, values, s);
    }
  });

  it("match R on small samples with ties and missing values; the Fisher CI needs n ≥ 4", () => {
    for (const c of smallCases.correlations) {
      expectPearson(c.x, c.y, c.pearson);
      expectSpearman(c.x, c.y, c.spearman);
    }
    const three = pearson([1, 2, 4], [2, 1, 5]);
    expect(three.ci95).toBeNull();
    expect(three.reason).toBe("TOO_FEW_CASES");
  });

  it("are null with a reason for two pairs, a constant variable or no pairs", () => {
    expect(pearson([1, 2], [3, 4])).toMatchObject({ n: 2, r: null, p: null, reason: "TOO_FEW_CASES" });
    expect(spearman([1, 2, 3, 4], [5, 5, 5, 5])).toMatchObject({
      rho: null,
      p: null,
      reason: "ZERO_VARIANCE",
    });
    expect(pearson([1, null], [null, 2])).toMatchObject({ n: 0, reason: "NO_CASES" });
  });

  it("give p = 0 and a degenerate interval for a perfect correlation, never Infinity", () => {
    const perfect = pearson([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
    expect(perfect).toMatchObject({ r: 1, p: 0, ci95: [1, 1], reason: null });
    expect(JSON.parse(JSON.stringify(perfect))).toEqual(perfect);
  });
});
