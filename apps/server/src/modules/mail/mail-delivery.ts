import type { DataSource } from "typeorm";
import type { Env } from "../../config/env";
import type { Logger } from "../../logging/logger";
import { redactPersonalData } from "../../logging/redact-personal-data";
import type { EmailMessage } from "./email-message.entity";
import { optOutLink } from "../invitations/invitation-email";
import { loadStudySettings } from "../study/study-settings";
import { isPermanentFailure, type MailTransport } from "./mail-transport";
import { textToHtml } from "./text-to-html";

export type DeliveryOutcome = "sent" | "skipped" | "cancelled" | "bounced" | "failed";

/** Invitation states in which a reminder no longer makes sense, even if it was queued before. */
const NO_REMINDER_STATES = ["completed", "screened_out", "revoked", "expired", "bounced", "refused"];

interface InvitationState {
  status: string;
  expired: boolean | null;
  opt_out_token: string;
}

/**
 * Whether the invitation changed while the e-mail waited: no e-mail for a revoked (e.g. erased company), refused or
 * expired link, and no reminder to someone who finished.
 */
function noLongerWanted(invitation: InvitationState | undefined, kind: string): boolean {
  if (!invitation || ["revoked", "refused"].includes(invitation.status) || invitation.expired) return true;
  return kind === "reminder" && NO_REMINDER_STATES.includes(invitation.status);
}

/**
 * The error as stored on the row, logged and handed to pg-boss: mail servers quote the recipient's address in their
 * answers, so it is replaced, and any other address or token is masked, so no personal data reaches the logs or the
 * job table in the first place.
 */
function describe(error: unknown, recipient: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const address = new RegExp(recipient.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
  return redactPersonalData(message.replace(address, "<recipient>")).slice(0, 1000);
}

function withTimeout<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer from the mail server within ${seconds} s`)),
      seconds * 1000,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One delivery attempt of one e-mail row, driven by its pg-boss job.
 *
 * Guarantee. The row moves queued → sending (committed) → hand-over to SMTP → sent (committed). pg-boss gives a job
 * to one worker at a time, and hands it out again when the attempt failed or its holder died (the job expired); a row
 * found in "sending" is taken over only after twice the send timeout, when its attempt is surely over (the attempt
 * gives up after one timeout and nodemailer's socket timeouts close its connection). Hence:
 *  - no loss: the row and its job were committed with the invitation change; until the row is sent, failed,
 *    bounced or cancelled some job will attempt it (retries with back-off, then "failed" is recorded);
 *  - no duplicate, except in one window: after the SMTP server answered 250 and before our "sent" commit (a few
 *    milliseconds). If the process dies exactly there, the message is sent again after the job expires. The copy
 *    carries the same Message-ID header (derived from the row id), so it is recognisable as the same message, and
 *    `attempts` > 1 on the row records that it may have happened. Exactly-once across SMTP is impossible without
 *    a transaction spanning both systems; this narrows the window to the commit itself.
 */
export async function deliverEmail(
  deps: { dataSource: DataSource; transport: MailTransport; env: Env; log: Logger },
  emailId: string,
  { lastAttempt }: { lastAttempt: boolean },
): Promise<DeliveryOutcome> {
  const { dataSource, transport, env, log } = deps;
  // A row left in "sending" is taken over only once its attempt is surely over (each attempt is abandoned after
  // MAIL_SEND_TIMEOUT_SECONDS), so two live attempts can never hold the same message.
  const [claimed] = (await dataSource.query(
    `UPDATE email_messages SET status = 'sending', attempts = attempts + 1, sending_at = now(), transport = $2,
       updated_at = now()
     WHERE id = $1 AND (status = 'queued'
       OR (status = 'sending' AND sending_at < now() - make_interval(secs => $3)))
     RETURNING *`,
    [emailId, transport.kind, 2 * env.MAIL_SEND_TIMEOUT_SECONDS],
  )) as [Array<Record<string, string>>, number];
  const row = claimed[0];
  if (!row) {
    const [current] = (await dataSource.query(`SELECT status FROM email_messages WHERE id = $1`, [
      emailId,
    ])) as Array<{
      status: string;
    }>;
    // Another attempt is still running: try again later rather than drop the job.
    if (current?.status === "sending") throw new Error("another attempt at this e-mail is still running");
    return "skipped"; // sent, failed, bounced, cancelled or deleted: a duplicate or stale job
  }
  // An account's e-mail has no invitation: its link itself expires.
  const invitation = row.invitation_id
    ? (
        (await dataSource.query(
          `SELECT status, expires_at <= now() AS expired, opt_out_token FROM invitations WHERE id = $1`,
          [row.invitation_id],
        )) as InvitationState[]
      )[0]
    : undefined;
  if (row.invitation_id && noLongerWanted(invitation, row.kind!)) {
    await dataSource.query(
      `UPDATE email_messages SET status = 'cancelled', updated_at = now() WHERE id = $1`,
      [emailId],
    );
    return "cancelled";
  }

  const email = row as unknown as Pick<EmailMessage, "recipient" | "subject" | "body" | "messageId">;
  try {
    await withTimeout(
      transport.send({
        from: env.MAIL_FROM,
        to: email.recipient,
        subject: email.subject,
        text: email.body,
        html: textToHtml(email.body, row.locale!),
        messageId: row.message_id!,
        // Answers to a company's e-mail reach the study's contact, never the no-reply sender.
        ...(invitation
          ? {
              replyTo: (await loadStudySettings(dataSource.manager, env)).contactEmail ?? undefined,
              optOutUrl: optOutLink(env.PUBLIC_URL, invitation.opt_out_token),
            }
          : {}),
      }),
      env.MAIL_SEND_TIMEOUT_SECONDS,
    );
  } catch (error) {
    if (isPermanentFailure(error)) {
      await dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE email_messages SET status = 'bounced', last_error = $2, failed_at = now(), updated_at = now()
           WHERE id = $1`,
          [emailId, describe(error, email.recipient)],
        );
        await manager.query(
          `UPDATE invitations SET status = 'bounced', bounced_at = now(), updated_at = now()
           WHERE id = $1 AND status IN ('created', 'sent')`,
          [row.invitation_id],
        );
      });
      log.warn({ emailId, err: describe(error, email.recipient) }, "e-mail refused by the mail server");
      return "bounced";
    }
    await dataSource.query(
      `UPDATE email_messages SET status = $2, last_error = $3, failed_at = $4, updated_at = now() WHERE id = $1`,
      [
        emailId,
        lastAttempt ? "failed" : "queued",
        describe(error, email.recipient),
        lastAttempt ? new Date() : null,
      ],
    );
    log.warn({ emailId, lastAttempt, err: describe(error, email.recipient) }, "e-mail not delivered");
    if (lastAttempt) return "failed";
    // pg-boss schedules the next attempt with back-off and stores what it is given: the described error only,
    // without the original as its cause, which quotes the address.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(describe(error, email.recipient));
  }

  await dataSource.transaction(async (manager) => {
    await manager.query(
      `UPDATE email_messages SET status = 'sent', sent_at = now(), last_error = NULL, updated_at = now()
       WHERE id = $1`,
      [emailId],
    );
    if (row.kind === "invitation") {
      await manager.query(
        `UPDATE invitations SET status = 'sent', sent_at = now(), updated_at = now()
         WHERE id = $1 AND status = 'created'`,
        [row.invitation_id],
      );
    }
  });
  return "sent";
}
