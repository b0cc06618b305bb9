import type { ProblemCode } from "../problems/problem-codes";

/** The company profile as stated on the profile step; null or NaN where nothing or no number was given. */
export interface StatedProfile {
  county: string;
  employees: number | null;
  turnoverEur: number | null | undefined;
  balanceSheetEur: number | null | undefined;
  hasMarketingDept: boolean | null;
}

export type ProfileField = "county" | "employees" | "turnoverEur" | "balanceSheetEur" | "hasMarketingDept";
export const PROFILE_FIELDS: readonly ProfileField[] = [
  "county",
  "employees",
  "turnoverEur",
  "balanceSheetEur",
  "hasMarketingDept",
];
/** Money figures may be unknown; the others must be given. */
export const REQUIRED_PROFILE_FIELDS: readonly ProfileField[] = ["county", "employees", "hasMarketingDept"];

/** Problem codes of the shared list (problems/problem-codes.ts): a code dropped there fails to compile here. */
export type ProfileIssueCode = Extract<
  ProblemCode,
  "REQUIRED" | "NOT_A_NUMBER" | "NOT_AN_INTEGER" | "OUT_OF_RANGE"
>;

export interface ProfileIssue {
  field: ProfileField;
  code: ProfileIssueCode;
  /** English, for API errors; the respondent's page words its own message from the field and code. */
  message: string;
}

/** Generous ceilings that only catch typing slips (an extra zero run); real SMEs are far below them. */
export const PROFILE_LIMITS = { maxEmployees: 1_000_000, maxEur: 1e12 } as const;

const EMPLOYEES_MESSAGE = `Enter the number of employees as a whole number from 0 to ${PROFILE_LIMITS.maxEmployees}.`;
const MONEY_MESSAGE = "Enter an amount in euro of at least 0, or leave it empty if unknown.";

/**
 * Field-level checks of a stated profile, every field at once: the server's rules, run by the respondent's page
 * before sending too. A county outside the study is valid input (it screens the company out).
 */
export function validateProfile(input: StatedProfile): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  if (!input.county.trim())
    issues.push({
      field: "county",
      code: "REQUIRED",
      message: "Choose the county of the company's registered office.",
    });
  const { employees } = input;
  if (employees === null) issues.push({ field: "employees", code: "REQUIRED", message: EMPLOYEES_MESSAGE });
  else if (Number.isNaN(employees))
    issues.push({ field: "employees", code: "NOT_A_NUMBER", message: EMPLOYEES_MESSAGE });
  else if (!Number.isInteger(employees))
    issues.push({ field: "employees", code: "NOT_AN_INTEGER", message: EMPLOYEES_MESSAGE });
  else if (employees < 0 || employees > PROFILE_LIMITS.maxEmployees)
    issues.push({ field: "employees", code: "OUT_OF_RANGE", message: EMPLOYEES_MESSAGE });
  for (const field of ["turnoverEur", "balanceSheetEur"] as const) {
    const value = input[field];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value)) issues.push({ field, code: "NOT_A_NUMBER", message: MONEY_MESSAGE });
    else if (value < 0 || value > PROFILE_LIMITS.maxEur)
      issues.push({ field, code: "OUT_OF_RANGE", message: MONEY_MESSAGE });
  }
  if (input.hasMarketingDept === null)
    issues.push({
      field: "hasMarketingDept",
      code: "REQUIRED",
      message: "Say whether the company has a distinct marketing department.",
    });
  return issues;
}
