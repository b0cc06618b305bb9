import { crossTabulate, type CrossTabulation } from "./crosstab";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { smallCases, survey, type RCrossTab } from "./testing/fixtures";

function expectCrossTab(result: CrossTabulation, expected: RCrossTab) {
  expect(result.counts).toEqual(expected.counts);
  expect(result.n).toBe(expected.n);
  expectClose(result.chiSquare.statistic, expected.chiSquare.statistic);
  expect(result.chiSquare.df).toBe(expected.chiSquare.df);
  // R's p is chisq.test's asymptotic one; with many low expected counts the engine shows another (see intervals).
  expectCloseP(result.chiSquare.pAsymptotic, expected.chiSquare.p);
  if (result.chiSquare.pMethod === "asymptotic") expectCloseP(result.chiSquare.p, expected.chiSquare.p);
  expectClose(result.chiSquare.cramersV, expected.chiSquare.cramersV);
  expect(result.chiSquare.lowExpectedCells).toBe(expected.chiSquare.lowExpectedCells);
  expect(result.chiSquare.approximationWarning).toBe(expected.chiSquare.lowExpectedCells > 0);
}

const LEVELS = {
  category: ["undefined", "defined", "aligned", "integrated"],
  configuration: [
    "hidden_marketing",
    "sales_driven_marketing",
    "living_apart_together",
    "marketing_sales_integration",
  ],
  county: ["MM", "SM", "SJ", "CJ", "BH", "AR", "TM"],
  sizeClass: ["micro", "small", "medium", "large"],
} as const;
type Dim = keyof typeof LEVELS;

describe("crossTabulate", () => {
  it("matches R's table() and chisq.test(correct = FALSE) on the survey's tables", () => {
    for (const expected of survey.expected.crossTabulations) {
      const rows = expected.rows as Dim;
      const columns = expected.columns as Dim;
      const result = crossTabulate(
        survey.records.map((r) => r[rows]),
        survey.records.map((r) => r[columns]),
        { rowLevels: LEVELS[rows], columnLevels: LEVELS[columns] },
      );
      expectCrossTab(result, expected);
    }
  });

  it("shows a level without cases but leaves it out of the test, as R after droplevels()", () => {
    const c = smallCases.crosstabs[0]!;
    const result = crossTabulate(c.rows, c.columns, { rowLevels: c.rowLevels, columnLevels: c.columnLevels });
    expectCrossTab(result, c.expected);
    expect(result.missing).toBe(1);
    expect(result.rowPercents[3]).toEqual([null, null]);
    expect(result.chiSquare.lowExpectedShare).toBe(1);
  });

  it("gives row, column and total percents", () => {
    const result = crossTabulate(["a", "a", "a", "b"], ["x", "y", "y", "y"]);
    expect(result.rowLevels).toEqual(["a", "b"]);
    expect(result.rowPercents).toEqual([
      [100 / 3, 200 / 3],
      [0, 100],
    ]);
    expect(result.columnPercents).toEqual([
      [100, 200 / 3],
      [0, 100 / 3],
    ]);
    expect(result.totalPercents).toEqual([
      [25, 50],
      [0, 25],
    ]);
  });

  it("has no test for an empty table or a single column, and refuses unknown levels", () => {
    expect(crossTabulate([], []).chiSquare).toMatchObject({ statistic: null, reason: "NO_CASES" });
    expect(crossTabulate(["a", "b"], ["x", "x"]).chiSquare).toMatchObject({
      p: null,
      reason: "SINGLE_GROUP",
    });
    expect(() => crossTabulate(["a"], ["x"], { rowLevels: ["b"] })).toThrow(RangeError);
  });
});
