import { CATEGORIES, CATEGORY_IDS, categoryOf } from "./categories";

describe("categoryOf", () => {
  it.each([
    [20, "undefined"],
    [39, "undefined"],
    [40, "defined"],
    [59, "defined"],
    [60, "aligned"],
    [79, "aligned"],
    [80, "integrated"],
    [100, "integrated"],
  ])("puts a total of %i in %s", (total, id) => {
    expect(categoryOf(total).id).toBe(id);
  });

  it.each([19, 101, 0, -20, 39.5, 59.9, NaN, Infinity, -Infinity])("rejects %p", (total) => {
    expect(() => categoryOf(total)).toThrow(RangeError);
  });

  it("names the rejected total in the error", () => {
    expect(() => categoryOf(101)).toThrow("got 101");
  });

  it("covers 20..100 with contiguous, non-overlapping ranges in the paper's order", () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    expect(CATEGORIES.map((c) => [c.min, c.max])).toEqual([
      [20, 39],
      [40, 59],
      [60, 79],
      [80, 100],
    ]);
    for (let total = 20; total <= 100; total++) {
      expect(CATEGORIES.filter((c) => total >= c.min && total <= c.max)).toHaveLength(1);
    }
  });
});
