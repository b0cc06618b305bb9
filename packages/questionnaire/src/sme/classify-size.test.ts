import { classifySize, type EnterpriseFigures } from "./classify-size";

const M = 1_000_000;

function size(employees: number, turnoverEur: number | null, balanceSheetEur: number | null) {
  return classifySize({ employees, turnoverEur, balanceSheetEur });
}

describe("classifySize: headcount (fewer than 10 / 50 / 250)", () => {
  it.each([
    [0, "micro"],
    [9, "micro"],
    [9.5, "micro"],
    [10, "small"],
    [49, "small"],
    [50, "medium"],
    [249, "medium"],
    [250, "large"], // the paper says "no more than 250"; the Recommendation says "fewer than 250"
    [5000, "large"],
  ])("%p staff with small figures is %s", (employees, expected) => {
    expect(size(employees, 1 * M, 1 * M)).toBe(expected);
  });
});

describe("classifySize: financial ceilings, exactly at and just above", () => {
  it.each([
    // micro: turnover ≤ 2 m or balance sheet ≤ 2 m
    [5, 2 * M, 2 * M, "micro"],
    [5, 2 * M + 1, 2 * M + 1, "small"],
    // small: ≤ 10 m or ≤ 10 m
    [20, 10 * M, 10 * M, "small"],
    [20, 10 * M + 1, 10 * M + 1, "medium"],
    // medium: turnover ≤ 50 m or balance sheet ≤ 43 m
    [100, 50 * M, 43 * M, "medium"],
    [100, 50 * M + 1, 43 * M + 1, "large"],
  ])("%p staff, turnover %p, balance sheet %p → %s", (employees, turnover, balance, expected) => {
    expect(size(employees, turnover, balance)).toBe(expected);
  });

  it.each([
    [2 * M + 1, 2 * M, "micro"],
    [2 * M, 2 * M + 1, "micro"],
    [10 * M + 1, 10 * M, "small"],
    [10 * M, 10 * M + 1, "small"],
  ])(
    "and/or: one figure within the ceiling is enough (turnover %p, balance %p)",
    (turnover, balance, expected) => {
      const employees = expected === "micro" ? 5 : 20;
      expect(size(employees, turnover, balance)).toBe(expected);
    },
  );

  it("and/or at the medium ceiling: 50 m turnover or 43 m balance sheet", () => {
    expect(size(100, 50 * M, 400 * M)).toBe("medium");
    expect(size(100, 400 * M, 43 * M)).toBe("medium");
    expect(size(100, 50 * M + 1, 43 * M + 1)).toBe("large");
    // 45 m on the balance sheet is over its 43 m ceiling though under the turnover ceiling's 50 m
    expect(size(100, 60 * M, 45 * M)).toBe("large");
  });

  it("lets the finances push a small headcount up a class, but never down", () => {
    expect(size(3, 30 * M, 30 * M)).toBe("medium");
    expect(size(3, 80 * M, 80 * M)).toBe("large");
    expect(size(300, 0, 0)).toBe("large");
  });
});

describe("classifySize: unknown figures", () => {
  it("decides on headcount alone when both are unknown", () => {
    expect(size(9, null, null)).toBe("micro");
    expect(size(10, null, null)).toBe("small");
    expect(size(249, null, null)).toBe("medium");
    expect(size(250, null, null)).toBe("large");
  });

  it("decides on the known figure when the other is unknown", () => {
    expect(size(5, 2 * M, null)).toBe("micro");
    expect(size(5, 2 * M + 1, null)).toBe("small");
    expect(size(5, null, 2 * M)).toBe("micro");
    expect(size(5, null, 2 * M + 1)).toBe("small");
    expect(size(100, 50 * M + 1, null)).toBe("large");
    expect(size(100, null, 43 * M + 1)).toBe("large");
    expect(size(100, null, 43 * M)).toBe("medium");
  });
});

describe("classifySize: impossible figures", () => {
  it.each<EnterpriseFigures>([
    { employees: -1, turnoverEur: null, balanceSheetEur: null },
    { employees: NaN, turnoverEur: null, balanceSheetEur: null },
    { employees: 5, turnoverEur: -1, balanceSheetEur: null },
    { employees: 5, turnoverEur: null, balanceSheetEur: Infinity },
  ])("throws RangeError for %p", (figures) => {
    expect(() => classifySize(figures)).toThrow(RangeError);
  });
});
