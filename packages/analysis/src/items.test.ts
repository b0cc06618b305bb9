import { frequencies } from "./frequencies";
import { itemStatistics, toItemMatrix } from "./items";
import { expectClose } from "./testing/expect-close";
import { survey } from "./testing/fixtures";

describe("itemStatistics", () => {
  it("matches R's per-item mean, SD and answer counts", () => {
    const stats = itemStatistics(toItemMatrix(survey.records.map((r) => r.items)));
    stats.forEach((s, j) => {
      const expected = survey.expected.items[j]!;
      expectClose(s.mean, expected.mean);
      expectClose(s.sd, expected.sd);
      expect(s.counts).toEqual(expected.counts);
    });
  });

  it("gives null SDs with a reason for a single respondent", () => {
    const [first] = itemStatistics(toItemMatrix([[3, 4]]));
    expect(first).toEqual({
      index: 0,
      mean: 3,
      sd: null,
      counts: [0, 0, 1, 0, 0],
      meanCi95: null,
      reason: "TOO_FEW_CASES",
    });
  });

  it("rejects a respondent with the wrong number of answers", () => {
    expect(() =>
      toItemMatrix([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(RangeError);
  });
});

describe("frequencies", () => {
  it("counts categories like R's table(), listing empty levels, with percents of the non-missing", () => {
    const levels = ["undefined", "defined", "aligned", "integrated"] as const;
    const result = frequencies(
      survey.records.map((r) => r.category),
      levels,
    );
    expect(Object.fromEntries(result.levels.map((l) => [l.level, l.count]))).toEqual(
      survey.expected.categories,
    );
    expect(result.levels.reduce((s, l) => s + (l.percent ?? 0), 0)).toBeCloseTo(100, 10);

    const sparse = frequencies(["aligned", null, "aligned", "defined"], levels);
    expect(sparse.levels.map((l) => [l.count, l.percent])).toEqual([
      [0, 0],
      [1, (100 * 1) / 3],
      [2, (100 * 2) / 3],
      [0, 0],
    ]);
    expect(sparse.missing).toBe(1);
  });

  it("has no percents for no cases, and refuses unknown levels", () => {
    expect(frequencies([], ["a"]).levels[0]!.percent).toBeNull();
    expect(() => frequencies(["b"], ["a"])).toThrow(RangeError);
  });
});
