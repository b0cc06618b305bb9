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
  /** Queues the reminders that are due now; run on a schedule (none without it, or without REMINDER_DAYS). */
  sendDueReminders?(): Promise<number>;
  /** Queues the e-mails of the scheduled sends whose time has come; run every MAIL_POLL_SECONDS. */
  runScheduledSends(): Promise<number>;
}

/**
 * An idle connection of pg-boss's pool that PostgreSQL closed (restart, crash, administrator): the pool replaces it,
 * and what it means is told elsewhere (the health check, the next query's error, the embedded database's exit).
 */
function isIdleConnectionLoss(err: Error): boolean {
  const code = (err as { code?: string }).code;
  return (
    (code !== undefined && ["57P01", "57P02", "57P03"].includes(code)) ||
    /Connection terminated/.test(err.message)
  );
}

/** Checks every quarter of an hour for reminders that became due (REMINDER_DAYS counts whole days). */
const REMINDER_CRON = "*/15 * * * *";

/**
 * Delivers queued e-mails and runs the reminder schedule. Started with the server, stopped before the database.
 * Each queue is drained by a loop of our own (fetch one job, attempt it, complete or fail it) rather than pg-boss's
 * `work()`, whose loops outlive `stop()`: stop() waits for the attempt in hand and the loops' end, so nothing of the
 * worker runs once it has resolved.
 */
export class MailWorker {
  private boss: PgBoss | undefined;
  private transport: MailTransport | undefined;
  private running = false;
  private loops: Promise<void>[] = [];
  /** Ends the idle waits at once when stopping. */
  private readonly wakeIdle = new Set<() => void>();
  private scheduledTimer: NodeJS.Timeout | undefined;
  private scheduledRun: Promise<void> = Promise.resolve();

  constructor(private readonly deps: MailWorkerDeps) {}

  async start(): Promise<void> {
    const { env, log, sendDueReminders } = this.deps;
    const remindersOnSchedule = env.REMINDER_DAYS.length > 0 && sendDueReminders !== undefined;
    const transport = createMailTransport(env);
    const boss = new PgBoss({
      connectionString: this.deps.databaseUrl,
      schema: PGBOSS_SCHEMA,
      max: 3,
      application_name: "smi-survey-mail",
      // Expired jobs (their worker died mid-send) are handed out again at the next maintenance run.
      maintenanceIntervalSeconds: Math.min(120, Math.max(1, env.MAIL_SEND_TIMEOUT_SECONDS)),
      // pg-boss's cron clock runs only when there are reminders to schedule.
      schedule: remindersOnSchedule,
    });
    boss.on("error", (err) =>
      isIdleConnectionLoss(err)
        ? log.debug({ err }, "mail queue connection lost")
        : log.error({ err }, "mail queue error"),
    );
    await boss.start();
    if (remindersOnSchedule) await boss.schedule(REMINDER_QUEUE, REMINDER_CRON);
    else await boss.unschedule(REMINDER_QUEUE);
    this.boss = boss;
    this.transport = transport;
    this.running = true;
    this.loops = [
      this.drain<SendEmailJob>(boss, SEND_EMAIL_QUEUE, async (job) => {
        const outcome = await deliverEmail({ ...this.deps, transport }, job.data.emailId, {
          lastAttempt: job.retryCount >= job.retryLimit,
        });
        log.debug({ emailId: job.data.emailId, outcome }, "e-mail job done");
      }),
    ];
    if (remindersOnSchedule) {
      this.loops.push(
        this.drain(boss, REMINDER_QUEUE, async () => {
          const queued = await sendDueReminders();
          if (queued) log.info({ queued }, "queued scheduled reminders");
        }),
      );
    }
    this.pollScheduledSends();
    log.info({ transport: transport.kind }, "mail worker started");
  }

  /**
   * Takes the queue's jobs one at a time until stopped; a queue with work in it is drained without pausing, an empty
   * one is asked again every MAIL_POLL_SECONDS. A handler that throws fails the job, which pg-boss retries.
   */
  private async drain<T extends object>(
    boss: PgBoss,
    queue: string,
    handle: (job: PgBoss.JobWithMetadata<T>) => Promise<void>,
  ): Promise<void> {
    while (this.running) {
      try {
        const [job] = await boss.fetch<T>(queue, { batchSize: 1, includeMetadata: true });
        if (job) {
          await handle(job).then(
            () => boss.complete(queue, job.id),
            (err: unknown) => boss.fail(queue, job.id, err as object),
          );
          continue;
        }
      } catch (err) {
        this.deps.log.error({ err, queue }, "mail queue error");
      }
      await this.idle(this.deps.env.MAIL_POLL_SECONDS);
    }
  }

  private idle(seconds: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeIdle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, seconds * 1000);
      this.wakeIdle.add(done);
    });
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
          if (this.running) this.scheduledTimer = setTimeout(poll, env.MAIL_POLL_SECONDS * 1000);
        });
    };
    poll();
  }

  /**
   * Lets the attempts in hand finish (each bounded by the send timeout) and waits for the loops to end, then closes
   * pg-boss's pool and the SMTP connection. Once it resolves, the worker runs no code and holds no timer.
   */
  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    this.running = false;
    clearTimeout(this.scheduledTimer);
    for (const wake of [...this.wakeIdle]) wake();
    await Promise.all(this.loops);
    await this.scheduledRun;
    // Nothing of ours is left in pg-boss's hands, so there is nothing to wait for.
    await boss?.stop({ graceful: false });
    this.transport?.close();
  }
}
