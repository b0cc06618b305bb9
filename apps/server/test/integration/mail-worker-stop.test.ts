import type { Company } from "../../src/modules/companies/company.entity";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { EmailMessage } from "../../src/modules/mail/email-message.entity";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { waitUntil } from "../support/smtp-sink";
import { startSmtpTestApp, type SmtpTestApp } from "../support/smtp-test-app";

const INVITE = `mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited } }`;

let t: SmtpTestApp;
beforeAll(async () => {
  t = await startSmtpTestApp({ MAIL_SEND_TIMEOUT_SECONDS: "10" });
  // The worker's database is the one earlier files of this worker used: fixture CUIs start again in every file.
  await t.reset();
});
afterAll(() => t.close());

async function uninvited(): Promise<Company> {
  const { company, invitation } = await createInvitation(t.dataSource);
  await t.dataSource.getRepository(Invitation).delete({ id: invitation.id });
  return company;
}

const statusOf = async (recipient: string) =>
  (await t.dataSource.getRepository(EmailMessage).findOneByOrFail({ recipient })).status;

describe("stopping the mail worker", () => {
  it("waits for the e-mail being sent, then sends nothing more, however long the queue waits", async () => {
    const researcher = await signInAs(t, "researcher");
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => {
      t.sink.beforeAccept = () => {
        resolve();
        return new Promise<void>((r) => (release = r));
      };
    });
    const first = await uninvited();
    expect(
      (await researcher(INVITE, { input: { companyIds: [first.id], locale: "ro" } })).errors,
    ).toBeUndefined();
    await arrived; // the mail server holds the message before answering

    let stopped = false;
    const stopping = t.worker.stop().then(() => (stopped = true));
    const second = await uninvited();
    expect(
      (await researcher(INVITE, { input: { companyIds: [second.id], locale: "ro" } })).errors,
    ).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1000));
    expect(stopped).toBe(false);

    t.sink.beforeAccept = null;
    release();
    await stopping;
    expect(await statusOf(first.contactEmail!)).toBe("sent");
    // Several poll intervals after stop() resolved: no loop of the stopped worker took the second e-mail.
    await new Promise((r) => setTimeout(r, 2000));
    expect(t.sink.received.map((e) => e.to[0])).toEqual([first.contactEmail]);
    expect(await statusOf(second.contactEmail!)).toBe("queued");

    // Started again, the worker finds it.
    await t.worker.start();
    await waitUntil(async () => (await statusOf(second.contactEmail!)) === "sent", 10_000, "second sent");
  });
});
