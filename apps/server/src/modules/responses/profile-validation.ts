import { parseCounty, type CountyCode } from "@smi/questionnaire";
import { badInput, type FieldError } from "../../common/app-error";
import type { ProfileInput } from "./respondent.types";

export interface ValidProfile {
  countyCode: CountyCode | null;
  employees: number;
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  hasMarketingDept: boolean;
}

// Generous ceilings that only catch typing slips (an extra zero run); real SMEs are far below them.
const MAX_EMPLOYEES = 1_000_000;
const MAX_EUR = 1e12;

/** Field-level checks of a stated profile; a county outside the study is valid input (it screens the company out). */
export function validateProfile(input: ProfileInput): ValidProfile {
  const errors: FieldError[] = [];
  if (!input.county.trim())
    errors.push({ field: "county", message: "Choose the county of the company's registered office." });
  if (!Number.isInteger(input.employees) || input.employees < 0 || input.employees > MAX_EMPLOYEES) {
    errors.push({
      field: "employees",
      message: `Enter the number of employees as a whole number from 0 to ${MAX_EMPLOYEES}.`,
    });
  }
  for (const field of ["turnoverEur", "balanceSheetEur"] as const) {
    const value = input[field];
    if (value !== null && value !== undefined && (!Number.isFinite(value) || value < 0 || value > MAX_EUR)) {
      errors.push({ field, message: "Enter an amount in euro of at least 0, or leave it empty if unknown." });
    }
  }
  if (errors.length) throw badInput("Some company details are not valid.", errors);
  return {
    countyCode: parseCounty(input.county),
    employees: input.employees,
    turnoverEur: input.turnoverEur ?? null,
    balanceSheetEur: input.balanceSheetEur ?? null,
    hasMarketingDept: input.hasMarketingDept,
  };
}
