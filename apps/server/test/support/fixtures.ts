import type { DataSource } from "typeorm";
import { Company } from "../../src/modules/companies/company.entity";
import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { newInvitationToken } from "../../src/modules/invitations/invitation-token";

// Unique within a test file, which starts on an empty database of its own worker (`t.reset()`).
let sequence = 0;

/** An eligible small company of Bihor: the frame's figures of createInvitation, and what a respondent states. */
export const ELIGIBLE_PROFILE = {
  county: "BH",
  employees: 42,
  turnoverEur: 3_000_000,
  balanceSheetEur: 1_500_000,
  hasMarketingDept: true,
} as const;

/** A company of the sampling frame with an invitation sent to it, as the researcher workspace would create them. */
export async function createInvitation(
  dataSource: DataSource,
  { company = {}, invitation = {} }: { company?: Partial<Company>; invitation?: Partial<Invitation> } = {},
): Promise<{ token: string; invitation: Invitation; company: Company }> {
  sequence += 1;
  const savedCompany = await dataSource.getRepository(Company).save({
    name: `Crișul Test ${sequence} SRL`,
    registrationCode: withCheckDigit(9_000_000 + sequence),
    ...ELIGIBLE_PROFILE,
    contactEmail: `manager${sequence}@example.ro`,
    ...company,
  });
  const token = newInvitationToken();
  const savedInvitation = await dataSource.getRepository(Invitation).save({
    companyId: savedCompany.id,
    token,
    status: "sent",
    sentAt: new Date(),
    ...invitation,
  });
  return { token, invitation: savedInvitation, company: savedCompany };
}
