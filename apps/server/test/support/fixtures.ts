import type { DataSource } from "typeorm";
import { Company } from "../../src/modules/companies/company.entity";
import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { newInvitationToken } from "../../src/modules/invitations/invitation-token";

// Test files share one database and each file's module registry starts again at 0: each Jest worker numbers from its
// own range, so files running at the same time never make the same registration code.
let sequence = Number(process.env.JEST_WORKER_ID ?? 0) * 100_000;

/** A company of the sampling frame with an invitation sent to it, as the researcher workspace would create them. */
export async function createInvitation(
  dataSource: DataSource,
  { company = {}, invitation = {} }: { company?: Partial<Company>; invitation?: Partial<Invitation> } = {},
): Promise<{ token: string; invitation: Invitation; company: Company }> {
  sequence += 1;
  const savedCompany = await dataSource.getRepository(Company).save({
    name: `Crișul Test ${sequence} SRL`,
    registrationCode: withCheckDigit(9_000_000 + sequence),
    county: "BH",
    employees: 42,
    turnoverEur: 3_000_000,
    balanceSheetEur: 1_500_000,
    hasMarketingDept: true,
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
