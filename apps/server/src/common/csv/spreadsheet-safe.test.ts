import { spreadsheetSafe } from "./spreadsheet-safe";

describe("spreadsheetSafe", () => {
  it("neutralises what a spreadsheet would evaluate and leaves other text alone", () => {
    expect(["=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"].map(spreadsheetSafe)).toEqual([
      "'=HYPERLINK(1)",
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
    expect(["Crișul SRL", "2026-12-01", '{"a":1}', ""].map(spreadsheetSafe)).toEqual([
      "Crișul SRL",
      "2026-12-01",
      '{"a":1}',
      "",
    ]);
  });
});
