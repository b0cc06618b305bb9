import type { IneligibilityCode } from "@smi/questionnaire";

/**
 * The profile a respondent first stated when it screened the company out. The response's own columns then hold
 * the correction; the researcher sees both.
 */
export interface FirstScreening {
  /** The county code, or the name as typed when it is outside the study area (at most 60 characters). */
  county: string;
  employees: number;
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  hasMarketingDept: boolean;
  reasons: IneligibilityCode[];
  at: string;
}
