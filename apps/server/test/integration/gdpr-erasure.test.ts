import { CONSENT_VERSION, ITEM_IDS } from "@smi/questionnaire";
import type { MailWorker } from "../../src/modules/mail/mail-worker";
import { startMailWorker } from "../support/mail-worker";
import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { signInAs } from "../support/sign-in";
import { SmtpSink, waitUntil } from "../support/smtp-sink";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

// Values found nowhere else in the test database, so any trace of them is this company's contact.
const CONTACT = { name: "Zamfira Vulturescu-Ghimpe", email: "zamfira.vulturescu.q7@ghimpe-erasure.ro" };

let t: TestApp;
let sink: SmtpSink;
let worker: MailWorker;

beforeAll(async () => {
  sink = new SmtpSink();
  await sink.start();
  t = await startTestApp({
    SMTP_URL: sink.url,
    MAIL_RETRY_DELAY_SECONDS: "1",
    MAIL_RETRY_LIMIT: "4",
    MAIL_SEND_TIMEOUT_SECONDS: "3",
    MAIL_POLL_SECONDS: "0.5",
  });
  await t.reset();
  worker = await startMailWorker(t);
});
afterAll(async () => {
  await worker.stop();
  await sink.stop();
  await t.close();
});

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const respondent = (query: string, variables: Record<string, unknown>) => {
  return t.graphql(query, variables).then((res) => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res;
  });
};

/** Every text, varchar and json(b) column of every table in every schema holding `value`: "schema.table.column". */
async function columnsHolding(value: string): Promise<string[]> {
  expect(value.length).toBeGreaterThan(8);
  const columns = (await t.dataSource.query(
    `SELECT c.table_schema, c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
      WHERE tb.table_type = 'BASE TABLE'
        AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')`,
  )) as Array<{ table_schema: string; table_name: string; column_name: string }>;
  expect(columns.length).toBeGreaterThan(50);
  const found: string[] = [];
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const { table_schema, table_name, column_name } of columns) {
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM ${ident(table_schema)}.${ident(table_name)}
        WHERE strpos(lower(${ident(column_name)}::text), lower($1)) > 0`,
      [value],
    )) as [{ n: number }];
    if (n) found.push(`${table_schema}.${table_name}.${column_name}`);
  }
  return found;
}

let researcher: Awaited<ReturnType<typeof signInAs>>;
let companyId = "";
let invitationId = "";
let token = "";

/** A company contacted over real SMTP: one refused attempt, one delivery, a bounced reminder, then an answer. */
beforeAll(async () => {
  researcher = await signInAs(t, "researcher");
  const created = await researcher<{ createCompany: { id: string } }>(
    `mutation($input: CompanyInput!) { createCompany(input: $input) { id } }`,
    {
      input: {
        name: "Ghimpele Erasure SRL",
        registrationCode: withCheckDigit(8_123_457),
        county: "BH",
        employees: 30,
        turnoverEur: 2_000_000,
        balanceSheetEur: 1_000_000,
        hasMarketingDept: true,
        contactName: CONTACT.name,
        contactEmail: CONTACT.email,
      },
    },
  );
  companyId = created.data!.createCompany.id;

  // The first attempt is refused for now (an error text, a failed pg-boss attempt), the retry is delivered.
  sink.refuseWith = 451;
  const invited = await researcher<{ inviteCompanies: { invitations: Array<{ id: string }> } }>(
    `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invitations { id } } }`,
    { input: { companyIds: [companyId], locale: "ro" } },
  );
  const [invitation] = invited.data!.inviteCompanies.invitations as [{ id: string }];
  invitationId = invitation.id;
  // The API never shows the link; the e-mail carries it, as the database holds it.
  [{ token }] = await t.dataSource.query(`SELECT token FROM invitations WHERE id = $1`, [invitationId]);
  await waitUntil(
    async () =>
      (
        await t.dataSource.query(
          `SELECT 1 FROM email_messages WHERE invitation_id = $1 AND last_error IS NOT NULL`,
          [invitationId],
        )
      ).length > 0,
    20_000,
    "a refused attempt",
  );
  sink.refuseWith = null;
  const [delivered] = await sink.waitFor(1);
  expect(delivered!.to).toEqual([CONTACT.email]);

  // The manager starts answering; a reminder then bounces (unknown mailbox), leaving the server's answer on record.
  await respondent(`query($t: String!) { respondentSession(token: $t) { status } }`, { t: token });
  await respondent(
    `mutation($t: String!, $v: String!) { giveConsent(token: $t, consentVersion: $v, locale: ro) { status } }`,
    { t: token, v: CONSENT_VERSION },
  );
  await respondent(
    `mutation($t: String!, $p: ProfileInput!) { saveProfile(token: $t, profile: $p) { status } }`,
    {
      t: token,
      p: {
        county: "BH",
        employees: 30,
        turnoverEur: 2_000_000,
        balanceSheetEur: 1_000_000,
        hasMarketingDept: true,
      },
    },
  );
  sink.unknownRecipients.add(CONTACT.email);
  // The reminder policy allows one only REMINDER_MIN_INTERVAL_DAYS after the invitation.
  await t.dataSource.query(`UPDATE invitations SET sent_at = sent_at - interval '10 days' WHERE id = $1`, [
    invitationId,
  ]);
  await researcher(`mutation($ids: [ID!]) { sendReminders(input: { invitationIds: $ids }) { queued } }`, {
    ids: [invitationId],
  });
  await waitUntil(
    async () =>
      (
        await t.dataSource.query(
          `SELECT 1 FROM email_messages WHERE invitation_id = $1 AND kind = 'reminder' AND status = 'bounced'
              AND last_error IS NOT NULL`,
          [invitationId],
        )
      ).length > 0,
    20_000,
    "the bounce",
  );
  for (const id of ITEM_IDS)
    await respondent(
      `mutation($t: String!, $i: String!) { saveAnswer(token: $t, itemId: $i, value: 4) { status } }`,
      {
        t: token,
        i: id,
      },
    );
  await respondent(`mutation($t: String!) { submitResponse(token: $t) { totalScore } }`, { t: token });
}, 60_000);

it("gives, on an access request, everything held about the company", async () => {
  const res = await researcher<{ exportCompanyData: Record<string, unknown> }>(
    `mutation($id: ID!) { exportCompanyData(id: $id) }`,
    { id: companyId },
  );
  const data = res.data!.exportCompanyData as {
    emails: Array<Record<string, unknown>>;
    auditTrail: Array<Record<string, unknown>>;
  };
  expect(data).toMatchObject({
    company: { id: companyId, contactName: CONTACT.name, contactEmail: CONTACT.email },
    invitations: [{ id: invitationId, status: "completed", consentVersion: CONSENT_VERSION }],
    responses: [
      { status: "submitted", totalScore: 80, answers: Object.fromEntries(ITEM_IDS.map((id) => [id, 4])) },
    ],
  });
  expect(data.emails).toEqual([
    expect.objectContaining({
      kind: "invitation",
      recipient: CONTACT.email,
      subject: expect.stringContaining("Ghimpele Erasure SRL"),
      body: expect.stringContaining("[link removed]"),
      status: "sent",
      attempts: 2,
      sentAt: expect.any(String),
      createdAt: expect.any(String),
    }),
    expect.objectContaining({ kind: "reminder", status: "bounced", lastError: expect.any(String) }),
  ]);
  expect(data.auditTrail.map((e) => e.action)).toEqual([
    "company.create",
    "invitation.create",
    "reminder.send",
  ]);
  expect(data.auditTrail[0]).toMatchObject({ by: "researcher", subjectId: companyId });
  // The link is a credential, not data about the company.
  expect(JSON.stringify(data)).not.toContain(token);
});

it("erases the company's personal data from every table and column, and its link opens nothing", async () => {
  // The scan finds the contact where it belongs, and the mail server's answers were stored without the address.
  expect(await columnsHolding(CONTACT.email)).toEqual(
    expect.arrayContaining(["public.companies.contact_email", "public.email_messages.recipient"]),
  );
  expect((await columnsHolding(CONTACT.email)).filter((c) => /last_error|pgboss/.test(c))).toEqual([]);
  expect(await columnsHolding(CONTACT.name)).toEqual(
    expect.arrayContaining(["public.companies.contact_name", "public.email_messages.body"]),
  );
  expect(await columnsHolding(token)).toEqual(
    expect.arrayContaining(["public.invitations.token", "public.email_messages.body"]),
  );

  const erased = await researcher(
    `mutation($id: ID!) { eraseCompany(id: $id, includeResponses: false) { id } }`,
    {
      id: companyId,
    },
  );
  expect(erased.errors).toBeUndefined();

  for (const value of [CONTACT.email, CONTACT.name, "vulturescu", token])
    expect(await columnsHolding(value)).toEqual([]);
  const unavailable = await t.graphql(`query($t: String!) { respondentSession(token: $t) { status } }`, {
    t: token,
  });
  expect(code(unavailable)).toBe("INVITATION_UNAVAILABLE");
  // What the study may keep stays: the answers, and the record that e-mails were sent and one bounced.
  expect(
    await t.dataSource.query(`SELECT status, total_score FROM responses WHERE company_id = $1`, [companyId]),
  ).toEqual([{ status: "submitted", total_score: 80 }]);
  expect(
    await t.dataSource.query(
      `SELECT kind, status, subject, body, last_error FROM email_messages WHERE invitation_id = $1 ORDER BY kind`,
      [invitationId],
    ),
  ).toEqual([
    { kind: "invitation", status: "sent", subject: "", body: "", last_error: null },
    { kind: "reminder", status: "bounced", subject: "", body: "", last_error: null },
  ]);
});
