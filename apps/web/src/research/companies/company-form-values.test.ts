import { companyInput, EMPTY_COMPANY_FORM, parseAmount } from "./company-form-values";

describe("parseAmount", () => {
  it("reads Romanian and English ways of writing amounts", () => {
    expect(parseAmount("1.200.000")).toBe(1_200_000);
    expect(parseAmount("1,200,000")).toBe(1_200_000);
    expect(parseAmount("1 200 000")).toBe(1_200_000);
    expect(parseAmount("1200000,5")).toBe(1_200_000.5);
    expect(parseAmount("42")).toBe(42);
  });

  it("treats an empty field as unknown and text as a problem", () => {
    expect(parseAmount("  ")).toBeNull();
    expect(parseAmount("multe")).toBe("notANumber");
  });
});

describe("companyInput", () => {
  it("sends unknown values as null and the marketing department as a boolean", () => {
    const result = companyInput({
      ...EMPTY_COMPANY_FORM,
      name: "Crișul SRL",
      registrationCode: "RO14399840",
      county: "BH",
      employees: "42",
      hasMarketingDept: "yes",
    });
    expect(result).toEqual({
      ok: true,
      input: {
        name: "Crișul SRL",
        registrationCode: "RO14399840",
        county: "BH",
        city: null,
        caenCode: null,
        employees: 42,
        turnoverEur: null,
        balanceSheetEur: null,
        hasMarketingDept: true,
        contactName: null,
        contactEmail: null,
      },
    });
  });

  it("names the fields whose numbers cannot be read", () => {
    expect(companyInput({ ...EMPTY_COMPANY_FORM, employees: "zece", turnoverEur: "x" })).toEqual({
      ok: false,
      problems: { employees: "notANumber", turnoverEur: "notANumber" },
    });
  });
});
