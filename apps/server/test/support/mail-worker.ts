import { createLogger } from "../../src/logging/logger";
import { MailWorker } from "../../src/modules/mail/mail-worker";
import type { TestApp } from "./test-app";

/**
 * The real mail worker (pg-boss queue, SMTP or outbox transport) on the test app's database, started. Scheduled
 * reminders are off, so a test decides when reminders go out.
 */
export async function startMailWorker(
  t: TestApp,
  { databaseUrl = process.env.TEST_DATABASE_URL!, log = createLogger("silent") } = {},
): Promise<MailWorker> {
  const worker = new MailWorker({
    databaseUrl,
    dataSource: t.dataSource,
    env: t.env,
    log,
    sendDueReminders: () => Promise.resolve(0),
  });
  await worker.start();
  return worker;
}
