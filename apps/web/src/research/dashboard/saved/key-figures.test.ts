import { compareKeyFigures, keyFigures, type KeyFigureRun } from "./key-figures";

const run = (n: number, mean: number | null, alpha: number | null, aligned: number): KeyFigureRun => ({
  n,
  descriptives: { total: { mean, sd: 10, median: 60, min: 30, max: 90 } },
  categories: {
    levels: [
      { level: "undefined", count: 1, percent: (100 * 1) / n },
      { level: "defined", count: n - 1 - aligned, percent: null },
      { level: "aligned", count: aligned, percent: (100 * aligned) / n },
    ],
  },
  reliability: { alpha },
});

describe("keyFigures", () => {
  it("lists n, the score's descriptives, alpha and every category, absent ones as 0", () => {
    const figures = keyFigures(run(10, 61.5, 0.91, 4));
    expect(figures.map((f) => f.id)).toEqual([
      "n",
      "mean",
      "sd",
      "median",
      "min",
      "max",
      "alpha",
      "category:undefined",
      "category:defined",
      "category:aligned",
      "category:integrated",
    ]);
    expect(figures.find((f) => f.id === "category:aligned")).toMatchObject({ value: 4, percent: 40 });
    expect(figures.find((f) => f.id === "category:integrated")).toMatchObject({ value: 0, percent: null });
    expect(figures.find((f) => f.id === "alpha")).toMatchObject({ value: 0.91, digits: 3 });
  });
});

describe("compareKeyFigures", () => {
  it("gives today's value minus the saved one, and no difference when either is unknown", () => {
    const rows = compareKeyFigures(run(10, 60, null, 4), run(12, 62.5, 0.9, 5));
    expect(rows.find((r) => r.id === "n")!.difference).toBe(2);
    expect(rows.find((r) => r.id === "mean")!.difference).toBe(2.5);
    expect(rows.find((r) => r.id === "alpha")!.difference).toBeNull();
    expect(rows.find((r) => r.id === "category:aligned")!.difference).toBe(1);
  });
});
