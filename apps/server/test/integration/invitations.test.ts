import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
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
      fieldErrors: [{ field: "companyIds[1]", message: '"42" is not a valid id' }],
    });
    const unknown = await researcher(INVITE, {
      input: { companyIds: [company.id, "00000000-0000-4000-8000-000000000000"], locale: "ro" },
    });
    expect(unknown.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const past = await researcher(INVITE, {
      input: { companyIds: [company.id], locale: "ro", expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(past.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "expiresAt", message: "must be in the future" }],
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

describe("reminders", () => {
  it("go only to open invitations, never to completed or screened-out ones, and never twice in a day", async () => {
    const researcher = await signInAs(t, "researcher");
    const open = await createInvitation(t.dataSource);
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
        skipped: [{ invitationId: open.invitation.id, reason: "REMINDED_RECENTLY" }],
      },
    });
    const messages = await t.dataSource.getRepository(EmailMessage).find();
    expect(messages.map((m) => [m.invitationId, m.kind, m.reminderStep])).toEqual([
      [open.invitation.id, "reminder", 1],
    ]);
  });
});

describe("e-mail templates", () => {
  it("refuses a template without {{link}} or with an unknown placeholder, and keeps the old text", async () => {
    const researcher = await signInAs(t, "researcher");
    const res = await researcher(
      `mutation($i: EmailTemplateInput!) { updateEmailTemplate(input: $i) { subject } }`,
      { i: { kind: "invitation", locale: "ro", subject: "Salut {{firma}}", body: "Bună ziua" } },
    );
    expect(res.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [
        { field: "subject", message: expect.stringMatching(/unknown placeholder \{\{firma\}\}/) },
        { field: "body", message: expect.stringMatching(/must contain \{\{link\}\}/) },
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
