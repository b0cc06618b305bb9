import { toCommaBelow } from "./comma-below";

describe("toCommaBelow", () => {
  it("turns the cedilla letters into comma-below ones, capitals too", () => {
    expect(toCommaBelow("Crişana Oţelu Roşu ŞTEFĂNEŞTI ŢARA")).toBe("Crișana Oțelu Roșu ȘTEFĂNEȘTI ȚARA");
  });

  it("composes a decomposed comma below", () => {
    expect(toCommaBelow("Cris\u0326ana")).toBe("Crișana");
  });

  it("leaves correct text and other accents alone", () => {
    expect(toCommaBelow("Crișana Târgu Mureș Sălaj Café")).toBe("Crișana Târgu Mureș Sălaj Café");
  });
});
