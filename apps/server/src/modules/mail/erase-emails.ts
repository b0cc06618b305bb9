import type { EntityManager } from "typeorm";
import { PGBOSS_SCHEMA, SEND_EMAIL_QUEUE } from "./mail-queue";

export const ERASED_RECIPIENT = "erased@erased.invalid";

/**
 * Removes what a company's e-mails hold about its contact: address, subject, body (personalised text and link) and
 * the mail server's error text, which often quotes the address. Unsent ones are cancelled. The pg-boss jobs of these
 * e-mails carry only the e-mail id, but a failed attempt stores the error it threw, in the job and in the archive.
 * Kind, status and timestamps stay: the study's record of who was contacted when. Returns the number of e-mails.
 */
export async function eraseCompanyEmails(manager: EntityManager, companyId: string): Promise<number> {
  const [rows] = (await manager.query(
    `UPDATE email_messages
        SET recipient = $2, subject = '', body = '', last_error = NULL, updated_at = now(),
            status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END
      WHERE invitation_id IN (SELECT id FROM invitations WHERE company_id = $1)
      RETURNING id`,
    [companyId, ERASED_RECIPIENT],
  )) as [Array<{ id: string }>, number];
  const ids = rows.map((r) => r.id);
  if (ids.length) {
    for (const table of ["job", "archive"]) {
      await manager.query(
        `UPDATE ${PGBOSS_SCHEMA}.${table} SET output = NULL
          WHERE name = $1 AND id = ANY($2::uuid[]) AND output IS NOT NULL`,
        [SEND_EMAIL_QUEUE, ids],
      );
    }
  }
  return ids.length;
}
