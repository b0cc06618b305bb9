import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { ReminderService } from "../../src/modules/invitations/reminder.service";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { MailQueue } from "../../src/modules/mail/mail-queue";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { waitUntil } from "../support/smtp-sink";
import { startSmtpTestApp, type SmtpTestApp } from "../support/smtp-test-app";

const DAY = 86_400_000;
const CONTACT = "studiu.smi@uvt.example.ro";
const INVITE = `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invitations { id } } }`;
const REMIND = `mutation($i: SendRemindersInput!) {
  sendReminders(input: $i) { queued skipped { invitationId reason possibleFrom } } }`;
const SESSION = `query($t: String!) { respondentSession(token: $t) { status } }`;

let t: SmtpTestApp;

beforeAll(async () => {
  t = await startSmtpTestApp({ STUDY_CONTACT_EMAIL: CONTACT, MAIL_RETRY_DELAY_SECONDS: "1" });
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const invitationById = (id: string) => t.dataSource.getRepository(Invitation).findOneByOrFail({ id });
type ErrorBody = { errors: Array<{ extensions: Record<string, unknown> }> };
const oneClick = (token: string) =>
  fetch(`${t.url}/optout/${token}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });

/** Invites one company over SMTP and returns its invitation and the e-mail as the mail server received it. */
async function invitedOverSmtp() {
  const researcher = await signInAs(t, "researcher");
  const { company, invitation } = await createInvitation(t.dataSource);
  await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
  const res = await researcher(INVITE, { input: { companyIds: [company.id], locale: "ro" } });
  expect(res.errors).toBeUndefined();
  const { id } = (res.data as { inviteCompanies: { invitations: Array<{ id: string }> } }).inviteCompanies
    .invitations[0]!;
  const [email] = await t.sink.waitFor(1);
  await waitUntil(async () => (await invitationById(id)).status === "sent", 5000, "invitation sent");
  return { researcher, invitation: await invitationById(id), email: email! };
}

describe("the e-mails", () => {
  it("are multipart, answered to the study's contact, and carry a one-click opt-out (RFC 8058)", async () => {
    const { invitation, email } = await invitedOverSmtp();
    const optOutUrl = `https://survey.example.org/optout/${invitation.optOutToken}`;
    expect(email.replyTo).toBe(CONTACT);
    expect(email.headers.get("list-unsubscribe")).toBe(`<${optOutUrl}>`);
    expect(email.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(email.headers.get("content-type")).toMatch(/^multipart\/alternative/);
    expect(email.text).toContain(`https://survey.example.org/r/${invitation.token}`);
    expect(email.text).toContain(`Dacă nu doriți să participați`);
    expect(email.text).toContain(optOutUrl);
    expect(email.html).toContain(`<a href="${optOutUrl}">`);
    expect(email.html).toContain(`<a href="https://survey.example.org/r/${invitation.token}">`);
  });
});

describe("opting out", () => {
  it("records a refusal once, from the header's POST, and every later reminder skips it", async () => {
    const { researcher, invitation } = await invitedOverSmtp();
    const first = await oneClick(invitation.optOutToken);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: "refused" });
    const refused = await invitationById(invitation.id);
    expect(refused).toMatchObject({ status: "refused", refusedAt: expect.any(Date) });

    const again = await oneClick(invitation.optOutToken);
    expect(again.status).toBe(200);
    expect((await invitationById(invitation.id)).refusedAt).toEqual(refused.refusedAt);

    // The link now says the respondent declined.
    const session = await t.graphql(SESSION, { t: invitation.token });
    expect(session.errors![0]!.extensions).toMatchObject({
      code: "INVITATION_UNAVAILABLE",
      reason: "DECLINED",
    });
    // Neither a manual nor a scheduled reminder goes out, whatever the dates.
    await t.dataSource.query(`UPDATE invitations SET sent_at = now() - interval '30 days' WHERE id = $1`, [
      invitation.id,
    ]);
    const manual = await researcher(REMIND, { i: { invitationIds: [invitation.id] } });
    expect(manual.data).toEqual({
      sendReminders: {
        queued: 0,
        skipped: [{ invitationId: invitation.id, reason: "REFUSED", possibleFrom: null }],
      },
    });
    const scheduled = new ReminderService(t.dataSource, new MailQueue(t.env), t.env);
    expect(await scheduled.sendDueReminders(new Date(Date.now() + 60 * DAY))).toBe(0);
    expect(await t.dataSource.getRepository(EmailMessage).countBy({ kind: "reminder" })).toBe(0);

    const counts = await researcher(`{ invitationCounts { county refused total } }`);
    expect(counts.data).toEqual({ invitationCounts: [{ county: "BH", refused: 1, total: 1 }] });
    const list = await researcher(
      `{ invitations(statuses: [refused]) { total items { status refusedAt } } }`,
    );
    expect(list.data).toEqual({
      invitations: { total: 1, items: [{ status: "refused", refusedAt: refused.refusedAt!.toISOString() }] },
    });
    const progress = await researcher(`{ studyProgress { total { refused } } }`);
    expect(progress.data).toEqual({ studyProgress: { total: { refused: 1 } } });
  });

  it("does nothing on a GET (link scanners follow links) and answers a wrong or cut token specifically", async () => {
    const { invitation } = await createInvitation(t.dataSource);
    await fetch(`${t.url}/optout/${invitation.optOutToken}`);
    expect((await invitationById(invitation.id)).status).toBe("sent");

    const unknown = await oneClick("A".repeat(43));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).errors[0]!.extensions).toEqual({
      code: "LINK_UNAVAILABLE",
      reason: "OPT_OUT_UNKNOWN",
    });
    const cut = await oneClick(invitation.optOutToken.slice(0, 20));
    expect(cut.status).toBe(404);
    expect(((await cut.json()) as ErrorBody).errors[0]!.extensions.reason).toBe("OPT_OUT_MALFORMED");
    // The invitation link is not an opt-out link.
    expect((await oneClick(invitation.token)).status).toBe(404);
    expect(await invitationById(invitation.id)).toMatchObject({ status: "sent", refusedAt: null });
  });
});

describe("declining on the consent page", () => {
  it("records the refusal and cancels the e-mail still waiting; the link then shows the decline", async () => {
    const { invitation, token } = await createInvitation(t.dataSource, {
      invitation: { sentAt: new Date(Date.now() - 10 * DAY) },
    });
    const researcher = await signInAs(t, "researcher");
    await t.worker.stop(); // the reminder waits in the queue
    expect((await researcher(REMIND, { i: { invitationIds: [invitation.id] } })).data).toMatchObject({
      sendReminders: { queued: 1 },
    });
    const decline = `mutation($t: String!) { declineInvitation(token: $t) }`;
    expect((await t.graphql(decline, { t: token })).data).toEqual({ declineInvitation: true });
    expect((await t.graphql(decline, { t: token })).data).toEqual({ declineInvitation: true });
    expect((await invitationById(invitation.id)).status).toBe("refused");
    const [reminder] = await t.dataSource.getRepository(EmailMessage).find();
    expect(reminder!.status).toBe("cancelled");
    await t.worker.start();
    expect((await t.graphql(SESSION, { t: token })).errors![0]!.extensions!.reason).toBe("DECLINED");
  });

  it("is refused after the questionnaire was submitted", async () => {
    const { token } = await createInvitation(t.dataSource, { invitation: { status: "completed" } });
    const res = await t.graphql(`mutation($t: String!) { declineInvitation(token: $t) }`, { t: token });
    expect(res.errors![0]!.extensions!.code).toBe("CONFLICT");
    expect((await t.graphql(SESSION, { t: token })).data).toEqual({
      respondentSession: { status: "completed" },
    });
  });
});

describe("the reminder policy", () => {
  it("refuses a reminder within REMINDER_MIN_INTERVAL_DAYS of the last contact, with the date it becomes possible", async () => {
    const researcher = await signInAs(t, "researcher");
    const sentAt = new Date(Date.now() - 2 * DAY);
    const { invitation } = await createInvitation(t.dataSource, { invitation: { sentAt } });
    const res = await researcher(REMIND, { i: { invitationIds: [invitation.id] } });
    expect(res.data).toEqual({
      sendReminders: {
        queued: 0,
        skipped: [
          {
            invitationId: invitation.id,
            reason: "TOO_EARLY",
            possibleFrom: new Date(sentAt.getTime() + 5 * DAY).toISOString(),
          },
        ],
      },
    });
    expect(await t.dataSource.getRepository(EmailMessage).count()).toBe(0);
    expect((await invitationById(invitation.id)).remindersSent).toBe(0);
  });

  it("sends the second reminder with its own text, and refuses a third (REMINDER_MAX 2)", async () => {
    const researcher = await signInAs(t, "researcher");
    const { invitation } = await createInvitation(t.dataSource, {
      invitation: {
        sentAt: new Date(Date.now() - 30 * DAY),
        remindersSent: 1,
        lastRemindedAt: new Date(Date.now() - 6 * DAY),
      },
    });
    const second = await researcher(REMIND, { i: { invitationIds: [invitation.id] } });
    expect(second.data).toEqual({ sendReminders: { queued: 1, skipped: [] } });
    const [email] = await t.sink.waitFor(1);
    expect(email!.subject).toMatch(/^Ultima reamintire: chestionarul SMI/);
    expect(email!.headers.get("list-unsubscribe")).toBe(
      `<https://survey.example.org/optout/${invitation.optOutToken}>`,
    );

    await t.dataSource.query(
      `UPDATE invitations SET last_reminded_at = now() - interval '20 days' WHERE id = $1`,
      [invitation.id],
    );
    const third = await researcher(REMIND, { i: { invitationIds: [invitation.id] } });
    expect(third.data).toEqual({
      sendReminders: {
        queued: 0,
        skipped: [{ invitationId: invitation.id, reason: "REMINDER_LIMIT", possibleFrom: null }],
      },
    });
    expect((await invitationById(invitation.id)).remindersSent).toBe(2);
  });

  it("lets the schedule (REMINDER_DAYS) wait for the minimum interval after a manual reminder", async () => {
    const reminders = new ReminderService(t.dataSource, new MailQueue(t.env), t.env);
    const sentAt = new Date(Date.now() - 30 * DAY);
    const { invitation } = await createInvitation(t.dataSource, {
      // Reminded by hand 2 days ago: the scheduled step 2 (day 14) is overdue but waits until day 5 after it.
      invitation: { sentAt, remindersSent: 1, lastRemindedAt: new Date(Date.now() - 2 * DAY) },
    });
    expect(await reminders.sendDueReminders(new Date())).toBe(0);
    expect(await reminders.sendDueReminders(new Date(Date.now() + 3.1 * DAY))).toBe(1);
    expect(await reminders.sendDueReminders(new Date(Date.now() + 60 * DAY))).toBe(0);
    expect((await invitationById(invitation.id)).remindersSent).toBe(2);
  });
});

describe("inviting again", () => {
  const REINVITE = `mutation($i: ReinviteCompanyInput!) { reinviteCompany(input: $i) { id status } }`;
  const INVITE_REPORT = `mutation($input: InviteCompaniesInput!) {
    inviteCompanies(input: $input) { invited skipped { companyId reason } } }`;

  it("never happens in bulk after a refusal or revocation; it takes a researcher's reason and is audited", async () => {
    const researcher = await signInAs(t, "researcher");
    const refused = await createInvitation(t.dataSource, {
      invitation: { status: "refused", refusedAt: new Date() },
    });
    const revoked = await createInvitation(t.dataSource, { invitation: { status: "revoked" } });

    const bulk = await researcher(INVITE_REPORT, { input: { filter: { counties: ["BH"] }, locale: "ro" } });
    expect(bulk.data).toEqual({ inviteCompanies: { invited: 0, skipped: [] } });
    const named = await researcher(INVITE_REPORT, {
      input: { companyIds: [refused.company.id, revoked.company.id], locale: "ro" },
    });
    expect(named.data).toEqual({
      inviteCompanies: {
        invited: 0,
        skipped: expect.arrayContaining([
          { companyId: refused.company.id, reason: "REVOKED_OR_REFUSED" },
          { companyId: revoked.company.id, reason: "REVOKED_OR_REFUSED" },
        ]),
      },
    });

    const noReason = await researcher(REINVITE, { i: { companyId: refused.company.id, reason: "" } });
    expect(noReason.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(await t.dataSource.getRepository(Invitation).countBy({ companyId: refused.company.id })).toBe(1);

    const again = await researcher(REINVITE, {
      i: { companyId: refused.company.id, reason: "The manager phoned and asked to take part after all" },
    });
    expect(again.data).toMatchObject({ reinviteCompany: { status: "created" } });
    const newId = (again.data as { reinviteCompany: { id: string } }).reinviteCompany.id;
    const [entry] = await t.dataSource.query(
      `SELECT details FROM audit_events WHERE action = 'invitation.reinvite'`,
    );
    expect(entry.details).toMatchObject({
      companyIds: [refused.company.id],
      invitationIds: [newId, refused.invitation.id],
      previousStatus: "refused",
      reason: "The manager phoned and asked to take part after all",
    });
    await t.sink.waitFor(1);

    const twice = await researcher(REINVITE, { i: { companyId: refused.company.id, reason: "once more" } });
    expect(twice.errors![0]!.extensions!.code).toBe("CONFLICT");
    expect(await t.dataSource.getRepository(Invitation).countBy({ companyId: refused.company.id })).toBe(2);
  });
});
