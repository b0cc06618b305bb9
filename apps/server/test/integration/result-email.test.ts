import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import { Company } from "../../src/modules/companies/company.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { createInvitation, ELIGIBLE_PROFILE } from "../support/fixtures";
import type { GraphQLResult } from "../support/test-app";
import { startSmtpTestApp, type SmtpTestApp } from "../support/smtp-test-app";

const CONTACT = "studiu.smi@uvt.example.ro";
const EMAIL_RESULT = `mutation($token: String!) { emailRespondentResult(token: $token) }`;

let t: SmtpTestApp;

beforeAll(async () => {
  t = await startSmtpTestApp({ STUDY_CONTACT_EMAIL: CONTACT, RESULT_EMAILS_PER_LINK: "2" });
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const ask = (token: string) => t.graphql<{ emailRespondentResult: boolean }>(EMAIL_RESULT, { token });
const extensions = (res: GraphQLResult) => res.errors?.[0]?.extensions;

/** A respondent who went the whole way through the API, choosing the integration configuration. */
async function submitted(company: Partial<Company> = {}) {
  const created = await createInvitation(t.dataSource, {
    company: {
      name: "Crișana Distribuție SRL",
      contactName: "Ioana Pop",
      contactEmail: "ioana.pop@example.ro",
      ...company,
    },
  });
  const { token } = created;
  const run = async (query: string, variables: Record<string, unknown>) => {
    const res = await t.graphql(query, { token, ...variables });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  };
  await run(`query($token: String!) { respondentSession(token: $token) { status } }`, {});
  await run(
    `mutation($token: String!, $v: String!) { giveConsent(token: $token, consentVersion: $v, locale: ro) { status } }`,
    { v: CONSENT_VERSION },
  );
  await run(
    `mutation($token: String!, $p: ProfileInput!) { saveProfile(token: $token, profile: $p) { status } }`,
    {
      p: ELIGIBLE_PROFILE,
    },
  );
  for (const [i, id] of ITEM_IDS.entries())
    await run(
      `mutation($token: String!, $i: String!, $v: Int!) { saveAnswer(token: $token, itemId: $i, value: $v) { status } }`,
      {
        i: id,
        v: (i % 5) + 1,
      },
    );
  await run(
    `mutation($token: String!) { saveConfiguration(token: $token, configuration: marketing_sales_integration) { status } }`,
    {},
  );
  await run(`mutation($token: String!) { submitResponse(token: $token) { totalScore } }`, {});
  return created;
}

describe("the result by e-mail", () => {
  it("goes over SMTP to the company's contact, multipart, in the link's language, with no link in it", async () => {
    const { token, invitation } = await submitted();
    expect((await ask(token)).data).toEqual({ emailRespondentResult: true });
    const [email] = await t.sink.waitFor(1);
    expect(email!.to).toEqual(["ioana.pop@example.ro"]);
    expect(email!.replyTo).toBe(CONTACT);
    expect(email!.headers.get("content-type")).toMatch(/^multipart\/alternative/);
    expect(email!.subject).toBe("Rezultatul firmei Crișana Distribuție SRL în studiul SMI");
    expect(email!.text).toContain("Scorul: 60 din 100");
    expect(email!.text).toContain("Categoria: Aliniată (60–79)");
    expect(email!.text).toContain(
      "Configurația aleasă de dumneavoastră: Integrarea marketingului cu vânzările",
    );
    expect(email!.text).not.toContain(token);
    expect(email!.text).not.toMatch(/https?:\/\//);
    expect(email!.html).toContain("Scorul: 60 din 100");

    const [stored] = await t.dataSource
      .getRepository(EmailMessage)
      .findBy({ invitationId: invitation.id, kind: "result" });
    expect(stored!.body).not.toContain(token);
    expect(stored!.body).not.toContain("/r/");
    expect(stored!.status).toBe("sent");
  });

  it("is throttled per link: RESULT_EMAILS_PER_LINK copies, then RATE_LIMITED with nothing queued", async () => {
    const { token, invitation } = await submitted();
    expect((await ask(token)).data).toEqual({ emailRespondentResult: true });
    expect((await ask(token)).data).toEqual({ emailRespondentResult: true });
    const third = await ask(token);
    expect(extensions(third)).toMatchObject({
      code: "RATE_LIMITED",
      reason: "RESULT_EMAIL_LIMIT",
      params: { max: 2 },
    });
    await t.sink.waitFor(2);
    expect(
      await t.dataSource.getRepository(EmailMessage).countBy({ invitationId: invitation.id, kind: "result" }),
    ).toBe(2);
  });

  it("is refused before the questionnaire is submitted, and without a contact address", async () => {
    const { token } = await createInvitation(t.dataSource);
    expect(extensions(await ask(token))).toMatchObject({ code: "CONFLICT", reason: "NOT_SUBMITTED" });
    const erased = await submitted();
    await t.dataSource.getRepository(Company).update({ id: erased.company.id }, { contactEmail: null });
    expect(extensions(await ask(erased.token))).toMatchObject({
      code: "CONFLICT",
      reason: "NO_CONTACT_EMAIL",
    });
    expect(await t.dataSource.getRepository(EmailMessage).countBy({ kind: "result" })).toBe(0);
  });

  it("respects a refusal: an opted-out link asks for nothing", async () => {
    const { token, invitation } = await createInvitation(t.dataSource, {
      invitation: { status: "refused", refusedAt: new Date() },
    });
    expect(extensions(await ask(token))).toMatchObject({
      code: "INVITATION_UNAVAILABLE",
      reason: "DECLINED",
    });
    expect(await t.dataSource.getRepository(EmailMessage).countBy({ invitationId: invitation.id })).toBe(0);
  });
});
