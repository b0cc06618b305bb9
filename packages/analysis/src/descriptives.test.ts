import { descriptives, quantileType7 } from "./descriptives";
import { expectClose } from "./testing/expect-close";
import { smallCases, survey, type RDescriptives } from "./testing/fixtures";

function expectDescriptives(actual: ReturnType<typeof descriptives>, expected: RDescriptives) {
  expect(actual.n).toBe(expected.n);
  expect(actual.missing).toBe(expected.missing);
  for (const key of ["mean", "sd", "min", "q1", "median", "q3", "max"] as const)
    expectClose(actual[key], expected[key]);
}

describe("descriptives", () => {
  it("matches R's mean, sd and quantile(type = 7) on the survey totals and indicators (missing values dropped)", () => {
    expectDescriptives(descriptives(survey.records.map((r) => r.total)), survey.expected.total);
    for (const [id, expected] of Object.entries(survey.expected.indicators)) {
      const values = survey.records.map((r) => r.performance[id as keyof typeof r.performance] ?? null);
      expectDescriptives(descriptives(values), expected);
    }
  });

  it("matches R on small samples, including n = 1 and n = 2", () => {
    for (const { values, expected } of smallCases.descriptives)
      expectDescriptives(descriptives(values), expected);
  });

  it("reports an SD for one case as null with a reason, not NaN", () => {
    const one = descriptives([42]);
    expect(one.sd).toBeNull();
    expect(one.reason).toBe("TOO_FEW_CASES");
    expect(descriptives([10, 13]).reason).toBeNull();
  });

  it("reports no statistics for an all-missing variable", () => {
    expect(descriptives([null, null])).toEqual({
      n: 0,
      missing: 2,
      mean: null,
      sd: null,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      meanCi95: null,
      quartilesType6: { q1: null, median: null, q3: null },
      reason: "NO_CASES",
    });
  });

  it("interpolates quartiles linearly between order statistics (type 7)", () => {
    expect(quantileType7([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileType7([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
  });
});
