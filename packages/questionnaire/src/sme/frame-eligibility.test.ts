import { checkFrameEligibility } from "./frame-eligibility";

const known = {
  county: "CJ",
  employees: 40,
  turnoverEur: 3_000_000,
  balanceSheetEur: null,
  hasMarketingDept: true,
};

describe("checkFrameEligibility", () => {
  it("finds a small company with a marketing department in Cluj eligible", () => {
    expect(checkFrameEligibility(known)).toEqual({ eligible: true, sizeClass: "small", reasons: [] });
  });

  it("does not count an unknown headcount as eligible, and gives it no class", () => {
    expect(checkFrameEligibility({ ...known, employees: null })).toEqual({
      eligible: false,
      sizeClass: null,
      reasons: [],
    });
  });

  it("does not count an unknown marketing department as eligible, and says why", () => {
    expect(checkFrameEligibility({ ...known, hasMarketingDept: null })).toEqual({
      eligible: false,
      sizeClass: "small",
      reasons: ["NO_MARKETING_DEPARTMENT"],
    });
  });

  it("lists every reason of an ineligible company", () => {
    expect(
      checkFrameEligibility({ ...known, employees: 300, county: "IS", hasMarketingDept: false }),
    ).toEqual({
      eligible: false,
      sizeClass: "large",
      reasons: ["NOT_AN_SME", "COUNTY_OUT_OF_SCOPE", "NO_MARKETING_DEPARTMENT"],
    });
  });
});
