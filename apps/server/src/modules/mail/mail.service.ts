import { In, Not, type DataSource } from "typeorm";
import { badInput, type FieldError } from "../../common/app-error";
import type { SignedInAccount } from "../accounts/session.service";
import { audit } from "../audit/audit.service";
import { DEFAULT_TEMPLATES } from "./default-templates";
import { ACCOUNT_EMAIL_KINDS, type EmailKind } from "./email-kind";
import { redactPersonalLinks } from "./redact-links";
import { EmailMessage } from "./email-message.entity";
import { EmailTemplate } from "./email-template.entity";
import type {
  EmailDeliveryArgs,
  EmailDeliveryPage,
  EmailTemplateInput,
  EmailTemplateView,
  OutboxArgs,
  OutboxPage,
} from "./mail.types";
import { templateProblems } from "./template-text";

const MAX_TEXT = 20_000;

const kindsVisible = (withAccountEmails: boolean) =>
  withAccountEmails ? {} : { kind: Not(In<EmailKind>([...ACCOUNT_EMAIL_KINDS])) };

export class MailService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every kind in every language: a stored text, or the default when none is stored; editors named as now. */
  async templates(): Promise<EmailTemplateView[]> {
    const stored = (await this.dataSource.query(
      `SELECT t.kind, t.locale, t.subject, t.body, t.updated_by AS "updatedById", a.display_name AS "updatedByName",
              t.updated_at AS "updatedAt"
         FROM email_templates t LEFT JOIN accounts a ON a.id = t.updated_by`,
    )) as Array<Omit<EmailTemplateView, "isDefault">>;
    return DEFAULT_TEMPLATES.map((d) => {
      const edited = stored.find((s) => s.kind === d.kind && s.locale === d.locale);
      return edited
        ? { ...edited, isDefault: false }
        : { ...d, isDefault: true, updatedById: null, updatedByName: null, updatedAt: new Date(0) };
    });
  }

  /** Saves a template after checking its placeholders; messages already queued keep the text they were given. */
  async updateTemplate(actor: SignedInAccount, input: EmailTemplateInput): Promise<EmailTemplateView> {
    const problems: FieldError[] = [];
    if (input.subject.length > 300)
      problems.push({
        field: "subject",
        code: "TOO_LONG",
        params: { max: 300 },
        message: "must be at most 300 characters",
      });
    if (input.body.length > MAX_TEXT) {
      const message = `must be at most ${MAX_TEXT} characters`;
      problems.push({ field: "body", code: "TOO_LONG", params: { max: MAX_TEXT }, message });
    }
    problems.push(...templateProblems(input.subject, input.body));
    if (problems.length) throw badInput("The template cannot be saved as it is.", problems);
    return this.dataSource.transaction(async (manager) => {
      const key = { kind: input.kind, locale: input.locale };
      const template =
        (await manager.findOne(EmailTemplate, { where: key, lock: { mode: "pessimistic_write" } })) ??
        manager.create(
          EmailTemplate,
          DEFAULT_TEMPLATES.find((d) => d.kind === key.kind && d.locale === key.locale),
        );
      const before = { subject: template.subject, body: template.body };
      Object.assign(template, { subject: input.subject, body: input.body, updatedBy: actor.id });
      await manager.save(template);
      await audit(manager, actor, {
        action: "template.update",
        subjectType: "email_template",
        subjectId: `${input.kind}.${input.locale}`,
        details: { before },
      });
      return {
        kind: template.kind,
        locale: template.locale,
        subject: template.subject,
        body: template.body,
        isDefault: false,
        updatedById: actor.id,
        updatedByName: actor.displayName,
        updatedAt: template.updatedAt,
      };
    });
  }

  /**
   * What the outbox transport "sent", newest first: the researchers' view of e-mails when there is no SMTP. Survey
   * links in them are hidden (reissueInvitationLink is the audited way to hand one over). Password links to accounts
   * are shown to administrators only: a researcher who read one could take over that account.
   */
  async outbox({ limit, offset }: OutboxArgs, withAccountEmails: boolean): Promise<OutboxPage> {
    const [items, total] = await this.dataSource.getRepository(EmailMessage).findAndCount({
      where: { transport: "outbox", status: "sent", ...kindsVisible(withAccountEmails) },
      order: { sentAt: "DESC", id: "ASC" },
      take: limit,
      skip: offset,
    });
    return {
      total,
      items: items.map((m) => ({ ...m, body: redactPersonalLinks(m.body), sentAt: m.sentAt! })),
    };
  }

  /** Every e-mail with its delivery state, newest first, optionally only some states (e.g. failed, bounced). */
  async deliveries(
    { statuses, limit, offset }: EmailDeliveryArgs,
    withAccountEmails: boolean,
  ): Promise<EmailDeliveryPage> {
    const [items, total] = await this.dataSource.getRepository(EmailMessage).findAndCount({
      where: {
        ...(statuses?.length ? { status: In(statuses as EmailMessage["status"][]) } : {}),
        ...kindsVisible(withAccountEmails),
      },
      order: { createdAt: "DESC", id: "ASC" },
      take: limit,
      skip: offset,
    });
    return { total, items };
  }
}
