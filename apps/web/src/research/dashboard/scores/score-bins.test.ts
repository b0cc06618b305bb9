import { scoreBins } from "./score-bins";

describe("scoreBins", () => {
  it("bins totals by five inside the category limits, 95–100 last", () => {
    const bins = scoreBins([
      { score: 20, count: 1 },
      { score: 39, count: 2 },
      { score: 40, count: 3 },
      { score: 99, count: 4 },
      { score: 100, count: 5 },
    ]);
    expect(bins).toHaveLength(16);
    expect(bins[0]).toEqual({ from: 20, to: 24, label: "20–24", count: 1, category: "undefined" });
    expect(bins[3]).toMatchObject({ label: "35–39", count: 2, category: "undefined" });
    expect(bins[4]).toMatchObject({ label: "40–44", count: 3, category: "defined" });
    expect(bins[12]).toMatchObject({ label: "80–84", category: "integrated" });
    expect(bins[15]).toMatchObject({ label: "95–100", count: 9, category: "integrated" });
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(15);
  });
});
