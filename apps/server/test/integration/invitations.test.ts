import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
import { ReminderService } from "../../src/modules/invitations/reminder.service";
import { MailQueue } from "../../src/modules/mail/mail-queue";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

const INVITE = `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited skipped { reason } } }`;
const REMIND = `mutation($i: SendRemindersInput!) { sendReminders(input: $i) { queued skipped { invitationId reason } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

async function uninvitedCompany(overrides = {}) {
  const { company, invitation } = await createInvitation(t.dataSource, { company: overrides });
  await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
  return company;
}
const nothingWritten = async () => {
  expect(await t.dataSource.getRepository(Invitation).count()).toBe(0);
  expect(await t.dataSource.getRepository(EmailMessage).count()).toBe(0);
};

describe("inviting companies", () => {
  it("answers who may not invite: anonymous UNAUTHENTICATED, viewer FORBIDDEN", async () => {
    const company = await uninvitedCompany();
    const input = { companyIds: [company.id], locale: "ro" };
    expect((await t.graphql(INVITE, { input })).errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const viewer = await signInAs(t, "viewer");
    expect((await viewer(INVITE, { input })).errors![0]!.extensions!.code).toBe("FORBIDDEN");
    await nothingWritten();
  });

  it("refuses malformed ids, unknown ids and a past expiry date, writing nothing", async () => {
    const researcher = await signInAs(t, "researcher");
    const company = await uninvitedCompany();
    const malformed = await researcher(INVITE, { input: { companyIds: [company.id, "42"], locale: "ro" } });
    expect(malformed.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "companyIds[1]", code: "NOT_AN_ID", params: { value: "42" } }],
    });
    const empty = await researcher(INVITE, { input: { companyIds: [], locale: "ro" } });
    expect(empty.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "companyIds", code: "LIST_EMPTY" }],
    });
    const language = await researcher(INVITE, { input: { companyIds: [company.id], locale: "de" } });
    expect(language.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const unknown = await researcher(INVITE, {
      input: { companyIds: [company.id, "00000000-0000-4000-8000-000000000000"], locale: "ro" },
    });
    expect(unknown.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const past = await researcher(INVITE, {
      input: { companyIds: [company.id], locale: "ro", expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(past.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "expiresAt", code: "NOT_IN_FUTURE" }],
    });
    await nothingWritten();
  });

  it("invites by filter once per company, skips those without e-mail, and audits it", async () => {
    const researcher = await signInAs(t, "researcher");
    await uninvitedCompany();
    await uninvitedCompany({ contactEmail: null });
    await uninvitedCompany({ county: "TM" });
    const input = { filter: { counties: ["BH"] }, locale: "ro" };
    const first = await researcher(INVITE, { input });
    expect(first.data).toEqual({
      inviteCompanies: { invited: 1, skipped: [{ reason: "NO_CONTACT_EMAIL" }] },
    });
    const again = await researcher(INVITE, { input });
    expect(again.data).toEqual({
      inviteCompanies: { invited: 0, skipped: [{ reason: "NO_CONTACT_EMAIL" }] },
    });
    expect(await t.dataSource.getRepository(EmailMessage).count()).toBe(1);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: "invitation.create" })).toBe(2);
  });
});

describe("concurrent invitations", () => {
  it("give a company one invitation even when two researchers invite it at the same moment", async () => {
    const [a, b] = [await signInAs(t, "researcher"), await signInAs(t, "researcher")];
    const company = await uninvitedCompany();
    const input = { companyIds: [company.id], locale: "ro" };
    const results = await Promise.all([a(INVITE, { input }), b(INVITE, { input })]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const reports = results.map((r) => (r.data as { inviteCompanies: { invited: number } }).inviteCompanies);
    expect(reports.map((r) => r.invited).sort()).toEqual([0, 1]);
    expect(await t.dataSource.getRepository(Invitation).count()).toBe(1);
    expect(await t.dataSource.getRepository(EmailMessage).count()).toBe(1);
  });
});

describe("naming companies that cannot be invited", () => {
  it("reports erased, ineligible and already invited companies and invites the rest", async () => {
    const researcher = await signInAs(t, "researcher");
    const fine = await uninvitedCompany();
    const large = await uninvitedCompany({ employees: 900, turnoverEur: 90_000_000 });
    const erased = await uninvitedCompany({ erasedAt: new Date(), contactEmail: null });
    const invited = await createInvitation(t.dataSource);
    const res = await researcher(
      `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited skipped { companyId reason } } }`,
      { input: { companyIds: [fine.id, large.id, erased.id, invited.company.id], locale: "ro" } },
    );
    const report = (res.data as { inviteCompanies: { invited: number; skipped: unknown[] } }).inviteCompanies;
    expect(report.invited).toBe(1);
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { companyId: large.id, reason: "INELIGIBLE" },
        { companyId: erased.id, reason: "ERASED" },
        { companyId: invited.company.id, reason: "ALREADY_INVITED" },
      ]),
    );
  });
});

describe("revoking", () => {
  it("disables the link, cancels unsent e-mails, is audited, and allows an explicit new invitation", async () => {
    const researcher = await signInAs(t, "researcher");
    const company = await uninvitedCompany();
    await researcher(INVITE, { input: { companyIds: [company.id], locale: "ro" } });
    const [invitation] = await t.dataSource.getRepository(Invitation).find();
    const res = await researcher(`mutation($id: ID!) { revokeInvitation(id: $id) { status revokedAt } }`, {
      id: invitation!.id,
    });
    expect(res.data).toEqual({ revokeInvitation: { status: "revoked", revokedAt: expect.any(String) } });
    const [message] = await t.dataSource.getRepository(EmailMessage).find();
    expect(message!.status).toBe("cancelled");
    const session = await t.graphql(`query($t: String!) { respondentSession(token: $t) { locale } }`, {
      t: invitation!.token,
    });
    expect(session.errors![0]!.extensions).toMatchObject({
      code: "INVITATION_UNAVAILABLE",
      reason: "REVOKED",
    });
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: "invitation.revoke" })).toBe(1);
    // Only an explicit re-invitation, with a reason, invites the company again.
    const bulk = await researcher(INVITE, { input: { companyIds: [company.id], locale: "en" } });
    expect(bulk.data).toEqual({
      inviteCompanies: { invited: 0, skipped: [{ reason: "REVOKED_OR_REFUSED" }] },
    });
    const again = await researcher(
      `mutation($i: ReinviteCompanyInput!) { reinviteCompany(input: $i) { status locale } }`,
      { i: { companyId: company.id, reason: "sent to the wrong person", locale: "en" } },
    );
    expect(again.data).toEqual({ reinviteCompany: { status: "created", locale: "en" } });
  });

  it("answers NOT_FOUND for an unknown or malformed id", async () => {
    const researcher = await signInAs(t, "researcher");
    for (const id of ["nope", "00000000-0000-4000-8000-000000000000"]) {
      const res = await researcher(`mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, { id });
      expect(res.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    }
  });
});

describe("progress", () => {
  it("counts invitations per county by status, an open link past its expiry date as expired", async () => {
    const viewer = await signInAs(t, "viewer");
    await createInvitation(t.dataSource);
    await createInvitation(t.dataSource, { invitation: { status: "completed" } });
    await createInvitation(t.dataSource, { invitation: { expiresAt: new Date(Date.now() - 1000) } });
    await createInvitation(t.dataSource, { company: { county: "TM" }, invitation: { status: "opened" } });
    const res = await viewer(`{ invitationCounts { county total sent opened completed expired } }`);
    expect(res.data).toEqual({
      invitationCounts: [
        { county: "BH", total: 3, sent: 1, opened: 0, completed: 1, expired: 1 },
        { county: "TM", total: 1, sent: 0, opened: 1, completed: 0, expired: 0 },
      ],
    });
    const expired = await viewer(`{ invitations(statuses: [expired]) { total items { status county } } }`);
    expect(expired.data).toEqual({
      invitations: {
        total: 1,
        items: [{ status: "expired", county: "BH" }],
      },
    });
  });
});

describe("scheduled reminders", () => {
  const DAY = 86_400_000;

  it("follow REMINDER_DAYS (7, 14) from the sending date, once per step, never to finished invitations", async () => {
    const reminders = new ReminderService(t.dataSource, new MailQueue(t.env), t.env);
    const sentAt = new Date(Date.now() - 20 * DAY);
    const open = await createInvitation(t.dataSource, { invitation: { sentAt } });
    await createInvitation(t.dataSource, { invitation: { sentAt, status: "completed" } });
    await createInvitation(t.dataSource, { invitation: { sentAt, status: "screened_out" } });
    await createInvitation(t.dataSource, { invitation: { sentAt, status: "revoked" } });
    const recent = await createInvitation(t.dataSource, { invitation: { sentAt: new Date() } });
    const at = (days: number) => new Date(sentAt.getTime() + days * DAY);

    expect(await reminders.sendDueReminders(at(6))).toBe(0);
    expect(await reminders.sendDueReminders(at(7.1))).toBe(1);
    expect(await reminders.sendDueReminders(at(7.2))).toBe(0); // step 1 is done, step 2 is not due
    expect(await reminders.sendDueReminders(at(14.2))).toBe(1);
    expect(await reminders.sendDueReminders(at(40))).toBe(1); // the recent one's first step; no third step

    const messages = await t.dataSource.getRepository(EmailMessage).find({ order: { createdAt: "ASC" } });
    expect(messages.map((m) => [m.invitationId, m.reminderStep])).toEqual([
      [open.invitation.id, 1],
      [open.invitation.id, 2],
      [recent.invitation.id, 1],
    ]);
    const invitation = await t.dataSource
      .getRepository(Invitation)
      .findOneByOrFail({ id: open.invitation.id });
    expect(invitation.remindersSent).toBe(2);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: "reminder.send" })).toBe(3);
  });
});

describe("reminders", () => {
  it("go only to open invitations, never to completed or screened-out ones, and never twice in a day", async () => {
    const researcher = await signInAs(t, "researcher");
    const open = await createInvitation(t.dataSource, {
      invitation: { sentAt: new Date(Date.now() - 10 * 86_400_000) },
    });
    const completed = await createInvitation(t.dataSource, { invitation: { status: "completed" } });
    const screened = await createInvitation(t.dataSource, { invitation: { status: "screened_out" } });
    const ids = [open, completed, screened].map((x) => x.invitation.id);
    const res = await researcher(REMIND, { i: { invitationIds: ids } });
    expect(res.data).toEqual({
      sendReminders: {
        queued: 1,
        skipped: expect.arrayContaining([
          { invitationId: completed.invitation.id, reason: "COMPLETED" },
          { invitationId: screened.invitation.id, reason: "SCREENED_OUT" },
        ]),
      },
    });
    const second = await researcher(REMIND, { i: { invitationIds: [open.invitation.id] } });
    expect(second.data).toEqual({
      sendReminders: {
        queued: 0,
        skipped: [{ invitationId: open.invitation.id, reason: "TOO_EARLY" }],
      },
    });
    const messages = await t.dataSource.getRepository(EmailMessage).find();
    expect(messages.map((m) => [m.invitationId, m.kind, m.reminderStep])).toEqual([
      [open.invitation.id, "reminder", 1],
    ]);
  });
});

describe("reminders by county", () => {
  it("remind the open invitations of the chosen counties only, and need ids or a filter", async () => {
    const researcher = await signInAs(t, "researcher");
    const timis = await createInvitation(t.dataSource, {
      company: { county: "TM" },
      invitation: { status: "started", sentAt: new Date(Date.now() - 10 * 86_400_000) },
    });
    await createInvitation(t.dataSource, { company: { county: "TM" }, invitation: { status: "completed" } });
    await createInvitation(t.dataSource); // Bihor
    const res = await researcher(REMIND, { i: { filter: { counties: ["TM"] } } });
    expect(res.data).toEqual({ sendReminders: { queued: 1, skipped: [] } });
    const [message] = await t.dataSource.getRepository(EmailMessage).find();
    expect(message!.invitationId).toBe(timis.invitation.id);
    const neither = await researcher(REMIND, { i: {} });
    expect(neither.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });
});

describe("e-mail templates", () => {
  it("keep who edited them as an account id and show that account's name as it is now", async () => {
    const researcher = await signInAs(t, "researcher");
    const me = (await researcher<{ me: { id: string } }>(`{ me { id } }`)).data!.me;
    const FIELDS = "kind locale isDefault updatedById updatedByName";
    const saved = await researcher<{ updateEmailTemplate: Record<string, unknown> }>(
      `mutation($i: EmailTemplateInput!) { updateEmailTemplate(input: $i) { ${FIELDS} } }`,
      { i: { kind: "reminder", locale: "en", subject: "A reminder", body: "Please answer: {{link}}" } },
    );
    expect(saved.data!.updateEmailTemplate).toEqual({
      kind: "reminder",
      locale: "en",
      isDefault: false,
      updatedById: me.id,
      updatedByName: "researcher",
    });
    expect(await t.dataSource.query(`SELECT updated_by::text AS by FROM email_templates`)).toEqual([
      { by: me.id },
    ]);

    await t.dataSource.query(`UPDATE accounts SET display_name = 'Ana Pop' WHERE id = $1`, [me.id]);
    const listed = (
      await researcher<{ emailTemplates: Array<Record<string, unknown>> }>(`{ emailTemplates { ${FIELDS} } }`)
    ).data!.emailTemplates;
    expect(listed).toContainEqual({ ...saved.data!.updateEmailTemplate, updatedByName: "Ana Pop" });
    expect(listed).toContainEqual({
      kind: "invitation",
      locale: "ro",
      isDefault: true,
      updatedById: null,
      updatedByName: null,
    });
  });

  it("refuses a template without {{link}} or with an unknown placeholder, and keeps the old text", async () => {
    const researcher = await signInAs(t, "researcher");
    const res = await researcher(
      `mutation($i: EmailTemplateInput!) { updateEmailTemplate(input: $i) { subject } }`,
      { i: { kind: "invitation", locale: "ro", subject: "Salut {{firma}}", body: "Bună ziua" } },
    );
    expect(res.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [
        {
          field: "subject",
          code: "UNKNOWN_PLACEHOLDER",
          params: expect.objectContaining({ placeholder: "{{firma}}" }),
        },
        { field: "body", code: "MISSING_LINK" },
      ],
    });
    const templates = await researcher(`{ emailTemplates { kind locale subject } }`);
    expect(templates.data!.emailTemplates).toContainEqual({
      kind: "invitation",
      locale: "ro",
      subject: expect.stringMatching(/^Invitație/),
    });
  });
});
