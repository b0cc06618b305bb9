import { isCountyCode, type Locale } from "@smi/questionnaire";
import type { ProfileInput } from "../../gql/graphql";
import { formatForInput, parseNumber } from "../forms/parse-number";
import type { Session } from "../journey/steps";

export const OTHER_COUNTY = "other";

export type ProfileField = "county" | "employees" | "turnoverEur" | "balanceSheetEur" | "hasMarketingDept";
export const PROFILE_FIELDS: readonly ProfileField[] = [
  "county",
  "employees",
  "turnoverEur",
  "balanceSheetEur",
  "hasMarketingDept",
];

/** The form as typed: text until it is sent. */
export type ProfileDraft = {
  readonly county: string;
  readonly countyOther: string;
  readonly employees: string;
  readonly turnoverEur: string;
  readonly balanceSheetEur: string;
  readonly hasMarketingDept: boolean | null;
};

export function draftFromSession(session: Session): ProfileDraft {
  const { profile } = session;
  // A confirmed profile without a county was stated as one outside the study area.
  const county = profile.county ?? (session.profileConfirmed ? OTHER_COUNTY : "");
  return {
    county: isCountyCode(county) || county === OTHER_COUNTY ? county : "",
    countyOther: "",
    employees: formatForInput(profile.employees),
    turnoverEur: formatForInput(profile.turnoverEur),
    balanceSheetEur: formatForInput(profile.balanceSheetEur),
    hasMarketingDept: profile.hasMarketingDept,
  };
}

/**
 * Turns the draft into the API's input, or names the fields that cannot even be sent (text where a number
 * belongs, nothing chosen). Ranges are the server's to judge; its field errors come back the same way.
 */
export function readDraft(
  draft: ProfileDraft,
  locale: Locale,
): { ok: true; input: ProfileInput } | { ok: false; invalid: ProfileField[] } {
  const invalid: ProfileField[] = [];
  const county = draft.county === OTHER_COUNTY ? draft.countyOther.trim() : draft.county;
  if (!county) invalid.push("county");
  const employees = parseNumber(draft.employees, locale);
  if (employees === null || !Number.isSafeInteger(employees) || Math.abs(employees) > 2 ** 31 - 1) {
    invalid.push("employees");
  }
  const turnoverEur = parseNumber(draft.turnoverEur, locale);
  if (Number.isNaN(turnoverEur)) invalid.push("turnoverEur");
  const balanceSheetEur = parseNumber(draft.balanceSheetEur, locale);
  if (Number.isNaN(balanceSheetEur)) invalid.push("balanceSheetEur");
  if (draft.hasMarketingDept === null) invalid.push("hasMarketingDept");
  if (invalid.length > 0) return { ok: false, invalid };
  return {
    ok: true,
    input: {
      county,
      employees: employees!,
      turnoverEur,
      balanceSheetEur,
      hasMarketingDept: draft.hasMarketingDept!,
    },
  };
}
