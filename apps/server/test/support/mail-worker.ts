import { createLogger } from "../../src/logging/logger";
import { InvitationService } from "../../src/modules/invitations/invitation.service";
import { ReminderService } from "../../src/modules/invitations/reminder.service";
import { ScheduledSendService } from "../../src/modules/invitations/scheduled-send.service";
import { MailQueue } from "../../src/modules/mail/mail-queue";
import { MailWorker } from "../../src/modules/mail/mail-worker";
import type { TestApp } from "./test-app";

/**
 * The real mail worker (pg-boss queue, SMTP or outbox transport) on the test app's database, started, running
 * scheduled sends when their time comes. It schedules no reminders, so a test decides when reminders go out.
 * Reset the database before the first start: an earlier file in the same Jest worker may have left e-mails
 * queued, which this worker would otherwise pick up and send while the file's first test is running.
 */
export async function startMailWorker(
  t: TestApp,
  { databaseUrl = process.env.TEST_DATABASE_URL!, log = createLogger("silent") } = {},
): Promise<MailWorker> {
  const queue = new MailQueue(t.env);
  const scheduledSends = new ScheduledSendService(
    t.dataSource,
    new InvitationService(t.dataSource, queue, t.env),
    new ReminderService(t.dataSource, queue, t.env),
    t.env,
  );
  const worker = new MailWorker({
    databaseUrl,
    dataSource: t.dataSource,
    env: t.env,
    log,
    runScheduledSends: () => scheduledSends.runDue(),
  });
  await worker.start();
  return worker;
}
