import { normalizeRegistrationCode, withCheckDigit } from "./registration-code";

describe("normalizeRegistrationCode", () => {
  it("accepts valid codes with or without the RO prefix and stores the digits", () => {
    // Published CUIs of well-known Romanian companies (public registry data).
    expect(normalizeRegistrationCode("RO 1590082")).toBe("1590082");
    expect(normalizeRegistrationCode("14399840")).toBe("14399840");
    expect(normalizeRegistrationCode(" ro14399840 ")).toBe("14399840");
  });

  it("rejects a wrong check digit, letters and impossible lengths", () => {
    expect(normalizeRegistrationCode("14399841")).toBeNull();
    expect(normalizeRegistrationCode("RO12AB")).toBeNull();
    expect(normalizeRegistrationCode("1")).toBeNull();
    expect(normalizeRegistrationCode("12345678901")).toBeNull();
    expect(normalizeRegistrationCode("")).toBeNull();
  });
});

describe("withCheckDigit", () => {
  it("completes a body into a code that validates", () => {
    for (const body of [1, 159008, 1439984, 99999999]) {
      expect(normalizeRegistrationCode(withCheckDigit(body))).toBe(withCheckDigit(body));
    }
  });
});
