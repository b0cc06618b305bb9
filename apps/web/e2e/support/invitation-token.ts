/**
 * Real invitation links for browser tests, made the way researchers make them: through the GraphQL API of the
 * server under test, signed in as the administrator that e2e/support/app-server.ts configures.
 */

import { E2E_ADMIN } from "./admin-account";

/** The study settings the browser-test server is seeded with (support/app-server.ts), complete so invitations go out. */
export const E2E_STUDY = {
  controller: "Universitatea de Vest din Timișoara",
  controllerEn: "West University of Timișoara",
  principalInvestigator: "Prof. dr. Ioana Mureșan",
  contactEmail: "smi-study@smi-survey.local",
  ethicsApproval: "Comisia de etică a cercetării, aviz nr. 7/2026",
  ethicsApprovalEn: "Research Ethics Committee, approval no. 7/2026",
};

type GraphQLBody<T> = {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is unset: run the browser tests with -c e2e/jest.config.js");
  return url;
}

/** One GraphQL request; `cookie` carries a researcher session. Throws on any GraphQL error. */
export async function graphqlCall<T>(
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ data: T; setCookie: string[] }> {
  const response = await fetch(new URL("/graphql", baseUrl()), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "apollo-require-preflight": "true",
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
  }
  return { data: body.data, setCookie: response.headers.getSetCookie() };
}

export type CompanyFigures = {
  county: string;
  employees: number;
  turnoverEur: number | null;
  balanceSheetEur: number | null;
  hasMarketingDept: boolean;
};

/** Eligible by default: a small company of Bihor with a marketing department. */
export const ELIGIBLE_COMPANY: CompanyFigures = {
  county: "BH",
  employees: 42,
  turnoverEur: 3_000_000,
  balanceSheetEur: 1_500_000,
  hasMarketingDept: true,
};

export type TestInvitation = {
  readonly id: string;
  readonly companyId: string;
  readonly companyName: string;
  readonly token: string;
  /** /r/<token>, to open in the browser. */
  readonly path: string;
};

const CUI_KEY = [7, 5, 3, 2, 1, 7, 5, 3, 2];
let sequence = 0;

/** A CUI that passes the check digit, different in every call (companies are unique by CUI). */
function uniqueCui(): string {
  sequence += 1;
  const body = String((Date.now() % 10_000_000) * 10 + (sequence % 10)).slice(-8);
  const sum = [...body.padStart(9, "0")].reduce((acc, d, i) => acc + Number(d) * CUI_KEY[i]!, 0);
  return `${body}${((sum * 10) % 11) % 10}`;
}

export class ResearcherApi {
  private constructor(private readonly cookie: string) {}

  static async signIn(): Promise<ResearcherApi> {
    const { setCookie } = await graphqlCall(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { expiresAt } }`,
      E2E_ADMIN,
    );
    const session = setCookie.map((c) => c.split(";")[0]!).find((c) => c.startsWith("smi_session="));
    if (!session) throw new Error("signIn set no smi_session cookie");
    return new ResearcherApi(session);
  }

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return (await graphqlCall<T>(query, variables, this.cookie)).data;
  }

  /** A company of the sampling frame, invited; returns a personal link for it. */
  async invite(
    options: {
      figures?: Partial<CompanyFigures>;
      locale?: "ro" | "en";
      expiresAt?: Date;
      name?: string;
    } = {},
  ): Promise<TestInvitation> {
    const figures = { ...ELIGIBLE_COMPANY, ...options.figures };
    // "Zorile …" sorts after the names a test looks for on the first page of the companies list.
    const name = options.name ?? `Zorile Respondent ${uniqueCui()} SRL`;
    const { createCompany } = await this.call<{ createCompany: { id: string } }>(
      `mutation($input: CompanyInput!) { createCompany(input: $input) { id } }`,
      {
        input: {
          ...figures,
          name,
          registrationCode: uniqueCui(),
          city: "Oradea",
          contactName: "Ana Pop",
          contactEmail: `contact-${Date.now()}-${sequence}@example.ro`,
        },
      },
    );
    const { inviteCompanies } = await this.call<{
      inviteCompanies: { invitations: { id: string }[]; skipped: { reason: string }[] };
    }>(
      `mutation($input: InviteCompaniesInput!) {
        inviteCompanies(input: $input) { invitations { id } skipped { reason } }
      }`,
      {
        input: {
          companyIds: [createCompany.id],
          locale: options.locale ?? "ro",
          expiresAt: options.expiresAt?.toISOString() ?? null,
        },
      },
    );
    const invitation = inviteCompanies.invitations[0];
    if (!invitation) throw new Error(`Not invited: ${JSON.stringify(inviteCompanies.skipped)}`);
    // The API never shows a link that was e-mailed: like a researcher handing one over by phone, the test has it
    // re-issued and shown once (the e-mailed one stops working).
    const { reissueInvitationLink } = await this.call<{ reissueInvitationLink: { link: string } }>(
      `mutation($id: ID!) {
        reissueInvitationLink(id: $id, input: { reason: "browser test", sendEmail: false }) { link }
      }`,
      { id: invitation.id },
    );
    const path = new URL(reissueInvitationLink.link).pathname;
    return {
      id: invitation.id,
      companyId: createCompany.id,
      companyName: name,
      token: decodeURIComponent(path.replace(/^\/r\//, "")),
      path,
    };
  }

  async revoke(invitationId: string): Promise<void> {
    await this.call(`mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, { id: invitationId });
  }

  /** The company's stored responses, as a GDPR access request returns them. */
  async responsesOf(companyId: string): Promise<{ status: string; totalScore: number | null }[]> {
    const { exportCompanyData } = await this.call<{
      exportCompanyData: { responses: { status: string; totalScore: number | null }[] };
    }>(`mutation($id: ID!) { exportCompanyData(id: $id) }`, { id: companyId });
    return exportCompanyData.responses;
  }
}
