import { PassThrough } from "node:stream";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import type { MailWorker } from "../../src/modules/mail/mail-worker";
import { startMailWorker } from "../support/mail-worker";
import { createInvitation } from "../support/fixtures";
import { createDatabase, dropDatabase, ownDatabaseName, runSql } from "../support/test-database";
import { signInAs } from "../support/sign-in";
import { SmtpSink, waitUntil } from "../support/smtp-sink";
import { startTestApp, type TestApp } from "../support/test-app";

const EMAIL = /[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}/i;

let t: TestApp;
let sink: SmtpSink;
let worker: MailWorker;
let log = "";
const DATABASE = ownDatabaseName("log_privacy");

beforeAll(async () => {
  // A trigger in a database of its own makes writes fail the way a broken database would.
  const databaseUrl = await createDatabase(DATABASE, { fresh: true });
  await runSql(
    databaseUrl,
    `CREATE FUNCTION refuse_company() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF NEW.contact_email LIKE 'refused.%' THEN RAISE EXCEPTION 'cannot store a company for %', NEW.contact_email; END IF;
       RETURN NEW;
     END $$;
     CREATE TRIGGER refuse_company BEFORE INSERT ON companies FOR EACH ROW EXECUTE FUNCTION refuse_company();`,
  );

  const captured = new PassThrough();
  captured.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  sink = new SmtpSink();
  await sink.start();
  t = await startTestApp(
    { LOG_LEVEL: "debug", SMTP_URL: sink.url, MAIL_POLL_SECONDS: "0.5", MAIL_SEND_TIMEOUT_SECONDS: "3" },
    { databaseUrl, logSink: captured },
  );
  worker = await startMailWorker(t, { databaseUrl, log: t.log });
});
afterAll(async () => {
  await worker.stop();
  await sink.stop();
  await t.close();
  await dropDatabase(DATABASE);
});

describe("personal data never reaches the log", () => {
  it("logs a failed operation without the address it was about or the query's parameters", async () => {
    const researcher = await signInAs(t, "researcher");
    const res = await researcher(`mutation($i: CompanyInput!) { createCompany(input: $i) { id } }`, {
      i: {
        name: "Crișul Refuzat SRL",
        registrationCode: "RO14399840",
        county: "BH",
        contactEmail: "refused.manager@example.ro",
      },
    });
    expect(res.errors![0]!.extensions!.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(res)).not.toContain("refused.manager");

    await waitUntil(
      async () => log.includes("unexpected error in a GraphQL operation"),
      5_000,
      "the log line",
    );
    const line = log.split("\n").find((l) => l.includes("unexpected error in a GraphQL operation"))!;
    expect(line).toContain("cannot store a company for ***@***");
    expect(line).not.toMatch(EMAIL);
    expect(line).not.toContain("parameters");
    expect(line).not.toContain("Crișul Refuzat");
    expect(log).not.toContain(researcher.email);
    expect(log).not.toContain(researcher.cookie()!.split("=")[1]);
  });

  it("masks the recipient in an SMTP rejection, in the log and on the stored e-mail", async () => {
    const researcher = await signInAs(t, "researcher");
    const { company, invitation, token } = await createInvitation(t.dataSource, {
      company: { contactEmail: "unknown.mailbox@example.ro" },
    });
    await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
    sink.unknownRecipients.add("unknown.mailbox@example.ro");
    const invited = await researcher(
      `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited } }`,
      { input: { companyIds: [company.id], locale: "ro" } },
    );
    expect(invited.errors).toBeUndefined();
    const { token: sentToken } = await t.dataSource
      .getRepository(Invitation)
      .findOneByOrFail({ companyId: company.id });

    await waitUntil(
      async () => (await t.dataSource.getRepository(EmailMessage).findOneBy({}))?.status === "bounced",
      15_000,
      "the bounce",
    );
    const [message] = await t.dataSource.getRepository(EmailMessage).find();
    expect(message!.lastError).toMatch(/No such mailbox/);
    expect(message!.lastError).not.toMatch(EMAIL);

    await waitUntil(async () => log.includes("e-mail refused by the mail server"), 5_000, "the log line");
    expect(log).toMatch(/"msg":"e-mail refused by the mail server"/);
    expect(log).not.toMatch(EMAIL);
    expect(log).not.toContain(token);
    expect(log).not.toContain(sentToken);
  });
});
