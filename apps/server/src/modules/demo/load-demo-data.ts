import { findConflicts, ITEM_IDS, type InstrumentAnswers, type PartialAnswers } from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import { Company } from "../companies/company.entity";
import { validateCompanyRecord } from "../companies/company-record";
import { Invitation } from "../invitations/invitation.entity";
import type { InvitationStatus } from "../invitations/invitation-status";
import { newInvitationToken } from "../invitations/invitation-token";
import { Response } from "../responses/response.entity";
import { demoCompanyIdentity } from "./demo-companies";
import { SeededRandom } from "./seeded-random";
import { syntheticResponse } from "./synthetic-response";

const DEMO_SEED = 2006;
const DAY_MS = 86_400_000;
export const DEMO_CONSENT_VERSION = "demo";

/** How the demo's 150 companies are spread over the invitation life cycle. */
const PLAN: ReadonlyArray<[InvitationStatus | "not_invited", number]> = [
  ["completed", 96],
  ["started", 8],
  ["screened_out", 5],
  ["opened", 9],
  ["sent", 18],
  ["revoked", 3],
  ["expired", 3],
  ["not_invited", 8],
];

export interface DemoDataSummary {
  companies: number;
  invitations: number;
  submittedResponses: number;
}

/**
 * Fills an empty database with a populated study so a newcomer sees every screen with data.
 * Deterministic apart from dates (relative to now) and tokens (always random: they are credentials).
 * Does nothing and returns null when any company exists.
 */
export async function loadDemoData(
  dataSource: DataSource,
  now = new Date(),
): Promise<DemoDataSummary | null> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(Company)) > 0) return null;
    const rng = new SeededRandom(DEMO_SEED);
    const summary: DemoDataSummary = { companies: 0, invitations: 0, submittedResponses: 0 };
    let index = 0;
    for (const [status, count] of PLAN) {
      for (let i = 0; i < count; i++, index++) {
        await insertDemoCompany(manager, rng, index, status, now, summary);
      }
    }
    return summary;
  });
}

async function insertDemoCompany(
  manager: EntityManager,
  rng: SeededRandom,
  index: number,
  status: InvitationStatus | "not_invited",
  now: Date,
  summary: DemoDataSummary,
): Promise<void> {
  const profile = syntheticResponse(rng);
  const identity = demoCompanyIdentity(rng, index);
  const screenedOut = status === "screened_out";
  const record = validateCompanyRecord({
    ...identity,
    county: profile.county,
    employees: screenedOut ? 310 : profile.employees,
    turnoverEur: profile.turnoverEur,
    balanceSheetEur: profile.balanceSheetEur,
    hasMarketingDept: true,
  });
  if (!record.ok) throw new Error(`invalid demo company: ${JSON.stringify(record.errors)}`);
  const company = await manager.save(manager.create(Company, record.value));
  summary.companies++;
  if (status === "not_invited") return;

  const sentAt = new Date(now.getTime() - rng.int(3, 60) * DAY_MS);
  const later = (days: number) => new Date(sentAt.getTime() + days * DAY_MS + rng.int(0, 8 * 3600) * 1000);
  const reached = (s: InvitationStatus) => ["opened", "started", "completed", "screened_out"].includes(s);
  const answered = status === "started" || status === "completed";
  const invitation = await manager.save(
    manager.create(Invitation, {
      companyId: company.id,
      token: newInvitationToken(),
      locale: rng.chance(0.85) ? "ro" : "en",
      status,
      sentAt,
      expiresAt:
        status === "expired" ? new Date(now.getTime() - DAY_MS) : new Date(sentAt.getTime() + 90 * DAY_MS),
      openedAt: reached(status) ? later(1) : null,
      consentedAt: reached(status) && status !== "opened" ? later(1) : null,
      consentVersion: reached(status) && status !== "opened" ? DEMO_CONSENT_VERSION : null,
      startedAt: answered ? later(1) : null,
      completedAt: status === "completed" ? later(2) : null,
      screenedOutAt: screenedOut ? later(1) : null,
      screeningReasons: screenedOut ? ["NOT_AN_SME"] : null,
      revokedAt: status === "revoked" ? later(5) : null,
    }),
  );
  summary.invitations++;
  if (!answered) return;

  const submitted = status === "completed";
  const answeredCount = submitted ? ITEM_IDS.length : rng.int(3, 15);
  const answers: PartialAnswers = Object.fromEntries(
    ITEM_IDS.slice(0, answeredCount).map((id) => [id, profile.answers[id]]),
  );
  await manager.insert(Response, {
    invitationId: invitation.id,
    companyId: company.id,
    source: "web",
    status: submitted ? "submitted" : "draft",
    answers,
    county: profile.county,
    employees: profile.employees,
    turnoverEur: profile.turnoverEur,
    balanceSheetEur: profile.balanceSheetEur,
    hasMarketingDept: true,
    sizeClass: profile.sizeClass,
    performance: submitted ? profile.performance : {},
    configuration: submitted ? profile.configuration : null,
    // The web journey has the respondent confirm each contradiction before saving.
    ...(submitted ? confirmedFlags({ ...profile, hasMarketingDept: true }) : {}),
    totalScore: submitted ? profile.score.total : null,
    category: submitted ? profile.score.category : null,
    scoringKey: submitted ? profile.score.scoringKey : null,
    submittedAt: submitted ? invitation.completedAt : null,
  });
  if (submitted) summary.submittedResponses++;
}

function confirmedFlags(answers: InstrumentAnswers) {
  const flags = findConflicts(answers);
  return { consistencyFlags: flags, confirmedConflicts: flags };
}
