import { categoryByCountyRows, categoryTotals } from "./category-by-county-rows";

const cells = [
  { county: "BH", category: "undefined", n: 1 },
  { county: "BH", category: "defined", n: 2 },
  { county: "BH", category: "aligned", n: 5 },
  { county: "BH", category: "integrated", n: 0 },
  { county: "CJ", category: "aligned", n: null },
  { county: "CJ", category: "integrated", n: 4 },
];

describe("categoryByCountyRows", () => {
  it("gives every county of the study in order, with counts and row percents", () => {
    const rows = categoryByCountyRows(cells, []);
    expect(rows.map((r) => r.county)).toEqual(["MM", "SM", "SJ", "CJ", "BH", "AR", "TM"]);
    const bihor = rows.find((r) => r.county === "BH")!;
    expect(bihor).toMatchObject({ name: "Bihor", total: 8 });
    expect(bihor.counts).toEqual({ undefined: 1, defined: 2, aligned: 5, integrated: 0 });
    expect(bihor.percents).toEqual({ undefined: 12.5, defined: 25, aligned: 62.5, integrated: 0 });
  });

  it("keeps suppressed counts unknown and leaves them out of the total", () => {
    const cluj = categoryByCountyRows(cells, ["CJ"])[0]!;
    expect(cluj.counts.aligned).toBeNull();
    expect(cluj.total).toBe(4);
    expect(cluj.percents.aligned).toBeNull();
    expect(cluj.percents.integrated).toBe(100);
  });

  it("shows only the filtered counties, and no percents for a county without responses", () => {
    const rows = categoryByCountyRows(cells, ["TM", "BH"]);
    expect(rows.map((r) => r.county)).toEqual(["BH", "TM"]);
    expect(rows[1]!.percents.aligned).toBeNull();
    expect(categoryTotals(rows)).toEqual({ undefined: 1, defined: 2, aligned: 5, integrated: 0 });
  });
});
