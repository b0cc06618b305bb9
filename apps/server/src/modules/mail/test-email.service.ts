import type { Locale } from "@smi/questionnaire";
import type { DataSource } from "typeorm";
import type { Env } from "../../config/env";
import { AppError } from "../../common/app-error";
import type { SignedInAccount } from "../accounts/session.service";
import { audit } from "../audit/audit.service";
import { renderSample, type CompanyEmailKind } from "../invitations/invitation-email";
import type { CompanyTemplate } from "./email-kind";
import type { MailQueue } from "./mail-queue";
import type { TestEmailInput, TestEmailReport } from "./test-email.types";

const DAY_MS = 24 * 3600_000;

/** Which e-mail each template is: its kind and the reminder step that picks it. */
const TEMPLATES: Record<CompanyTemplate, { kind: CompanyEmailKind; step: number }> = {
  invitation: { kind: "invitation", step: 0 },
  reminder: { kind: "reminder", step: 1 },
  reminder_2: { kind: "reminder", step: 2 },
};

const SAMPLE_COMPANY: Record<Locale, string> = { ro: "Firma Exemplu SRL", en: "Example Company SRL" };
const TEST_MARK = "[TEST]";
const TEST_NOTE: Record<Locale, string> = {
  ro: "Acesta este un e-mail de test, trimis din spațiul de lucru SMI Survey doar către dumneavoastră. Așa va arăta mesajul pentru o firmă; linkurile din el sunt exemple și nu funcționează.",
  en: "This is a test e-mail, sent from the SMI Survey workspace to you only. This is how a company will see the message; its links are examples and do not work.",
};

/**
 * A researcher sends themself an invitation or reminder as companies get it (same template code, the study's
 * current text), marked as a test, with example links. It goes through the outbox and the mail worker like every
 * e-mail, to the account's own address only, and at most TEST_EMAILS_PER_HOUR per account.
 */
export class TestEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailQueue,
    private readonly env: Env,
  ) {}

  async send(account: SignedInAccount & { ip?: string }, input: TestEmailInput): Promise<TestEmailReport> {
    const template = TEMPLATES[input.template];
    const locale = input.locale;
    return this.dataSource.transaction(async (manager) => {
      // One account's requests wait for each other, so the count below cannot be outrun.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('test-email:' || $1))`, [account.id]);
      const [{ n }] = (await manager.query(
        `SELECT count(*)::int AS n FROM email_messages
         WHERE kind = 'test' AND recipient = $1 AND created_at > now() - interval '1 hour'`,
        [account.email],
      )) as [{ n: number }];
      if (n >= this.env.TEST_EMAILS_PER_HOUR) {
        throw new AppError(
          "RATE_LIMITED",
          `At most ${this.env.TEST_EMAILS_PER_HOUR} test e-mails an hour; try again later.`,
        );
      }
      const email = await renderSample(manager, this.env, template.kind, {
        locale,
        expiresAt: new Date(Date.now() + 30 * DAY_MS),
        companyName: SAMPLE_COMPANY[locale],
        contactName: account.displayName,
        reminderStep: template.step,
      });
      const subject = `${TEST_MARK} ${email.subject}`;
      const [message] = await this.mail.enqueue(manager, [
        {
          invitationId: null,
          kind: "test",
          reminderStep: 0,
          recipient: account.email,
          locale,
          subject,
          body: `${TEST_NOTE[locale]}\n\n${email.text}`,
        },
      ]);
      await audit(manager, account, {
        action: "email.send_test",
        subjectType: "account",
        subjectId: account.id,
        details: { template: input.template, locale, emailId: message!.id },
      });
      return { recipient: account.email, subject };
    });
  }
}
