import type { Company } from "../../src/modules/companies/company.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import type { MailWorker } from "../../src/modules/mail/mail-worker";
import { startMailWorker } from "../support/mail-worker";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { SmtpSink, waitUntil } from "../support/smtp-sink";
import { startTestApp, type TestApp } from "../support/test-app";

const INVITE = `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) {
  invited invitations { id companyId status } skipped { companyId reason } } }`;

const FAST_MAIL = {
  MAIL_RETRY_DELAY_SECONDS: "1",
  MAIL_RETRY_LIMIT: "6",
  MAIL_SEND_TIMEOUT_SECONDS: "3",
  MAIL_POLL_SECONDS: "0.5",
  PUBLIC_URL: "https://survey.example.org",
};

let t: TestApp;
let sink: SmtpSink;
let worker: MailWorker;

/** Companies that have no invitation yet (the fixture invites; this removes it). */
async function companies(n: number, overrides: Partial<Company> = {}): Promise<Company[]> {
  const list: Company[] = [];
  for (let i = 0; i < n; i++) {
    const { company, invitation } = await createInvitation(t.dataSource, { company: overrides });
    await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
    list.push(company);
  }
  return list;
}

beforeAll(async () => {
  sink = new SmtpSink();
  await sink.start();
  t = await startTestApp({ ...FAST_MAIL, SMTP_URL: sink.url });
  await t.reset();
  worker = await startMailWorker(t);
});
beforeEach(async () => {
  await t.reset();
  sink.received.length = 0;
  sink.refuseWith = null;
});
afterAll(async () => {
  await worker.stop();
  await sink.stop();
  await t.close();
});

const statuses = async () =>
  (await t.dataSource.getRepository(EmailMessage).find()).map((m) => m.status).sort();

describe("invitation e-mails over SMTP", () => {
  it("delivers each company's personal link in its language, once, and marks the invitation sent", async () => {
    const researcher = await signInAs(t, "researcher");
    const [ro] = await companies(1, { contactName: "Ana Pop" });
    const [en] = await companies(1);
    const resRo = await researcher(INVITE, { input: { companyIds: [ro!.id], locale: "ro" } });
    const resEn = await researcher(INVITE, { input: { companyIds: [en!.id], locale: "en" } });
    expect(resRo.errors).toBeUndefined();
    expect(resEn.errors).toBeUndefined();

    const received = await sink.waitFor(2);
    // The link is a credential the API never shows: the e-mail is where it goes, as the database holds it.
    const linkOf = async (r: typeof resRo) => {
      const { id } = (r.data as { inviteCompanies: { invitations: Array<{ id: string }> } }).inviteCompanies
        .invitations[0]!;
      const { token } = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id });
      return `https://survey.example.org/r/${token}`;
    };
    const toRo = received.find((e) => e.to[0] === ro!.contactEmail)!;
    const toEn = received.find((e) => e.to[0] === en!.contactEmail)!;
    expect(toRo.subject).toMatch(
      /^Invitație: studiu despre colaborarea dintre vânzări și marketing – Crișul/,
    );
    expect(toRo.text).toContain("Bună ziua, Ana Pop,");
    expect(toRo.text).toContain(await linkOf(resRo));
    expect(toEn.subject).toMatch(/^Invitation: a study of sales–marketing collaboration/);
    expect(toEn.text).toContain("Dear Sir or Madam,");
    expect(toEn.text).toContain(await linkOf(resEn));

    const rows = await t.dataSource.getRepository(EmailMessage).find();
    expect(new Set(received.map((e) => e.messageId))).toEqual(new Set(rows.map((r) => r.messageId)));
    await waitUntil(async () => (await statuses()).every((s) => s === "sent"), 5000, "rows marked sent");
    const invitations = await t.dataSource.getRepository(Invitation).find();
    expect(invitations.map((i) => i.status)).toEqual(["sent", "sent"]);
    expect(invitations.every((i) => i.sentAt)).toBe(true);
  });

  it("keeps retrying through an outage (server down, then answering 421) and delivers every message once", async () => {
    const researcher = await signInAs(t, "researcher");
    const list = await companies(5);
    await sink.stop();
    const res = await researcher(INVITE, { input: { companyIds: list.map((c) => c.id), locale: "ro" } });
    expect(res.errors).toBeUndefined();
    await waitUntil(
      async () =>
        (await t.dataSource.getRepository(EmailMessage).find()).some((m) => m.attempts > 0 && m.lastError),
      10_000,
      "a failed attempt",
    );
    await sink.start(sink.port);
    sink.refuseWith = 421;
    await waitUntil(
      async () =>
        (await t.dataSource.getRepository(EmailMessage).find()).some((m) =>
          /Try again later/.test(m.lastError ?? ""),
        ),
      15_000,
      "an attempt refused with 421",
    );
    expect(sink.received).toHaveLength(0);
    sink.refuseWith = null;

    const received = await sink.waitFor(5, 40_000);
    await waitUntil(async () => (await statuses()).every((s) => s === "sent"), 10_000, "all sent");
    await new Promise((r) => setTimeout(r, 1500)); // any duplicate would arrive now
    const ids = received.map((e) => e.messageId);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(new Set(received.map((e) => e.to[0]))).toEqual(new Set(list.map((c) => c.contactEmail)));
    const rows = await t.dataSource.getRepository(EmailMessage).find();
    expect(rows.every((r) => r.lastError === null)).toBe(true);
    expect(rows.some((r) => r.attempts >= 2)).toBe(true);
  }, 90_000);

  it("records a refused address as bounced at once, without retrying, and never reminds it", async () => {
    const researcher = await signInAs(t, "researcher");
    const [company] = await companies(1, { contactEmail: "nobody@example.ro" });
    sink.unknownRecipients.add("nobody@example.ro");
    const res = await researcher(INVITE, { input: { companyIds: [company!.id], locale: "en" } });
    expect(res.errors).toBeUndefined();
    await waitUntil(async () => (await statuses())[0] === "bounced", 10_000, "bounce");
    const [message] = await t.dataSource.getRepository(EmailMessage).find();
    expect(message!.attempts).toBe(1);
    expect(message!.lastError).toMatch(/550|No such mailbox/);
    const [invitation] = await t.dataSource.getRepository(Invitation).find();
    expect(invitation!.status).toBe("bounced");
    const deliveries = await researcher(
      `{ emailDeliveries(statuses: [bounced, failed]) { total items { recipient status attempts lastError } } }`,
    );
    expect(deliveries.data).toEqual({
      emailDeliveries: {
        total: 1,
        items: [
          { recipient: "nobody@example.ro", status: "bounced", attempts: 1, lastError: expect.any(String) },
        ],
      },
    });
    const reminders = await researcher(
      `mutation($i: SendRemindersInput!) { sendReminders(input: $i) { queued skipped { reason } } }`,
      { i: { invitationIds: [invitation!.id] } },
    );
    expect(reminders.data).toEqual({ sendReminders: { queued: 0, skipped: [{ reason: "BOUNCED" }] } });
    sink.unknownRecipients.clear();
  });
});
