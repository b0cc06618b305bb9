import { ITEM_IDS } from "@smi/questionnaire";
import type { WelchComparison } from "./early-late";
import type { WeightedEstimate } from "./post-stratification";
import { toResponseColumns } from "./response-columns";
import { sampleChecks } from "./sample-checks";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { survey } from "./testing/fixtures";
import { sample, type RWeighted, type RWelch } from "./testing/sample-fixtures";

const relative = (tolerance: number) => (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
};

function checksOf(records = survey.records) {
  const columns = toResponseColumns(records);
  const times = Float64Array.from(records, (r) => Date.parse(sample.submittedAt[survey.records.indexOf(r)]!));
  return sampleChecks(
    columns,
    { n: columns.n, k: 20, values: columns.items },
    {
      frame: { cells: sample.frame },
      submittedAt: times,
    },
  );
}

function expectWelch(actual: WelchComparison, expected: RWelch) {
  expect([actual.nEarly, actual.nLate]).toEqual([expected.nEarly, expected.nLate]);
  const close = relative(1e-6);
  close(actual.meanEarly, expected.meanEarly);
  close(actual.meanLate, expected.meanLate);
  close(actual.sdEarly, expected.sdEarly);
  close(actual.sdLate, expected.sdLate);
  expectClose(actual.difference, expected.difference);
  expectClose(actual.t, expected.t);
  close(actual.df, expected.df);
  expectCloseP(actual.p, expected.p);
  expectClose(actual.ci95![0], expected.ci95[0]);
  expectClose(actual.ci95![1], expected.ci95[1]);
  expect(actual.reason).toBeNull();
}

function expectWeighted(
  actual: { meanScore: WeightedEstimate; categories: WeightedEstimate[] },
  expected: RWeighted,
  tolerance: number,
) {
  const close = relative(tolerance);
  close(actual.meanScore.estimate, expected.mean);
  close(actual.meanScore.se, expected.se);
  close(actual.meanScore.deff, expected.deff);
  expected.categories.forEach((e, k) => {
    close(actual.categories[k]!.estimate, e.proportion);
    close(actual.categories[k]!.se, e.se);
    close(actual.categories[k]!.deff, e.deff);
  });
}

describe("sampleChecks against R", () => {
  const checks = checksOf();

  it("tests the respondents' counties and size classes against the frame's shares as chisq.test(x, p =) does", () => {
    for (const [at, grouping] of (["county", "sizeClass"] as const).entries()) {
      const expected = sample.goodnessOfFit[grouping];
      const actual = checks.goodnessOfFit[at]!;
      expect(actual.grouping).toBe(grouping);
      expect(actual.levels.map((l) => [l.level, l.observed, l.frame])).toEqual(
        expected.levels.map((l, i) => [l, expected.observed[i], expected.frame[i]]),
      );
      actual.levels.forEach((l, i) => relative(1e-9)(l.expected, expected.expected[i]!));
      relative(1e-6)(actual.chiSquare, expected.chiSquare);
      expect(actual.df).toBe(expected.df);
      expectCloseP(actual.p, expected.p);
    }
    // Large companies: 240 × 138 / 6900 = 4.8 expected, under 5.
    expect(checks.goodnessOfFit[1]!.lowExpectedLevels).toBe(1);
  });

  it("compares the first and last quartile by submission time, ties at the cut included, with Welch's t", () => {
    expect(checks.earlyLate.earlyCut).toBe(sample.earlyLate.earlyCut);
    expect(checks.earlyLate.lateCut).toBe(sample.earlyLate.lateCut);
    // 240 / 4 = 60, but responses submitted on the cut day come along: 62 late.
    expectWelch(checks.earlyLate.total, sample.earlyLate.total);
    expect(checks.earlyLate.items.map((i) => i.itemId)).toEqual([...ITEM_IDS]);
    checks.earlyLate.items.forEach((item, j) => expectWelch(item, sample.earlyLate.items[j]!));
  });

  it("post-stratifies on county × size class when every frame cell has respondents, as survey::postStratify", () => {
    const w = checks.weighting;
    expect(w.method).toBe("postStratification");
    expect(w.reason).toBeNull();
    expect([w.n, w.missing, w.frameTotal]).toEqual([240, 0, 6900]);
    for (const e of sample.postStratified.cells) {
      const cell = w.cells.find((c) => c.county === e.county && c.sizeClass === e.sizeClass)!;
      relative(1e-9)(cell.weight, e.weight);
    }
    expectWeighted(w, sample.postStratified, 1e-6);
  });

  it("rakes on the two margins when a frame cell has no respondents, as survey::rake (1e-4)", () => {
    const raked = checksOf(survey.records.filter((r) => !sample.raked.excludedIds!.includes(r.id))).weighting;
    expect(raked.method).toBe("raking");
    expect(raked.converged).toBe(true);
    expect(raked.iterations).toBeLessThan(100);
    expect(raked.cells.find((c) => c.county === "BH" && c.sizeClass === "large")).toMatchObject({
      frame: sample.frame.find((c) => c.county === "BH" && c.sizeClass === "large")!.n,
      respondents: 0,
      weight: null,
    });
    for (const e of sample.raked.cells) {
      const cell = raked.cells.find((c) => c.county === e.county && c.sizeClass === e.sizeClass)!;
      relative(1e-4)(cell.weight, e.weight);
    }
    expectWeighted(raked, sample.raked, 1e-4);
  });
});
