import { checkEligibility, isItemId, PERFORMANCE_INDICATOR_IDS, type ScaleValue } from "@smi/questionnaire";
import type { EntityManager } from "typeorm";
import { Company } from "../companies/company.entity";
import type { Invitation } from "../invitations/invitation.entity";
import { Response } from "./response.entity";
import { buildResult } from "./respondent-result";
import { reviewRevision } from "./review-revision";
import { isTestLink, testCompanyName } from "./test-mode";
import type { RespondentProfile, RespondentSession, ScreeningReason } from "./respondent.types";

/** The respondent's view of their invitation: enough to resume at the exact step they left. */
export async function buildSession(
  manager: EntityManager,
  invitation: Invitation,
  /** The county as just typed: a name outside the study area is stored as null but is worth naming back. */
  statedCounty?: string,
  /** The invitation's response as the caller just read or wrote it, saving a read. */
  known?: Response,
): Promise<RespondentSession> {
  const company = invitation.companyId
    ? await manager.findOneByOrFail(Company, { id: invitation.companyId })
    : null;
  const response = known ?? (await manager.findOneBy(Response, { invitationId: invitation.id }));
  const profile: RespondentProfile = response
    ? {
        county: response.county,
        employees: response.employees,
        turnoverEur: response.turnoverEur,
        balanceSheetEur: response.balanceSheetEur,
        hasMarketingDept: response.hasMarketingDept,
      }
    : {
        county: company?.county ?? null,
        employees: company?.employees ?? null,
        turnoverEur: company?.turnoverEur ?? null,
        balanceSheetEur: company?.balanceSheetEur ?? null,
        hasMarketingDept: company?.hasMarketingDept ?? null,
      };
  const answers = Object.entries(response?.answers ?? {})
    .filter((entry): entry is [string, ScaleValue] => isItemId(entry[0]))
    .map(([itemId, value]) => ({ itemId, value }))
    .sort((a, b) => a.itemId.localeCompare(b.itemId));
  const performance = PERFORMANCE_INDICATOR_IDS.filter((id) => response && id in response.performance).map(
    (id) => ({
      indicatorId: id,
      value: response!.performance[id] ?? null,
    }),
  );

  return {
    status: invitation.status,
    locale: invitation.locale,
    companyName: company?.name ?? testCompanyName(invitation.locale),
    testMode: isTestLink(invitation),
    expiresAt: invitation.expiresAt,
    consentVersion: invitation.consentVersion,
    consentedAt: invitation.consentedAt,
    profileConfirmed: response !== null,
    profile,
    answers,
    performance,
    configuration: response?.configuration ?? null,
    revision: reviewRevision(response),
    confirmedConflicts: response?.confirmedConflicts ?? [],
    screeningReasons: invitation.status === "screened_out" ? screeningReasons(profile, statedCounty) : [],
    result: response?.status === "submitted" ? await buildResult(manager, response) : null,
  };
}

/** Recomputed from the stored profile so the messages are always in the package's current wording. */
function screeningReasons(profile: RespondentProfile, statedCounty?: string): ScreeningReason[] {
  return checkEligibility({
    county: statedCounty ?? profile.county ?? "",
    employees: profile.employees ?? 0,
    turnoverEur: profile.turnoverEur,
    balanceSheetEur: profile.balanceSheetEur,
    hasMarketingDept: profile.hasMarketingDept ?? false,
  }).reasons.map((r) => ({ code: r.code, message: r.message }));
}
