import { checkEligibility, type EligibilityInput } from "./check-eligibility";

const M = 1_000_000;
const eligible: EligibilityInput = {
  employees: 40,
  turnoverEur: 5 * M,
  balanceSheetEur: 4 * M,
  county: "Bihor",
  hasMarketingDept: true,
};

describe("checkEligibility", () => {
  it("admits an SME in one of the seven counties with a marketing department", () => {
    expect(checkEligibility(eligible)).toEqual({
      eligible: true,
      sizeClass: "small",
      county: "BH",
      reasons: [],
    });
  });

  it("admits the largest medium-sized enterprise", () => {
    const result = checkEligibility({
      ...eligible,
      employees: 249,
      turnoverEur: 50 * M,
      balanceSheetEur: 43 * M,
    });
    expect(result).toMatchObject({ eligible: true, sizeClass: "medium" });
  });

  it("refuses a large enterprise by headcount, naming the headcount", () => {
    const result = checkEligibility({ ...eligible, employees: 312 });
    expect(result).toMatchObject({ eligible: false, sizeClass: "large", county: "BH" });
    expect(result.reasons.map((r) => r.code)).toEqual(["NOT_AN_SME"]);
    expect(result.reasons[0]?.message.en).toContain("(312)");
    expect(result.reasons[0]?.message.ro).toContain("(312)");
    expect(result.reasons[0]?.message.en).toContain("fewer than 250");
  });

  it("refuses a large enterprise by its finances, saying which figures", () => {
    const both = checkEligibility({ ...eligible, turnoverEur: 60 * M, balanceSheetEur: 50 * M });
    expect(both.reasons.map((r) => r.code)).toEqual(["NOT_AN_SME"]);
    expect(both.reasons[0]?.message.en).toMatch(/turnover and balance-sheet total/);
    const turnoverOnly = checkEligibility({ ...eligible, turnoverEur: 60 * M, balanceSheetEur: null });
    expect(turnoverOnly.reasons[0]?.message.en).toMatch(/turnover you gave.*EUR 50 million/);
    const balanceOnly = checkEligibility({ ...eligible, turnoverEur: null, balanceSheetEur: 44 * M });
    expect(balanceOnly.reasons[0]?.message.ro).toMatch(/bilanțului.*43 de milioane/);
  });

  it("refuses a county outside the seven, naming it in both languages", () => {
    const result = checkEligibility({ ...eligible, county: " Iași " });
    expect(result).toMatchObject({ eligible: false, sizeClass: "small", county: null });
    expect(result.reasons.map((r) => r.code)).toEqual(["COUNTY_OUT_OF_SCOPE"]);
    expect(result.reasons[0]?.message.en).toContain("“Iași” is not one of them");
    expect(result.reasons[0]?.message.ro).toContain("„Iași” nu se numără printre ele");
    expect(result.reasons[0]?.message.ro).toContain(
      "Maramureș, Satu Mare, Sălaj, Cluj, Bihor, Arad și Timiș",
    );
  });

  it("says so when no county was given", () => {
    const result = checkEligibility({ ...eligible, county: "  " });
    expect(result.reasons[0]?.message.en).toContain("no county was given");
  });

  it("refuses a company without a marketing department", () => {
    const result = checkEligibility({ ...eligible, hasMarketingDept: false });
    expect(result).toMatchObject({ eligible: false, sizeClass: "small", county: "BH" });
    expect(result.reasons.map((r) => r.code)).toEqual(["NO_MARKETING_DEPARTMENT"]);
  });

  it("reports every reason at once, not just the first", () => {
    const result = checkEligibility({
      ...eligible,
      employees: 900,
      county: "Cluj-Napoca ",
      hasMarketingDept: false,
    });
    expect(result.reasons.map((r) => r.code)).toEqual(["NOT_AN_SME", "NO_MARKETING_DEPARTMENT"]);
    const all = checkEligibility({ ...eligible, employees: 900, county: "Brașov", hasMarketingDept: false });
    expect(all).toMatchObject({ eligible: false, sizeClass: "large", county: null });
    expect(all.reasons.map((r) => r.code)).toEqual([
      "NOT_AN_SME",
      "COUNTY_OUT_OF_SCOPE",
      "NO_MARKETING_DEPARTMENT",
    ]);
    const two = checkEligibility({ ...eligible, county: "B", hasMarketingDept: false });
    expect(two.reasons.map((r) => r.code)).toEqual(["COUNTY_OUT_OF_SCOPE", "NO_MARKETING_DEPARTMENT"]);
  });

  it("accepts the county however the respondent writes it", () => {
    expect(checkEligibility({ ...eligible, county: "ro-sj" }).county).toBe("SJ");
    expect(checkEligibility({ ...eligible, county: "Zalau" }).county).toBe("SJ");
  });
});
