import { roCount, roTakesDe } from "./ro-count";

describe("roCount", () => {
  it.each([
    [1, "1 firmă"],
    [2, "2 firme"],
    [19, "19 firme"],
    [20, "20 de firme"],
    [100, "100 de firme"],
    [101, "101 firme"],
    [119, "119 firme"],
    [120, "120 de firme"],
    [0, "0 firme"],
    [1000, "1000 de firme"],
  ])("%i → %s", (n, text) => {
    expect(roCount(n, "firmă", "firme")).toBe(text);
  });

  it("keeps the noun phrase whole, verbs included", () => {
    expect(roCount(1, "firmă a fost lăsată", "firme au fost lăsate")).toBe("1 firmă a fost lăsată");
    expect(roCount(25, "firmă a fost lăsată", "firme au fost lăsate")).toBe("25 de firme au fost lăsate");
  });

  it("shows a formatted number while agreeing with its value", () => {
    expect(roCount(1200, "rând", "rânduri", "1.200")).toBe("1.200 de rânduri");
    expect(roCount(1201, "rând", "rânduri", "1.201")).toBe("1.201 rânduri");
  });
});

describe("roTakesDe", () => {
  it("is true exactly where the numeral needs 'de'", () => {
    expect([1, 2, 19, 20, 24, 100, 101, 119, 120].filter(roTakesDe)).toEqual([20, 24, 100, 120]);
  });
});
