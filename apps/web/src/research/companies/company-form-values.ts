import { isCountyCode } from "@smi/questionnaire";
import type { CompanyFieldsFragment, CompanyInput } from "../../gql/graphql";

/** What the form's controls hold: text as typed, so a half-typed number is not lost. */
export type CompanyFormValues = {
  name: string;
  registrationCode: string;
  county: string;
  city: string;
  caenCode: string;
  employees: string;
  turnoverEur: string;
  balanceSheetEur: string;
  hasMarketingDept: "" | "yes" | "no";
  contactName: string;
  contactEmail: string;
};

export const EMPTY_COMPANY_FORM: CompanyFormValues = {
  name: "",
  registrationCode: "",
  county: "",
  city: "",
  caenCode: "",
  employees: "",
  turnoverEur: "",
  balanceSheetEur: "",
  hasMarketingDept: "",
  contactName: "",
  contactEmail: "",
};

const text = (value: string | null | undefined) => value ?? "";
const numberText = (value: number | null | undefined) => (value == null ? "" : String(value));

export function companyFormValues(company: CompanyFieldsFragment): CompanyFormValues {
  return {
    name: company.name,
    registrationCode: text(company.registrationCode),
    county: isCountyCode(company.county) ? company.county : "",
    city: text(company.city),
    caenCode: text(company.caenCode),
    employees: numberText(company.employees),
    turnoverEur: numberText(company.turnoverEur),
    balanceSheetEur: numberText(company.balanceSheetEur),
    hasMarketingDept: company.hasMarketingDept == null ? "" : company.hasMarketingDept ? "yes" : "no",
    contactName: text(company.contactName),
    contactEmail: text(company.contactEmail),
  };
}

export type NumberProblem = "notANumber";

/** Reads "1 200 000", "1.200.000" or "1200000,5" as typed in Romania or elsewhere; null when empty. */
export function parseAmount(value: string): number | null | NumberProblem {
  const compact = value.replace(/[\s\u00a0]/g, "");
  if (!compact) return null;
  const normalised = /,\d{1,2}$/.test(compact)
    ? compact.replace(/\./g, "").replace(",", ".")
    : compact.replace(/[.,](?=\d{3}(\D|$))/g, "");
  const number = Number(normalised);
  return Number.isFinite(number) ? number : "notANumber";
}

/**
 * The mutation's input, or the fields whose numbers cannot be read. Everything else (required fields, CUI check
 * digit, e-mail) is the server's to judge, so the form shows exactly the rules the import uses.
 */
export function companyInput(
  values: CompanyFormValues,
):
  | { ok: true; input: CompanyInput }
  | { ok: false; problems: Partial<Record<keyof CompanyFormValues, NumberProblem>> } {
  const problems: Partial<Record<keyof CompanyFormValues, NumberProblem>> = {};
  const read = (field: "employees" | "turnoverEur" | "balanceSheetEur") => {
    const parsed = parseAmount(values[field]);
    if (parsed === "notANumber") {
      problems[field] = parsed;
      return null;
    }
    return parsed;
  };
  const employees = read("employees");
  const turnoverEur = read("turnoverEur");
  const balanceSheetEur = read("balanceSheetEur");
  if (Object.keys(problems).length) return { ok: false, problems };
  const optional = (value: string) => value.trim() || null;
  return {
    ok: true,
    input: {
      name: values.name,
      registrationCode: values.registrationCode,
      county: values.county,
      city: optional(values.city),
      caenCode: optional(values.caenCode),
      employees,
      turnoverEur,
      balanceSheetEur,
      hasMarketingDept: values.hasMarketingDept === "" ? null : values.hasMarketingDept === "yes",
      contactName: optional(values.contactName),
      contactEmail: optional(values.contactEmail),
    },
  };
}
