import type { InvitationStatus } from "../invitations/invitation-status";
import { In, type DataSource, type EntityManager } from "typeorm";
import { AppError, assertFound, badInput } from "../../common/app-error";
import { assertUuid } from "../../common/ids";
import { nameEvents } from "../audit/audit-names";
import { audit, auditQuery, type Actor } from "../audit/audit.service";
import { Invitation } from "../invitations/invitation.entity";
import { EmailMessage } from "../mail/email-message.entity";
import { eraseCompanyEmails } from "../mail/erase-emails";
import { Response } from "../responses/response.entity";
import { Company } from "./company.entity";
import { containsPattern, foldedContains } from "./company-search";
import { COMPANY_SORT_SQL } from "./company-sort";
import { CURRENT_INVITATION_STATUS } from "./current-invitation-status";
import { orderOf } from "../../graphql/sort-direction";
import { validateCompanyRecord, type CompanyFields } from "./company-record";
import type { CompanyListArgs, CompanyListFilter, CompanyPage, CompanyView } from "./company.types";

export class CompanyService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: CompanyListArgs): Promise<CompanyPage> {
    const query = this.filtered(args).limit(args.limit).offset(args.offset);
    const [{ entities, raw }, total] = await Promise.all([query.getRawAndEntities(), query.getCount()]);
    return { total, items: toViews(entities, raw) };
  }

  /**
   * The frame as the companies table shows it, filtered and sorted, in pages of `batch` for a file download, each
   * company with its current invitation status.
   */
  async *batches(filter: CompanyListFilter, batch: number): AsyncGenerator<CompanyView[]> {
    for (let offset = 0; ; offset += batch) {
      const { entities, raw } = await this.filtered(filter).limit(batch).offset(offset).getRawAndEntities();
      if (entities.length) yield toViews(entities, raw);
      if (entities.length < batch) return;
    }
  }

  /** The table's filter and sort; the name, then the id, break ties so that pages never overlap. */
  private filtered(args: CompanyListFilter) {
    const sort = args.sort ?? "name";
    const query = this.dataSource
      .getRepository(Company)
      .createQueryBuilder("c")
      .addSelect(CURRENT_INVITATION_STATUS, "invitation_status")
      .orderBy(COMPANY_SORT_SQL[sort], ...orderOf(args.direction ?? "asc"));
    // Only when sorting by another column: TypeORM keys ORDER BY by its text, so a second c.name would replace the first.
    if (sort !== "name") query.addOrderBy("c.name", "ASC");
    query.addOrderBy("c.id", "ASC");
    if (args.search?.trim()) {
      query.andWhere(
        `(${foldedContains("c.name", "s")} OR c.registration_code LIKE :s OR ${foldedContains("c.city", "s")})`,
        { s: containsPattern(args.search) },
      );
    }
    if (args.counties?.length) query.andWhere("c.county IN (:...counties)", { counties: args.counties });
    if (args.sizeClasses?.length) query.andWhere("c.size_class IN (:...sizes)", { sizes: args.sizeClasses });
    if (args.eligible !== undefined && args.eligible !== null)
      query.andWhere("c.eligible = :eligible", { eligible: args.eligible });
    if (args.invited !== undefined && args.invited !== null) {
      query.andWhere(`${CURRENT_INVITATION_STATUS} IS ${args.invited ? "NOT " : ""}NULL`);
    }
    return query;
  }

  async get(id: string): Promise<CompanyView> {
    assertUuid(id, "The company");
    const company = await this.dataSource.getRepository(Company).findOneBy({ id });
    assertFound(company, "The company");
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder("i")
      .where("i.company_id = :id AND i.status <> 'revoked'", { id })
      .orderBy("i.created_at", "DESC")
      .getOne();
    return toView(company, invitation?.status ?? null);
  }

  async create(actor: Actor, fields: CompanyFields): Promise<CompanyView> {
    const record = validated(fields);
    return this.dataSource.transaction(async (manager) => {
      await assertCodeFree(manager, record.registrationCode);
      const company = await manager.save(manager.create(Company, record));
      await audit(manager, actor, {
        action: "company.create",
        subjectType: "company",
        subjectId: company.id,
      });
      return toView(company, null);
    });
  }

  async update(actor: Actor, id: string, fields: CompanyFields): Promise<CompanyView> {
    assertUuid(id, "The company");
    const record = validated(fields);
    await this.dataSource.transaction(async (manager) => {
      const company = await manager.findOne(Company, { where: { id }, lock: { mode: "pessimistic_write" } });
      assertFound(company, "The company");
      if (company.erasedAt)
        throw new AppError("CONFLICT", "This company's data was erased on request and cannot be edited.");
      await assertCodeFree(manager, record.registrationCode, id);
      await manager.update(Company, { id }, record);
      await audit(manager, actor, { action: "company.update", subjectType: "company", subjectId: id });
    });
    return this.get(id);
  }

  /**
   * GDPR erasure: blanks the contact data and every copy of it (the e-mails sent, the mail server's error texts, the
   * mail queue's records), revokes open invitations, makes every link the company was given unusable and, if asked,
   * deletes its responses. The company row stays (name and CUI identify a firm, not a person) so a later import
   * cannot bring the contact back. The audit log needs nothing: it holds ids only.
   */
  async erase(actor: Actor, id: string, includeResponses: boolean): Promise<CompanyView> {
    assertUuid(id, "The company");
    await this.dataSource.transaction(async (manager) => {
      const company = await manager.findOne(Company, { where: { id }, lock: { mode: "pessimistic_write" } });
      assertFound(company, "The company");
      await manager.update(
        Company,
        { id },
        { contactName: null, contactEmail: null, erasedAt: company.erasedAt ?? new Date() },
      );
      await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ status: "revoked", revokedAt: () => "now()" })
        .where("company_id = :id AND status NOT IN ('completed', 'revoked', 'refused')", { id })
        .execute();
      // Answered or not, no link opens anything any more: each token becomes a random value never given to
      // anyone, and not even shaped like a token, so it is never looked up.
      await manager.query(
        `UPDATE invitations SET token = 'erased-' || gen_random_uuid() || gen_random_uuid(),
          opt_out_token = 'erased-' || gen_random_uuid() || gen_random_uuid(), updated_at = now()
          WHERE company_id = $1`,
        [id],
      );
      const emailsErased = await eraseCompanyEmails(manager, id);
      const deleted = includeResponses
        ? ((await manager.delete(Response, { companyId: id })).affected ?? 0)
        : 0;
      await audit(manager, actor, {
        action: "company.erase",
        subjectType: "company",
        subjectId: id,
        details: { includeResponses, responsesDeleted: deleted, emailsErased },
      });
    });
    return this.get(id);
  }

  /** GDPR access request (Art. 15): everything held about one company, as one JSON document. */
  async exportData(actor: Actor, id: string): Promise<Record<string, unknown>> {
    assertUuid(id, "The company");
    return this.dataSource.transaction(async (manager) => {
      const company = await manager.findOneBy(Company, { id });
      assertFound(company, "The company");
      const invitations = await manager.find(Invitation, {
        where: { companyId: id },
        order: { createdAt: "ASC" },
      });
      const emails = invitations.length
        ? await manager.find(EmailMessage, {
            where: { invitationId: In(invitations.map((i) => i.id)) },
            order: { createdAt: "ASC" },
          })
        : [];
      const responses = await manager.find(Response, {
        where: { companyId: id },
        order: { createdAt: "ASC" },
      });
      const auditTrail = await nameEvents(
        manager,
        await auditQuery(manager, { subjectType: "company", subjectId: id })
          .orderBy("e.chain_seq", "ASC")
          .getMany(),
      );
      await audit(manager, actor, { action: "company.export", subjectType: "company", subjectId: id });
      // Tokens are credentials, not data about the company: left out, and cut from the links in e-mails.
      const withoutTokens = (text: string) =>
        invitations.reduce(
          (t, i) => t.split(i.token).join("[link removed]").split(i.optOutToken).join("[link removed]"),
          text,
        );
      return {
        exportedAt: new Date().toISOString(),
        company,
        invitations: invitations.map(({ token: _token, optOutToken: _optOut, ...rest }) => rest),
        emails: emails.map((e) => ({
          id: e.id,
          invitationId: e.invitationId,
          kind: e.kind,
          reminderStep: e.reminderStep,
          locale: e.locale,
          recipient: e.recipient,
          subject: e.subject,
          body: withoutTokens(e.body),
          status: e.status,
          attempts: e.attempts,
          lastError: e.lastError,
          messageId: e.messageId,
          createdAt: e.createdAt,
          sendingAt: e.sendingAt,
          sentAt: e.sentAt,
          failedAt: e.failedAt,
        })),
        responses,
        auditTrail: auditTrail.map(({ event, actor: by }) => ({
          at: event.createdAt,
          action: event.action,
          by: by ? (by.name ?? `account ${by.id}`) : "system",
          subjectType: event.subjectType,
          subjectId: event.subjectId,
          details: event.details,
        })),
      };
    });
  }

  /** When the study closes: replaces every contact with a pseudonym, keeping companies distinguishable. */
  async pseudonymiseContacts(actor: Actor): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const { affected } = await manager
        .createQueryBuilder()
        .update(Company)
        .set({
          contactName: null,
          contactEmail: () => "'contact-' || gen_random_uuid() || '@pseudonymised.invalid'",
        })
        .where("contact_email IS NOT NULL AND contact_email NOT LIKE '%@pseudonymised.invalid'")
        .execute();
      const companies = affected ?? 0;
      // Sent e-mails hold the same addresses and personalised text.
      await manager.query(
        `UPDATE email_messages SET recipient = 'pseudonymised@pseudonymised.invalid', subject = '', body = '',
            last_error = NULL, updated_at = now()
          WHERE recipient NOT LIKE '%.invalid'`,
      );
      await audit(manager, actor, {
        action: "company.pseudonymise_contacts",
        details: { companies },
      });
      return companies;
    });
  }
}

function validated(fields: CompanyFields) {
  const result = validateCompanyRecord(fields);
  if (!result.ok) throw badInput("Some company details are not valid.", result.errors);
  return result.value;
}

async function assertCodeFree(
  manager: EntityManager,
  registrationCode: string,
  exceptId?: string,
): Promise<void> {
  const other = await manager.findOneBy(Company, { registrationCode });
  if (other && other.id !== exceptId) {
    throw new AppError(
      "CONFLICT",
      `Another company (${other.name}) already has the CUI ${registrationCode}.`,
      [{ field: "registrationCode", code: "CUI_TAKEN", message: "is already used by another company" }],
    );
  }
}

const toViews = (companies: Company[], raw: unknown[]) =>
  companies.map((company, i) =>
    toView(company, (raw[i] as { invitation_status: InvitationStatus | null }).invitation_status),
  );

export function toView(company: Company, invitationStatus: InvitationStatus | null): CompanyView {
  return { ...company, invitationStatus };
}
