import type { MailWorker } from "../../src/modules/mail/mail-worker";
import { startMailWorker } from "./mail-worker";
import { SmtpSink } from "./smtp-sink";
import { startTestApp, type TestApp } from "./test-app";

export interface SmtpTestApp extends TestApp {
  /** The real SMTP server the app sends to. */
  sink: SmtpSink;
  /** The running mail worker; a test may stop it, start it again or put another in its place. */
  worker: MailWorker;
  /** Empties every table and forgets the e-mails received. */
  reset(): Promise<void>;
  /** Stops the worker (after the attempt in hand), then the SMTP server, then the app. */
  close(): Promise<void>;
}

/**
 * The test app sending over real SMTP to a sink in this process, with the real mail worker polling every half
 * second and links to https://survey.example.org; `overrides` adds or replaces environment variables.
 */
export async function startSmtpTestApp(overrides: Record<string, string> = {}): Promise<SmtpTestApp> {
  const sink = new SmtpSink();
  await sink.start();
  const t = await startTestApp({
    SMTP_URL: sink.url,
    PUBLIC_URL: "https://survey.example.org",
    MAIL_POLL_SECONDS: "0.5",
    ...overrides,
  });
  await t.reset();
  const app: SmtpTestApp = {
    ...t,
    sink,
    worker: await startMailWorker(t),
    async reset() {
      await t.reset();
      sink.received.length = 0;
    },
    async close() {
      await app.worker.stop();
      await sink.stop();
      await t.close();
    },
  };
  return app;
}
