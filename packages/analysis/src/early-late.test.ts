import { earlyLateComparison, earlyLateGroups } from "./early-late";

const matrixOf = (rows: number[][]) => ({ n: rows.length, k: 20, values: Uint8Array.from(rows.flat()) });
const answers = (n: number, value: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => new Array<number>(20).fill(value(i)));

describe("earlyLateGroups", () => {
  it("takes the ⌈n/4⌉ earliest and latest, with every response tied at a cut, and skips unknown times", () => {
    const g = earlyLateGroups(Float64Array.from([1, 2, 2, 3, 4, 5, 6, 6, 7, NaN]));
    expect(g.n).toBe(9);
    // ⌈9/4⌉ = 3: the early cut is the third earliest time (2), the late cut the third latest (6).
    expect([...g.early]).toEqual([0, 1, 2]);
    expect([...g.late]).toEqual([6, 7, 8]);
    const tied = earlyLateGroups(Float64Array.from([1, 1, 1, 2, 3, 4, 5, 5]));
    expect([...tied.early]).toEqual([0, 1, 2]);
    expect([...tied.late]).toEqual([6, 7]);
  });
});

describe("earlyLateComparison", () => {
  it("matches t.test(c(40, 50), c(80, 95), var.equal = FALSE)", () => {
    const totals = Float64Array.from([40, 50, 60, 55, 65, 70, 80, 95]);
    const times = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const c = earlyLateComparison(times, totals, matrixOf(answers(8, (i) => 1 + (i % 5))));
    expect([c.total.nEarly, c.total.nLate]).toEqual([2, 2]);
    expect(c.total.meanEarly).toBe(45);
    expect(c.total.meanLate).toBe(87.5);
    expect(c.total.difference).toBe(-42.5);
    expect(c.total.t).toBeCloseTo(-4.7149516679144474, 10);
    expect(c.total.df).toBeCloseTo(1.7422680412371132, 10);
    expect(c.total.p).toBeCloseTo(0.0546235026731956, 10);
    expect(c.total.ci95![0]).toBeCloseTo(-87.3353088404067819, 8);
    expect(c.total.ci95![1]).toBeCloseTo(2.3353088404067912, 8);
    expect(c.earlyCut).toBe("1970-01-01T00:00:00.002Z");
  });

  it("gives null with a reason, never NaN", () => {
    const totals = Float64Array.from([50, 50, 50, 50, 50, 50, 50, 50]);
    const flat = earlyLateComparison(
      Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
      totals,
      matrixOf(answers(8, () => 3)),
    );
    expect(flat.total).toMatchObject({ t: null, p: null, reason: "ZERO_VARIANCE" });
    expect(flat.items[0]).toMatchObject({ difference: 0, t: null, reason: "ZERO_VARIANCE" });

    const noTimes = earlyLateComparison(new Float64Array(8).fill(NaN), totals, matrixOf(answers(8, () => 3)));
    expect(noTimes).toMatchObject({ n: 0, earlyCut: null, reason: "NO_CASES" });
    expect(noTimes.total).toMatchObject({ meanEarly: null, difference: null, reason: "NO_CASES" });

    const sameInstant = earlyLateComparison(
      new Float64Array(8).fill(5),
      totals,
      matrixOf(answers(8, (i) => 1 + (i % 5))),
    );
    expect(sameInstant.reason).toBe("TOO_FEW_DISTINCT_CASES");
    expect(sameInstant.items[0]).toMatchObject({ t: null, p: null, reason: "TOO_FEW_DISTINCT_CASES" });

    const few = earlyLateComparison(
      Float64Array.from([1, 2, 3]),
      Float64Array.from([1, 2, 3]),
      matrixOf(answers(3, (i) => 1 + i)),
    );
    expect(few.total).toMatchObject({ nEarly: 1, nLate: 1, t: null, reason: "TOO_FEW_CASES" });
  });
});
