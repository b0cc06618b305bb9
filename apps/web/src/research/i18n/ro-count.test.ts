import { roCount } from "./ro-count";

describe("roCount", () => {
  it("follows Romanian number agreement", () => {
    expect(roCount(1, "firmă", "firme")).toBe("1 firmă");
    expect(roCount(3, "firmă", "firme")).toBe("3 firme");
    expect(roCount(19, "firmă", "firme")).toBe("19 firme");
    expect(roCount(20, "firmă", "firme")).toBe("20 de firme");
    expect(roCount(101, "firmă", "firme")).toBe("101 firme");
    expect(roCount(120, "firmă", "firme")).toBe("120 de firme");
    expect(roCount(0, "firmă", "firme")).toBe("0 firme");
  });
});
