import { PROFILE_LIMITS, validateProfile, type StatedProfile } from "./validate-profile";

const VALID: StatedProfile = {
  county: "BH",
  employees: 42,
  turnoverEur: 3_000_000,
  balanceSheetEur: null,
  hasMarketingDept: true,
};
const issues = (patch: Partial<StatedProfile>) =>
  validateProfile({ ...VALID, ...patch }).map((i) => [i.field, i.code]);

describe("validateProfile", () => {
  it("accepts a complete profile, unknown money figures and a county outside the study", () => {
    expect(validateProfile(VALID)).toEqual([]);
    expect(issues({ turnoverEur: undefined, balanceSheetEur: null, county: "Ilfov" })).toEqual([]);
    expect(issues({ employees: 0, turnoverEur: 0 })).toEqual([]);
    expect(
      issues({ employees: PROFILE_LIMITS.maxEmployees, balanceSheetEur: PROFILE_LIMITS.maxEur }),
    ).toEqual([]);
  });

  it("names what is missing, what is not a number and what is out of range", () => {
    expect(issues({ county: "  " })).toEqual([["county", "REQUIRED"]]);
    expect(issues({ employees: null })).toEqual([["employees", "REQUIRED"]]);
    expect(issues({ employees: Number.NaN })).toEqual([["employees", "NOT_A_NUMBER"]]);
    expect(issues({ employees: 4.5 })).toEqual([["employees", "NOT_AN_INTEGER"]]);
    expect(issues({ employees: -1 })).toEqual([["employees", "OUT_OF_RANGE"]]);
    expect(issues({ employees: PROFILE_LIMITS.maxEmployees + 1 })).toEqual([["employees", "OUT_OF_RANGE"]]);
    expect(issues({ turnoverEur: -5 })).toEqual([["turnoverEur", "OUT_OF_RANGE"]]);
    expect(issues({ balanceSheetEur: Number.NaN })).toEqual([["balanceSheetEur", "NOT_A_NUMBER"]]);
    expect(issues({ hasMarketingDept: null })).toEqual([["hasMarketingDept", "REQUIRED"]]);
  });

  it("reports every field at once, in the form's order", () => {
    expect(
      issues({
        county: "",
        employees: -3,
        turnoverEur: -1,
        balanceSheetEur: Infinity,
        hasMarketingDept: null,
      }),
    ).toEqual([
      ["county", "REQUIRED"],
      ["employees", "OUT_OF_RANGE"],
      ["turnoverEur", "OUT_OF_RANGE"],
      ["balanceSheetEur", "NOT_A_NUMBER"],
      ["hasMarketingDept", "REQUIRED"],
    ]);
  });
});
