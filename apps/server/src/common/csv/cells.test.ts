import { parseBooleanCell, parseDateTimeCell, parseNumberCell } from "./cells";

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

describe("parseDateTimeCell", () => {
  const iso = (value: string) => parseDateTimeCell(value)?.toISOString() ?? null;

  it("reads the export's own timestamps and other ISO 8601 forms, UTC unless an offset is written", () => {
    expect(iso("2026-03-05T09:30:00.000Z")).toBe("2026-03-05T09:30:00.000Z");
    expect(iso("2026-03-05 09:30")).toBe("2026-03-05T09:30:00.000Z");
    expect(iso("2026-03-05")).toBe("2026-03-05T00:00:00.000Z");
    expect(["2026-03-05T09:30:00+02:00", "2026-03-05T09:30:00+0200", "2026-03-05T09:30+02"].map(iso)).toEqual(
      Array(3).fill("2026-03-05T07:30:00.000Z"),
    );
  });

  it("refuses days that do not exist and other ways of writing a date", () => {
    expect(
      ["2026-02-30", "2026-13-01", "2026-03-05T25:00", "05.03.2026", "March 5, 2026", ""].map(iso),
    ).toEqual(Array(6).fill(null));
  });
});
