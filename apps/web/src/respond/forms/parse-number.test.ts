import { formatForInput, parseNumber } from "./parse-number";

describe("parseNumber", () => {
  it("treats empty text as not given", () => {
    expect(parseNumber("", "ro")).toBeNull();
    expect(parseNumber("   ", "en")).toBeNull();
  });

  it("reads Romanian thousands and decimal marks", () => {
    expect(parseNumber("3.000.000", "ro")).toBe(3_000_000);
    expect(parseNumber("3.000.000,50", "ro")).toBe(3_000_000.5);
    expect(parseNumber("12,5", "ro")).toBe(12.5);
    expect(parseNumber("12.5", "ro")).toBe(12.5);
  });

  it("reads English thousands and decimal marks", () => {
    expect(parseNumber("3,000,000", "en")).toBe(3_000_000);
    expect(parseNumber("12.5", "en")).toBe(12.5);
    expect(parseNumber("12,5", "en")).toBe(12.5);
  });

  it("accepts spaces between groups and a minus sign", () => {
    expect(parseNumber("1 500 000", "ro")).toBe(1_500_000);
    expect(parseNumber("-3,5", "ro")).toBe(-3.5);
  });

  it("refuses text that is not a number", () => {
    expect(parseNumber("trei milioane", "ro")).toBeNaN();
    expect(parseNumber("12%", "en")).toBeNaN();
    expect(parseNumber("1e9", "en")).toBeNaN();
  });
});

describe("formatForInput", () => {
  it("groups thousands with spaces and round-trips through parseNumber", () => {
    expect(formatForInput(3_000_000)).toBe("3 000 000");
    expect(formatForInput(-1234.5)).toBe("-1 234.5");
    expect(formatForInput(null)).toBe("");
    for (const locale of ["ro", "en"] as const) {
      expect(parseNumber(formatForInput(1_234_567.25), locale)).toBe(1_234_567.25);
    }
  });
});
