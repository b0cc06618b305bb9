import { parseBooleanCell, parseNumberCell } from "./cells";

describe("parseNumberCell", () => {
  it.each([
    ["1234567", false, 1234567],
    ["1 234 567", false, 1234567],
    ["1.234.567,89", false, 1234567.89],
    ["1,234,567.89", false, 1234567.89],
    ["1234567,89", true, 1234567.89],
    ["3200000 €", false, 3200000],
    ["3.200.000", true, 3200000],
    ["3.200", true, 3200],
    ["3.5", false, 3.5],
    ["1,500", false, 1500],
    ["1,5", true, 1.5],
    ["-12,5", true, -12.5],
  ])("reads %p (decimal comma: %p) as %p", (cell, decimalComma, expected) => {
    expect(parseNumberCell(cell, decimalComma)).toBe(expected);
  });

  it("returns null for text", () => {
    expect(parseNumberCell("three million", false)).toBeNull();
    expect(parseNumberCell("12a", false)).toBeNull();
  });
});

describe("parseBooleanCell", () => {
  it("reads English, Romanian and 1/0", () => {
    expect(["true", "DA", "yes", "1"].map(parseBooleanCell)).toEqual([true, true, true, true]);
    expect(["false", "nu", "No", "0"].map(parseBooleanCell)).toEqual([false, false, false, false]);
    expect(parseBooleanCell("maybe")).toBeNull();
  });
});
