import { parseCounty, validateProfile as checkProfile, type CountyCode } from "@smi/questionnaire";
import { badInput } from "../../common/app-error";
import type { ProfileInput } from "./respondent.types";

export interface ValidProfile {
  countyCode: CountyCode | null;
  employees: number;
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  hasMarketingDept: boolean;
}

/** The questionnaire's field checks (the respondent's page runs the same ones), every problem at once. */
export function validateProfile(input: ProfileInput): ValidProfile {
  const issues = checkProfile(input);
  if (issues.length) {
    throw badInput(
      "Some company details are not valid.",
      issues.map(({ field, message, code }) => ({ field, message, code })),
    );
  }
  return {
    countyCode: parseCounty(input.county),
    employees: input.employees,
    turnoverEur: input.turnoverEur ?? null,
    balanceSheetEur: input.balanceSheetEur ?? null,
    hasMarketingDept: input.hasMarketingDept,
  };
}
