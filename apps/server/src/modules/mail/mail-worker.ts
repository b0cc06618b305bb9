import PgBoss from "pg-boss";
import type { DataSource } from "typeorm";
import type { Env } from "../../config/env";
import type { Logger } from "../../logging/logger";
import { deliverEmail } from "./mail-delivery";
import { PGBOSS_SCHEMA, REMINDER_QUEUE, SEND_EMAIL_QUEUE, type SendEmailJob } from "./mail-queue";
import { createMailTransport, type MailTransport } from "./mail-transport";

export interface MailWorkerDeps {
  /** The connection URL of the data source; pg-boss keeps its own small pool. */
  databaseUrl: string;
  dataSource: DataSource;
  env: Env;
  log: Logger;
  /** Queues the reminders that are due now; run on a schedule. */
  sendDueReminders(): Promise<number>;
  /** Queues the e-mails of the scheduled sends whose time has come; run every MAIL_POLL_SECONDS. */
  runScheduledSends(): Promise<number>;
}

/** Checks every quarter of an hour for reminders that became due (REMINDER_DAYS counts whole days). */
const REMINDER_CRON = "*/15 * * * *";

/** Delivers queued e-mails and runs the reminder schedule. Started with the server, stopped before the database. */
export class MailWorker {
  private boss: PgBoss | undefined;
  private transport: MailTransport | undefined;
  private scheduledTimer: NodeJS.Timeout | undefined;
  private scheduledRun: Promise<void> = Promise.resolve();

  constructor(private readonly deps: MailWorkerDeps) {}

  async start(): Promise<void> {
    const { env, log } = this.deps;
    const transport = createMailTransport(env);
    const boss = new PgBoss({
      connectionString: this.deps.databaseUrl,
      schema: PGBOSS_SCHEMA,
      max: 3,
      application_name: "smi-survey-mail",
      // Expired jobs (their worker died mid-send) are handed out again at the next maintenance run.
      maintenanceIntervalSeconds: Math.min(120, Math.max(1, env.MAIL_SEND_TIMEOUT_SECONDS)),
    });
    boss.on("error", (err) => log.error({ err }, "mail queue error"));
    await boss.start();
    const workerId: string = await boss.work<SendEmailJob>(
      SEND_EMAIL_QUEUE,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: env.MAIL_POLL_SECONDS },
      async ([job]) => {
        // pg-boss 10 waits a polling interval after every batch; a queue with work in it is drained at once.
        boss.notifyWorker(workerId);
        const outcome = await deliverEmail({ ...this.deps, transport }, job!.data.emailId, {
          lastAttempt: job!.retryCount >= job!.retryLimit,
        });
        log.debug({ emailId: job!.data.emailId, outcome }, "e-mail job done");
      },
    );
    if (env.REMINDER_DAYS.length) {
      await boss.schedule(REMINDER_QUEUE, REMINDER_CRON);
      await boss.work(REMINDER_QUEUE, async () => {
        const queued = await this.deps.sendDueReminders();
        if (queued) log.info({ queued }, "queued scheduled reminders");
      });
    } else {
      await boss.unschedule(REMINDER_QUEUE);
    }
    this.boss = boss;
    this.transport = transport;
    this.pollScheduledSends();
    log.info({ transport: transport.kind }, "mail worker started");
  }

  /** Scheduled sends live in their own table, so a restart finds them; each poll waits for the previous one. */
  private pollScheduledSends(): void {
    const { env, log } = this.deps;
    const poll = () => {
      this.scheduledRun = this.deps
        .runScheduledSends()
        .then((ran) => {
          if (ran) log.info({ ran }, "ran scheduled sends");
        })
        .catch((err: unknown) => log.error({ err }, "scheduled send failed; it is tried again"))
        .finally(() => {
          if (this.boss) this.scheduledTimer = setTimeout(poll, env.MAIL_POLL_SECONDS * 1000);
        });
    };
    poll();
  }

  /** Lets the current attempt finish (up to the send timeout), then closes pg-boss's pool. */
  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    clearTimeout(this.scheduledTimer);
    await this.scheduledRun;
    await boss?.stop({ graceful: true, timeout: this.deps.env.MAIL_SEND_TIMEOUT_SECONDS * 1000 });
    this.transport?.close();
  }
}
