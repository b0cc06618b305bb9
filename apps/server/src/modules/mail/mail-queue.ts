import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import type { EntityManager } from "typeorm";
import type { Env } from "../../config/env";
import { EmailMessage } from "./email-message.entity";

/** pg-boss queues; created by the MailQueue migration so the first transaction that enqueues finds them. */
export const SEND_EMAIL_QUEUE = "email-send";
export const REMINDER_QUEUE = "email-reminders";
export const PGBOSS_SCHEMA = "pgboss";

export interface SendEmailJob {
  emailId: string;
}

export type EmailDraft = Pick<
  EmailMessage,
  "invitationId" | "kind" | "reminderStep" | "recipient" | "locale" | "subject" | "body"
>;

/** `<row id@sender domain>`: every attempt at one message carries the same Message-ID. */
export function messageIdFor(id: string, mailFrom: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? "smi-survey.local";
  return `<${id}@${domain}>`;
}

/** Runs pg-boss's statements on the caller's TypeORM transaction. */
function transactionDb(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result: unknown = await manager.query(text, values);
      return { rows: Array.isArray(result) ? result : [] };
    },
  };
}

/**
 * Writes e-mails and their jobs in the caller's transaction: the rows and the jobs commit together or not at all, so
 * an e-mail can neither be recorded without being sent nor sent for a change that was rolled back.
 */
export class MailQueue {
  // Never started and without a pool: it only inserts jobs, always through the caller's transaction.
  private readonly boss: PgBoss;

  constructor(private readonly env: Env) {
    const noConnection: PgBoss.Db = {
      executeSql: () => Promise.reject(new Error("MailQueue inserts jobs only through a transaction")),
    };
    this.boss = new PgBoss({ schema: PGBOSS_SCHEMA, db: noConnection });
  }

  async enqueue(manager: EntityManager, drafts: EmailDraft[]): Promise<EmailMessage[]> {
    if (!drafts.length) return [];
    const messages = drafts.map((draft) => {
      const id = randomUUID();
      return manager.create(EmailMessage, {
        ...draft,
        id,
        messageId: messageIdFor(id, this.env.MAIL_FROM),
        status: "queued",
      });
    });
    for (let i = 0; i < messages.length; i += 1000)
      await manager.insert(EmailMessage, messages.slice(i, i + 1000));
    const jobs: PgBoss.JobInsert<SendEmailJob>[] = messages.map((m) => ({
      id: m.id, // the job and its e-mail share an id, so either leads to the other
      name: SEND_EMAIL_QUEUE,
      data: { emailId: m.id },
      retryLimit: this.env.MAIL_RETRY_LIMIT,
      retryDelay: this.env.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      // Long enough for one attempt, which the worker abandons after MAIL_SEND_TIMEOUT_SECONDS; a job still active
      // after this was held by a process that died, and pg-boss hands it out again.
      expireInSeconds: 2 * this.env.MAIL_SEND_TIMEOUT_SECONDS,
    }));
    await this.boss.insert(jobs, { db: transactionDb(manager) });
    // pg-boss silently inserts nothing for a queue that does not exist: check, or the e-mails would wait forever.
    const [{ n }] = (await manager.query(
      `SELECT count(*)::int AS n FROM ${PGBOSS_SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[])`,
      [SEND_EMAIL_QUEUE, messages.map((m) => m.id)],
    )) as [{ n: number }];
    if (n !== jobs.length) throw new Error(`pg-boss queue "${SEND_EMAIL_QUEUE}" is missing`);
    return messages;
  }
}
