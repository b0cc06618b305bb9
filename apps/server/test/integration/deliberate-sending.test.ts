import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { ScheduledSend } from "../../src/modules/invitations/scheduled-send.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { createInvitation } from "../support/fixtures";
import { startMailWorker } from "../support/mail-worker";
import { signInAs } from "../support/sign-in";
import { waitUntil } from "../support/smtp-sink";
import { startSmtpTestApp, type SmtpTestApp } from "../support/smtp-test-app";

const DAY = 86_400_000;
const PREVIEW_FIELDS = `kind count more selectionKey
  recipients { id companyName county locale } skipped { reason count }
  email { companyName locale template subject text html }`;
const INVITATION_PREVIEW = `query($input: InviteCompaniesInput!, $limit: Int) {
  invitationPreview(input: $input, limit: $limit) { ${PREVIEW_FIELDS} } }`;
const REMINDER_PREVIEW = `query($input: SendRemindersInput!, $sendAt: DateTimeISO) {
  reminderPreview(input: $input, sendAt: $sendAt) { ${PREVIEW_FIELDS} } }`;
const INVITE = `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited } }`;
const REMIND = `mutation($input: SendRemindersInput!) { sendReminders(input: $input) { queued } }`;
const SCHEDULE = `mutation($input: ScheduleSendInput!) {
  scheduleSend(input: $input) { id kind count status sendAt createdByName } }`;
const CANCEL = `mutation($id: ID!) { cancelScheduledSend(id: $id) { id status cancelledAt } }`;
const SCHEDULED = `{ scheduledSends { id status queued skipped } }`;
const TEST_EMAIL = `mutation($input: TestEmailInput!) { sendTestEmail(input: $input) { recipient subject } }`;
const EXTEND = `mutation($id: ID!, $input: ExtendExpiryInput!) {
  extendInvitationExpiry(id: $id, input: $input) { id status expiresAt } }`;

interface Preview {
  kind: string;
  count: number;
  more: number;
  selectionKey: string;
  recipients: Array<{ id: string; companyName: string; county: string; locale: string }>;
  skipped: Array<{ reason: string; count: number }>;
  email: {
    companyName: string;
    locale: string;
    template: string;
    subject: string;
    text: string;
    html: string;
  };
}

let t: SmtpTestApp;

beforeAll(async () => {
  t = await startSmtpTestApp({ TEST_EMAILS_PER_HOUR: "2" });
});
beforeEach(() => t.reset());
afterAll(() => t.close());

/** Eligible Bihor companies with a manager's e-mail and no invitation yet, named so they sort as listed. */
async function uninvitedCompanies(names: string[]) {
  const companies = [];
  for (const name of names) {
    const { company, invitation } = await createInvitation(t.dataSource, { company: { name } });
    await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
    companies.push(company);
  }
  return companies;
}

const bihor = { filter: { counties: ["BH"], onlyEligible: true, notYetInvited: true }, locale: "ro" };
const emailCount = () => t.dataSource.getRepository(EmailMessage).count();
const codeOf = (res: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  res.errors?.[0]?.extensions?.code;

async function invitationPreview(researcher: Awaited<ReturnType<typeof signInAs>>, limit?: number) {
  const res = await researcher(INVITATION_PREVIEW, { input: bihor, limit });
  expect(res.errors).toBeUndefined();
  return (res.data as { invitationPreview: Preview }).invitationPreview;
}

describe("a bulk invitation's preview", () => {
  it("lists who would get it and renders one e-mail, sends nothing, and its confirmation sends exactly those", async () => {
    const researcher = await signInAs(t, "researcher");
    await uninvitedCompanies(["Arieș Mobila SRL", "Beiuș Lactate SRL", "Crișul Logistic SRL"]);
    await createInvitation(t.dataSource, { company: { name: "Deja Invitată SRL" } });

    const preview = await invitationPreview(researcher, 2);
    expect(preview).toMatchObject({ kind: "invitation", count: 3, more: 1 });
    expect(preview.recipients.map((r) => [r.companyName, r.county, r.locale])).toEqual([
      ["Arieș Mobila SRL", "BH", "ro"],
      ["Beiuș Lactate SRL", "BH", "ro"],
    ]);
    expect(preview.email).toMatchObject({
      companyName: "Arieș Mobila SRL",
      locale: "ro",
      template: "invitation",
    });
    expect(preview.email.subject).toContain("Arieș Mobila SRL");
    expect(preview.email.text).toContain("20 de afirmații");
    // A placeholder where the personal and opt-out links go, never a real token.
    expect(preview.email.text).toContain("https://survey.example.org/r/[personal-link]");
    expect(preview.email.text).toContain("https://survey.example.org/optout/[personal-link]");
    expect(preview.email.html).toContain('<html lang="ro">');
    expect(preview.email.html).toContain("Arieș Mobila SRL");
    expect(await emailCount()).toBe(0);
    expect(await t.dataSource.getRepository(Invitation).count()).toBe(1);

    const sent = await researcher(INVITE, { input: { ...bihor, selectionKey: preview.selectionKey } });
    expect(sent.data).toEqual({ inviteCompanies: { invited: 3 } });
    const received = await t.sink.waitFor(3);
    expect(received.map((e) => e.subject).sort()).toEqual(
      [preview.email.subject, expect.stringContaining("Beiuș"), expect.stringContaining("Crișul")].sort(),
    );
    // The preview's text is the real e-mail's, but for the link.
    const first = received.find((e) => e.subject === preview.email.subject)!;
    const invitation = await t.dataSource.getRepository(Invitation).findOneOrFail({
      where: { company: { name: "Arieș Mobila SRL" } },
    });
    expect(first.text.trim()).toBe(
      preview.email.text
        .replace("/r/[personal-link]", `/r/${invitation.token}`)
        .replace("/optout/[personal-link]", `/optout/${invitation.optOutToken}`)
        .trim(),
    );
  });

  it("refuses a confirmation after the selection changed, and sends nothing", async () => {
    const researcher = await signInAs(t, "researcher");
    await uninvitedCompanies(["Arieș Mobila SRL", "Beiuș Lactate SRL"]);
    const preview = await invitationPreview(researcher);
    expect(preview.count).toBe(2);
    await uninvitedCompanies(["Crișul Logistic SRL"]);

    const refused = await researcher(INVITE, { input: { ...bihor, selectionKey: preview.selectionKey } });
    expect(codeOf(refused)).toBe("SELECTION_CHANGED");
    expect(refused.errors![0]!.message).toContain("now 3");
    expect(await t.dataSource.getRepository(Invitation).count()).toBe(0);
    expect(await emailCount()).toBe(0);

    // The new preview's key sends the new set.
    const again = await invitationPreview(researcher);
    expect(again.count).toBe(3);
    const sent = await researcher(INVITE, { input: { ...bihor, selectionKey: again.selectionKey } });
    expect(sent.data).toEqual({ inviteCompanies: { invited: 3 } });
  });
});

describe("a reminder's preview", () => {
  it("shows the invitations due in their own language, and a refusal in between stops the confirmation", async () => {
    const researcher = await signInAs(t, "researcher");
    const old = { status: "sent" as const, sentAt: new Date(Date.now() - 10 * DAY) };
    const a = await createInvitation(t.dataSource, { company: { name: "Arad Vin SRL" }, invitation: old });
    const b = await createInvitation(t.dataSource, {
      company: { name: "Bihor Lemn SRL" },
      invitation: { ...old, locale: "en" },
    });
    await createInvitation(t.dataSource, { company: { name: "Curând Trimisă SRL" } });
    const input = { filter: { counties: ["BH"] } };

    const res = await researcher(REMINDER_PREVIEW, { input });
    const preview = (res.data as { reminderPreview: Preview }).reminderPreview;
    expect(preview).toMatchObject({
      kind: "reminder",
      count: 2,
      more: 0,
      skipped: [{ reason: "TOO_EARLY", count: 1 }],
    });
    expect(preview.recipients.map((r) => [r.id, r.locale])).toEqual([
      [a.invitation.id, "ro"],
      [b.invitation.id, "en"],
    ]);
    expect(preview.email).toMatchObject({ companyName: "Arad Vin SRL", template: "reminder" });
    expect(await emailCount()).toBe(0);

    await t.dataSource.query(`UPDATE invitations SET status = 'refused', refused_at = now() WHERE id = $1`, [
      b.invitation.id,
    ]);
    const refused = await researcher(REMIND, { input: { ...input, selectionKey: preview.selectionKey } });
    expect(codeOf(refused)).toBe("SELECTION_CHANGED");
    expect(await emailCount()).toBe(0);
    expect(
      (await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: a.invitation.id })).remindersSent,
    ).toBe(0);
  });
});

describe("a scheduled send", () => {
  it("goes out only after its time, once, also when the worker restarts before it", async () => {
    const researcher = await signInAs(t, "researcher");
    await uninvitedCompanies(["Arieș Mobila SRL", "Beiuș Lactate SRL"]);
    const preview = await invitationPreview(researcher);
    const sendAt = new Date(Date.now() + 4000);
    const res = await researcher(SCHEDULE, {
      input: { invitations: { ...bihor, selectionKey: preview.selectionKey }, sendAt },
    });
    expect(res.errors).toBeUndefined();
    const scheduled = (res.data as { scheduleSend: { id: string } }).scheduleSend;
    expect(res.data).toMatchObject({
      scheduleSend: { kind: "invitation", count: 2, status: "scheduled", createdByName: "researcher" },
    });
    // A company added after the confirmation is not part of it.
    await uninvitedCompanies(["Crișul Logistic SRL"]);

    // The server restarts before the send's time: the schedule is in the database, not in the old worker.
    await t.worker.stop();
    t.worker = await startMailWorker(t);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await emailCount()).toBe(0);
    expect(Date.now()).toBeLessThan(sendAt.getTime());

    await t.sink.waitFor(2);
    expect(Date.now()).toBeGreaterThanOrEqual(sendAt.getTime());
    await waitUntil(
      async () =>
        (await t.dataSource.getRepository(ScheduledSend).findOneByOrFail({ id: scheduled.id })).status ===
        "done",
    );
    // Several more polls (and a second worker) later, nothing went out again.
    const second = await startMailWorker(t);
    await new Promise((r) => setTimeout(r, 2000));
    await second.stop();
    expect(t.sink.received).toHaveLength(2);
    expect(await t.dataSource.getRepository(Invitation).count()).toBe(2);
    const list = await researcher(SCHEDULED);
    expect(list.data).toEqual({
      scheduledSends: [{ id: scheduled.id, status: "done", queued: 2, skipped: 0 }],
    });
    const audits = await t.dataSource.getRepository(AuditEvent).findBy({ action: "invitation.create" });
    expect(audits.map((a) => a.details.scheduledSendId)).toEqual([scheduled.id]);
  });

  it("can be cancelled before its time, and then sends nothing", async () => {
    const researcher = await signInAs(t, "researcher");
    await uninvitedCompanies(["Arieș Mobila SRL"]);
    const preview = await invitationPreview(researcher);
    const res = await researcher(SCHEDULE, {
      input: {
        invitations: { ...bihor, selectionKey: preview.selectionKey },
        sendAt: new Date(Date.now() + 1500),
      },
    });
    const { id } = (res.data as { scheduleSend: { id: string } }).scheduleSend;
    const cancelled = await researcher(CANCEL, { id });
    expect(cancelled.data).toMatchObject({ cancelScheduledSend: { id, status: "cancelled" } });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await emailCount()).toBe(0);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: "send.schedule_cancel" })).toBe(1);
  });

  it("is refused without a preview's key, in the past, or when the selection changed", async () => {
    const researcher = await signInAs(t, "researcher");
    await uninvitedCompanies(["Arieș Mobila SRL"]);
    const preview = await invitationPreview(researcher);
    const later = new Date(Date.now() + DAY);
    const noKey = await researcher(SCHEDULE, { input: { invitations: bihor, sendAt: later } });
    expect(noKey.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ field: "selectionKey", code: "REQUIRED" }],
    });
    const past = await researcher(SCHEDULE, {
      input: {
        invitations: { ...bihor, selectionKey: preview.selectionKey },
        sendAt: new Date(Date.now() - 1000),
      },
    });
    expect(past.errors![0]!.extensions).toMatchObject({
      fieldErrors: [{ field: "sendAt", code: "SEND_TIME_OUT_OF_RANGE", params: { maxDays: 60 } }],
    });
    await uninvitedCompanies(["Beiuș Lactate SRL"]);
    const changed = await researcher(SCHEDULE, {
      input: { invitations: { ...bihor, selectionKey: preview.selectionKey }, sendAt: later },
    });
    expect(codeOf(changed)).toBe("SELECTION_CHANGED");
    expect(await t.dataSource.getRepository(ScheduledSend).count()).toBe(0);
  });
});

describe("a test e-mail", () => {
  it("reaches the researcher only, marked as a test with example links, and is limited per hour", async () => {
    const researcher = await signInAs(t, "researcher");
    await createInvitation(t.dataSource);
    const res = await researcher(TEST_EMAIL, { input: { template: "reminder_2", locale: "en" } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ sendTestEmail: { recipient: researcher.email } });
    const [email] = await t.sink.waitFor(1);
    expect(email!.to).toEqual([researcher.email]);
    expect(email!.subject).toMatch(/^\[TEST\] /);
    expect(email!.text).toContain("This is a test e-mail");
    expect(email!.text).toContain("Example Company SRL");
    expect(email!.text).toContain("https://survey.example.org/r/[personal-link]");
    expect(email!.html).toContain("This is a test e-mail");
    const audit = await t.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: "email.send_test" });
    expect(audit.details).toMatchObject({ template: "reminder_2", locale: "en" });
    expect(JSON.stringify(audit.details)).not.toContain(researcher.email);

    expect(
      (await researcher(TEST_EMAIL, { input: { template: "invitation", locale: "ro" } })).errors,
    ).toBeUndefined();
    const third = await researcher(TEST_EMAIL, { input: { template: "invitation", locale: "ro" } });
    expect(codeOf(third)).toBe("RATE_LIMITED");
    await t.sink.waitFor(2);
    await new Promise((r) => setTimeout(r, 1000));
    expect(t.sink.received.every((e) => e.to.join() === researcher.email)).toBe(true);
    expect(t.sink.received).toHaveLength(2);
    const bad = await researcher(TEST_EMAIL, { input: { template: "password_reset", locale: "ro" } });
    // The template is an enum of the three company e-mails: GraphQL refuses any other, naming the set.
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0]!.message).toMatch(/"password_reset" does not exist in "CompanyTemplate"/);
  });
});

describe("extending a link's expiry", () => {
  it("gives an expired link a later date, with a reason, and refuses an earlier one", async () => {
    const researcher = await signInAs(t, "researcher");
    const { invitation, token } = await createInvitation(t.dataSource, {
      invitation: { expiresAt: new Date(Date.now() - DAY) },
    });
    const session = `query($t: String!) { respondentSession(token: $t) { status } }`;
    expect((await t.graphql(session, { t: token })).errors).toBeDefined();

    const past = await researcher(EXTEND, {
      id: invitation.id,
      input: { expiresAt: new Date(Date.now() - 1000), reason: "Managerul revine în martie" },
    });
    expect(past.errors![0]!.extensions).toMatchObject({
      fieldErrors: [{ field: "expiresAt", code: "NOT_IN_FUTURE" }],
    });
    const noReason = await researcher(EXTEND, {
      id: invitation.id,
      input: { expiresAt: new Date(Date.now() + 30 * DAY), reason: "" },
    });
    expect(codeOf(noReason)).toBe("BAD_USER_INPUT");

    const later = new Date(Date.now() + 30 * DAY);
    const res = await researcher(EXTEND, {
      id: invitation.id,
      input: { expiresAt: later, reason: "Managerul revine în martie" },
    });
    expect(res.data).toEqual({
      extendInvitationExpiry: { id: invitation.id, status: "sent", expiresAt: later.toISOString() },
    });
    expect((await t.graphql(session, { t: token })).errors).toBeUndefined();
    const audit = await t.dataSource.getRepository(AuditEvent).findOneByOrFail({
      action: "invitation.extend_expiry",
    });
    expect(audit.details).toMatchObject({ reason: "Managerul revine în martie", after: later.toISOString() });

    const earlier = await researcher(EXTEND, {
      id: invitation.id,
      input: { expiresAt: new Date(Date.now() + 10 * DAY), reason: "Mai devreme" },
    });
    expect(earlier.errors![0]!.extensions).toMatchObject({
      fieldErrors: [
        { field: "expiresAt", code: "NOT_AFTER_CURRENT_EXPIRY", params: { current: later.toISOString() } },
      ],
    });
    expect(
      (await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id })).expiresAt,
    ).toEqual(later);
  });

  it("is refused for a company that answered", async () => {
    const researcher = await signInAs(t, "researcher");
    const { invitation } = await createInvitation(t.dataSource, {
      invitation: { status: "completed", expiresAt: new Date(Date.now() + DAY) },
    });
    const res = await researcher(EXTEND, {
      id: invitation.id,
      input: { expiresAt: new Date(Date.now() + 30 * DAY), reason: "Din greșeală" },
    });
    expect(codeOf(res)).toBe("CONFLICT");
  });
});
