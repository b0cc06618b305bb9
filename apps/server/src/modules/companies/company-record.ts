import { checkFrameEligibility, parseCounty, toCommaBelow, type CountyCode } from "@smi/questionnaire";
import type { FieldError, FieldProblem } from "../../common/app-error";
import type { Company } from "./company.entity";
import { normalizeRegistrationCode } from "./registration-code";

/** A company's editable fields as given (form or CSV row), before validation. */
export interface CompanyFields {
  name?: string | null;
  registrationCode?: string | null;
  county?: string | null;
  city?: string | null;
  caenCode?: string | null;
  employees?: number | null;
  turnoverEur?: number | null;
  balanceSheetEur?: number | null;
  hasMarketingDept?: boolean | null;
  contactName?: string | null;
  contactEmail?: string | null;
}

export type CompanyRecord = Pick<
  Company,
  | "name"
  | "registrationCode"
  | "city"
  | "caenCode"
  | "employees"
  | "turnoverEur"
  | "balanceSheetEur"
  | "hasMarketingDept"
  | "contactName"
  | "contactEmail"
  | "sizeClass"
  | "eligible"
  | "ineligibilityReasons"
> & { county: CountyCode; registrationCode: string };

const MAX_EMPLOYEES = 1_000_000;
const MAX_EUR = 1e12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Names as Romanian writes them: ș ț with the comma below, whatever keyboard or registry export typed them. */
const words = (value: string | null | undefined) => {
  const trimmed = text(value);
  return trimmed ? toCommaBelow(trimmed) : null;
};

/**
 * Checks every field and reports each problem with the field's name; derives size class and eligibility with
 * @smi/questionnaire. Used by the forms and the CSV import alike.
 */
export function validateCompanyRecord(
  fields: CompanyFields,
): { ok: true; value: CompanyRecord } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string, problem: FieldProblem) =>
    errors.push({ field, message, ...problem });
  const tooLong = (field: string, max: number) =>
    fail(field, `must be at most ${max} characters`, { code: "TOO_LONG", params: { max } });

  const name = words(fields.name);
  if (!name) fail("name", "is required", { code: "REQUIRED" });
  else if (name.length > 200) tooLong("name", 200);

  const rawCode = text(fields.registrationCode);
  const registrationCode = rawCode ? normalizeRegistrationCode(rawCode) : null;
  if (!rawCode) fail("registrationCode", "is required (the company's CUI)", { code: "REQUIRED" });
  else if (!registrationCode)
    fail("registrationCode", `"${rawCode}" is not a valid CUI (check the digits)`, {
      code: "INVALID_CUI",
      params: { value: rawCode },
    });

  const rawCounty = text(fields.county);
  const county = rawCounty ? parseCounty(rawCounty) : null;
  if (!county)
    fail("county", `${rawCounty ? `"${rawCounty}"` : "missing"}: must be one of MM, SM, SJ, CJ, BH, AR, TM`, {
      code: "UNKNOWN_COUNTY",
      ...(rawCounty ? { params: { value: rawCounty } } : {}),
    });

  const city = words(fields.city);
  if (city && city.length > 100) tooLong("city", 100);

  const caenCode = text(fields.caenCode);
  if (caenCode && !/^\d{4}$/.test(caenCode))
    fail("caenCode", "must be a 4-digit CAEN Rev. 2 class, e.g. 4690", { code: "INVALID_CAEN" });

  const employees = fields.employees ?? null;
  if (employees !== null && (!Number.isInteger(employees) || employees < 0 || employees > MAX_EMPLOYEES)) {
    fail("employees", `must be a whole number from 0 to ${MAX_EMPLOYEES}`, {
      code: "NOT_A_HEADCOUNT",
      params: { max: MAX_EMPLOYEES },
    });
  }
  for (const field of ["turnoverEur", "balanceSheetEur"] as const) {
    const value = fields[field] ?? null;
    if (value !== null && (!Number.isFinite(value) || value < 0 || value > MAX_EUR))
      fail(field, "must be an amount in euro of at least 0", { code: "NOT_AN_AMOUNT" });
  }

  const contactName = words(fields.contactName);
  if (contactName && contactName.length > 200) tooLong("contactName", 200);
  const contactEmail = text(fields.contactEmail)?.toLowerCase() ?? null;
  if (contactEmail && (contactEmail.length > 254 || !EMAIL.test(contactEmail)))
    fail("contactEmail", `"${contactEmail}" is not an e-mail address`, {
      code: "INVALID_EMAIL",
      params: { value: contactEmail },
    });

  if (errors.length) return { ok: false, errors };

  const turnoverEur = fields.turnoverEur ?? null;
  const balanceSheetEur = fields.balanceSheetEur ?? null;
  const hasMarketingDept = fields.hasMarketingDept ?? null;
  const eligibility = checkFrameEligibility({
    county: county!,
    employees,
    turnoverEur,
    balanceSheetEur,
    hasMarketingDept,
  });
  return {
    ok: true,
    value: {
      name: name!,
      registrationCode: registrationCode!,
      county: county!,
      city,
      caenCode,
      employees,
      turnoverEur,
      balanceSheetEur,
      hasMarketingDept,
      contactName,
      contactEmail,
      sizeClass: eligibility.sizeClass,
      eligible: eligibility.eligible,
      ineligibilityReasons: eligibility.reasons,
    },
  };
}
