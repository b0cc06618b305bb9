import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import type { MailWorker } from "../../src/modules/mail/mail-worker";
import { startMailWorker } from "../support/mail-worker";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { waitUntil } from "../support/smtp-sink";
import { startTestApp, type TestApp } from "../support/test-app";

const OUTBOX = `query($limit: Int, $offset: Int) { outbox(limit: $limit, offset: $offset) {
  total items { recipient subject body sentAt locale kind } } }`;

let t: TestApp;
let worker: MailWorker;
beforeAll(async () => {
  t = await startTestApp({ MAIL_POLL_SECONDS: "0.5", PUBLIC_URL: "https://survey.example.org" });
  await t.reset();
  worker = await startMailWorker(t);
});
beforeEach(() => t.reset());
afterAll(async () => {
  await worker.stop();
  await t.close();
});

describe("without SMTP_URL, e-mails go to the outbox researchers read in the app", () => {
  it("shows each invitation e-mail with its recipient, text and time, paged, its personal link hidden", async () => {
    const researcher = await signInAs(t, "researcher");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { company, invitation } = await createInvitation(t.dataSource);
      await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
      ids.push(company.id);
    }
    const invited = await researcher(
      `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invitations { id contactEmail } } }`,
      { input: { companyIds: ids, locale: "en" } },
    );
    const invitations = (
      invited.data as { inviteCompanies: { invitations: Array<{ id: string; contactEmail: string }> } }
    ).inviteCompanies.invitations;
    await waitUntil(
      async () => ((await researcher(OUTBOX, {})).data as { outbox: { total: number } }).outbox.total === 3,
      10_000,
      "three messages in the outbox",
    );
    const page = (await researcher(OUTBOX, { limit: 2, offset: 0 })).data as {
      outbox: {
        total: number;
        items: Array<{ recipient: string; body: string; subject: string; sentAt: string }>;
      };
    };
    expect(page.outbox.items).toHaveLength(2);
    const all = [
      ...page.outbox.items,
      ...((await researcher(OUTBOX, { limit: 2, offset: 2 })).data as typeof page).outbox.items,
    ];
    for (const { id, contactEmail } of invitations) {
      const email = all.find((e) => e.recipient === contactEmail)!;
      const { token } = await t.dataSource.getRepository(Invitation).findOneByOrFail({ id });
      expect(email.subject).toMatch(/^Invitation:/);
      expect(email.body).toContain(`${t.env.PUBLIC_URL}/r/[personal-link-hidden]`);
      expect(email.body).not.toContain(token);
      expect(Date.parse(email.sentAt)).not.toBeNaN();
    }
    expect((await t.dataSource.getRepository(Invitation).find()).map((i) => i.status)).toEqual([
      "sent",
      "sent",
      "sent",
    ]);
  });

  it("does not send a reminder whose respondent completed the questionnaire while it waited", async () => {
    const researcher = await signInAs(t, "researcher");
    const { invitation } = await createInvitation(t.dataSource, {
      invitation: { sentAt: new Date(Date.now() - 10 * 86_400_000) },
    });
    await worker.stop(); // the reminder waits in the queue
    const res = await researcher(
      `mutation($i: SendRemindersInput!) { sendReminders(input: $i) { queued } }`,
      {
        i: { invitationIds: [invitation.id] },
      },
    );
    expect(res.data).toEqual({ sendReminders: { queued: 1 } });
    await t.dataSource.getRepository(Invitation).update(invitation.id, { status: "completed" });
    await worker.start();
    const messages = t.dataSource.getRepository(EmailMessage);
    await waitUntil(async () => (await messages.findOneByOrFail({})).status !== "queued", 10_000, "the job");
    expect((await messages.findOneByOrFail({})).status).toBe("cancelled");
    expect(((await researcher(OUTBOX, {})).data as { outbox: { total: number } }).outbox.total).toBe(0);
  });

  it("is closed to viewers, because the messages hold personal links", async () => {
    const viewer = await signInAs(t, "viewer");
    expect((await viewer(OUTBOX, {})).errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });
});
