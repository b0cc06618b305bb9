import { checkEligibility, type IneligibilityCode } from "./check-eligibility";
import type { EnterpriseFigures } from "./classify-size";
import type { SizeClass } from "./size-classes";

/** A company as the sampling frame knows it: headcount and marketing department may not be known yet. */
export interface FrameRecord extends Omit<EnterpriseFigures, "employees"> {
  county: string;
  employees: number | null;
  hasMarketingDept: boolean | null;
}

export interface FrameEligibility {
  eligible: boolean;
  /** null while the headcount is unknown. */
  sizeClass: SizeClass | null;
  reasons: IneligibilityCode[];
}

/**
 * Eligibility of a sampling-frame record. Unknown means not eligible: a company is invited only once it is shown
 * to belong to the population, so an unknown headcount gives no class and no reasons, and an unknown marketing
 * department counts as none.
 */
export function checkFrameEligibility(record: FrameRecord): FrameEligibility {
  if (record.employees === null) return { eligible: false, sizeClass: null, reasons: [] };
  const eligibility = checkEligibility({
    county: record.county,
    employees: record.employees,
    turnoverEur: record.turnoverEur,
    balanceSheetEur: record.balanceSheetEur,
    hasMarketingDept: record.hasMarketingDept ?? false,
  });
  return {
    eligible: eligibility.eligible && record.hasMarketingDept !== null,
    sizeClass: eligibility.sizeClass,
    reasons: eligibility.reasons.map((r) => r.code),
  };
}
