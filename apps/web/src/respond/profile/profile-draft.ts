import { isCountyCode, validateProfile, type Locale, type ProfileIssue } from "@smi/questionnaire";
import type { ProfileInput } from "../../gql/graphql";
import { formatForInput, parseNumber } from "../forms/parse-number";
import type { Session } from "../journey/steps";

export const OTHER_COUNTY = "other";

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
 * Turns the draft into the API's input, or lists every problem of the form at once: the questionnaire's own
 * checks, the ones the server applies, so Continue shows all of them before anything is sent.
 */
export function readDraft(
  draft: ProfileDraft,
  locale: Locale,
): { ok: true; input: ProfileInput } | { ok: false; issues: ProfileIssue[] } {
  const stated = {
    county: draft.county === OTHER_COUNTY ? draft.countyOther.trim() : draft.county,
    employees: parseNumber(draft.employees, locale),
    turnoverEur: parseNumber(draft.turnoverEur, locale),
    balanceSheetEur: parseNumber(draft.balanceSheetEur, locale),
    hasMarketingDept: draft.hasMarketingDept,
  };
  const issues = validateProfile(stated);
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    input: { ...stated, employees: stated.employees!, hasMarketingDept: stated.hasMarketingDept! },
  };
}
