import { numberFormat } from "./useNumberFormat";

describe("p-values", () => {
  it("read p = 0,023 or p < 0,001 in Romanian, p = 0.023 or p < 0.001 in English", () => {
    const ro = numberFormat("ro");
    const en = numberFormat("en");
    expect([0.0234, 0.001, 0.00004, null].map(ro.pStatement)).toEqual([
      "p = 0,023",
      "p = 0,001",
      "p < 0,001",
      "p = –",
    ]);
    expect([0.0234, 0.00004].map(en.pStatement)).toEqual(["p = 0.023", "p < 0.001"]);
    expect([0.5, 0.00004, undefined].map(ro.p)).toEqual(["0,500", "< 0,001", "–"]);
    expect([0.5, 0.00004].map(en.pRelation)).toEqual(["= 0.500", "< 0.001"]);
  });
});
