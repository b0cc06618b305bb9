import { checkFrameEligibility, COUNTY_CODES, type CountyCode, type Locale } from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import type { Env } from "../../config/env";
import { AppError, assertFound, badInput } from "../../common/app-error";
import { assertUuid } from "../../common/ids";
import { audit, type Actor } from "../audit/audit.service";
import { Company } from "../companies/company.entity";
import { requireCompleteStudy } from "../study/study-settings";
import { containsPattern, foldedContains } from "../companies/company-search";
import type { MailQueue } from "../mail/mail-queue";
import { COMPANY_INVITATION, Invitation, type CompanyInvitation } from "./invitation.entity";
import { composeEmails, invitationLink } from "./invitation-email";
import type { InvitationStatus } from "./invitation-status";
import { checkExpiry, checkIds, countiesOrAll } from "./invitation-input";
import { newInvitationToken } from "./invitation-token";
import { EFFECTIVE_STATUS_SQL, toInvitationView } from "./invitation-view";
import { INVITATION_SORT_SQL } from "./invitation-sort";
import { orderOf } from "../../graphql/sort-direction";
import { assertSameSelection, selectionKey } from "./selection-key";
import { buildPreview } from "./send-preview";
import type { SendPreview } from "./send-preview.types";
import type {
  CompanySelection,
  CountyInvitationCounts,
  ExtendExpiryInput,
  InvitationListArgs,
  InvitationListFilter,
  InvitationPage,
  InvitationView,
  InviteCompaniesInput,
  InviteReport,
  ReissuedLink,
  ReinviteCompanyInput,
  ReissueLinkInput,
  SkippedCompany,
} from "./invitation.types";

/** Invitations still waiting for an answer; a finished, screened-out or revoked one keeps its link as it is. */
const REISSUABLE: readonly string[] = ["created", "sent", "opened", "started", "bounced"];
const REISSUE_REFUSED: Partial<Record<string, string>> = {
  completed: "This company has already answered; its link shows its result and is not re-issued.",
  screened_out: "This company was screened out; its link is not re-issued.",
  revoked: "This invitation was revoked; invite the company again instead.",
};

const EXTEND_REFUSED: Partial<Record<string, string>> = {
  completed: "This company has already answered; its link no longer needs a later expiry.",
  screened_out: "This company was screened out; its link is not extended.",
  revoked: "This invitation was revoked; invite the company again instead.",
  refused: "This company declined to take part; its link is not extended.",
};

/** Locks an invitation still waiting for an answer, or refuses (CONFLICT) with the reason its state gives. */
async function lockOpenInvitation(
  manager: EntityManager,
  id: string,
  refusals: Partial<Record<string, string>>,
  otherwise: string,
): Promise<CompanyInvitation> {
  const invitation = (await manager.findOne(Invitation, {
    where: { id, ...COMPANY_INVITATION },
    lock: { mode: "pessimistic_write" },
  })) as CompanyInvitation | null;
  assertFound(invitation, "The invitation");
  if (!REISSUABLE.includes(invitation.status)) {
    throw new AppError("CONFLICT", refusals[invitation.status] ?? otherwise);
  }
  return invitation;
}

/** The unique partial index UQ_invitations_company_current allows one such invitation per company. */
const HAS_CURRENT_INVITATION = `EXISTS (SELECT 1 FROM invitations ci WHERE ci.company_id = c.id
  AND ci.status NOT IN ('revoked', 'refused'))`;
/** A revoked or refused invitation still counts: inviting that company again is reinviteCompany's explicit choice. */
const HAS_ANY_INVITATION = `EXISTS (SELECT 1 FROM invitations ai WHERE ai.company_id = c.id)`;

/** Recomputed by @smi/questionnaire from the figures, in case the stored flag predates a change of the rules. */
function isEligible(company: Company): boolean {
  return checkFrameEligibility(company).eligible;
}

interface InviteSettings {
  ids?: string[];
  filter?: CompanySelection;
  counties?: CountyCode[];
  locale: Locale;
  expiresAt: Date | null;
}

/** A selection fixed at confirmation: the targets and the key they must match. */
export interface PinnedSelection {
  key: string;
  targetIds: string[];
  locale: Locale | null;
  expiresAt: Date | null;
}

interface InviteSelection {
  chosen: Company[];
  skipped: SkippedCompany[];
  locale: Locale;
  expiresAt: Date | null;
}

function checkInviteInput(input: InviteCompaniesInput): InviteSettings {
  if (!input.companyIds === !input.filter) {
    throw badInput("Give either companyIds or filter.", [
      {
        field: "companyIds",
        code: "NOT_BOTH",
        params: { other: "filter" },
        message: "give either companyIds or filter, not both",
      },
    ]);
  }
  return {
    ids: input.companyIds ? checkIds(input.companyIds, "companyIds") : undefined,
    filter: input.filter,
    counties: countiesOrAll(input.filter?.counties),
    locale: input.locale,
    expiresAt: checkExpiry(input.expiresAt),
  };
}

const keyOf = ({ chosen, locale, expiresAt }: InviteSelection) =>
  selectionKey(
    "invitation",
    [locale, expiresAt?.toISOString() ?? ""],
    chosen.map((c) => c.id),
  );

export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailQueue,
    private readonly env: Env,
  ) {}

  /**
   * Creates one invitation per selected company and queues its e-mail, all in one transaction. The companies are
   * locked first, so concurrent calls (or an erasure) cannot create a second invitation for the same company. With
   * the selectionKey of a preview, the invitations go out only if the selection is still the one previewed.
   */
  async invite(actor: Actor, input: InviteCompaniesInput): Promise<InviteReport> {
    const settings = checkInviteInput(input);
    return this.dataSource.transaction(async (manager) => {
      // Before the companies are locked: a first use stores the seeded settings, which must not lengthen the lock.
      await requireCompleteStudy(manager, this.env);
      const selection = await this.select(manager, settings, true);
      assertSameSelection(input.selectionKey, keyOf(selection), selection.chosen.length);
      return this.queue(manager, actor, selection);
    });
  }

  /** What invite() would do with this input, without doing it: the count, the first companies, one e-mail. */
  async preview(input: InviteCompaniesInput, limit: number): Promise<SendPreview> {
    const settings = checkInviteInput(input);
    return this.dataSource.transaction("REPEATABLE READ", async (manager) => {
      const selection = await this.select(manager, settings, false);
      const { locale, expiresAt } = settings;
      return buildPreview(manager, this.env, "invitation", {
        targets: selection.chosen.map((c) => ({
          id: c.id,
          companyId: c.id,
          companyName: c.name,
          county: c.county,
          locale,
          addressee: { locale, expiresAt, companyName: c.name, contactName: c.contactName, reminderStep: 0 },
        })),
        skipped: selection.skipped,
        limit,
        selectionKey: keyOf(selection),
      });
    });
  }

  /** The companies the input selects now, with its key: what a scheduled send keeps to invite later. */
  async pinSelection(manager: EntityManager, input: InviteCompaniesInput): Promise<PinnedSelection> {
    const selection = await this.select(manager, checkInviteInput(input), true);
    return {
      key: keyOf(selection),
      targetIds: selection.chosen.map((c) => c.id),
      locale: selection.locale,
      expiresAt: selection.expiresAt,
    };
  }

  /**
   * A scheduled send's turn, in the worker's transaction: the companies of its preview that can still be invited
   * (one invited, refused or erased meanwhile is skipped, one deleted is left out).
   */
  async inviteScheduled(
    manager: EntityManager,
    actor: Actor,
    send: { id: string; targetIds: string[]; locale: Locale; expiresAt: Date | null },
  ): Promise<InviteReport> {
    const existing = (await manager.query(`SELECT id FROM companies WHERE id = ANY($1::uuid[])`, [
      send.targetIds,
    ])) as Array<{ id: string }>;
    const expired = send.expiresAt && send.expiresAt <= new Date();
    if (!existing.length || expired) return { invited: 0, invitations: [], skipped: [] };
    const selection = await this.select(
      manager,
      { ids: existing.map((c) => c.id), locale: send.locale, expiresAt: send.expiresAt },
      true,
    );
    return this.queue(manager, actor, selection, { scheduledSendId: send.id });
  }

  /** The companies an invitation would go to, and those it would skip with their reason. */
  private async select(
    manager: EntityManager,
    settings: InviteSettings,
    lock: boolean,
  ): Promise<InviteSelection> {
    const { ids, filter } = settings;
    const query = manager
      .getRepository(Company)
      .createQueryBuilder("c")
      .addSelect(HAS_CURRENT_INVITATION, "invited")
      .addSelect(HAS_ANY_INVITATION, "everInvited")
      .orderBy("c.name", "ASC")
      .addOrderBy("c.id", "ASC");
    if (lock) query.setLock("pessimistic_write");
    if (ids) query.where("c.id IN (:...ids)", { ids });
    else {
      query.where("c.county IN (:...counties)", { counties: settings.counties ?? COUNTY_CODES });
      if (filter!.notYetInvited) query.andWhere(`NOT ${HAS_ANY_INVITATION}`);
    }
    const { entities, raw } = await query.getRawAndEntities();
    if (ids && entities.length !== ids.length) {
      const found = new Set(entities.map((c) => c.id));
      const missing = ids.filter((id) => !found.has(id));
      throw new AppError(
        "NOT_FOUND",
        `${missing.length} of the companies were not found.`,
        missing.map((id) => ({
          field: "companyIds",
          code: "UNKNOWN_ID",
          params: { value: id },
          message: `no company has id ${id}`,
        })),
      );
    }

    const skipped: SkippedCompany[] = [];
    const chosen: Company[] = [];
    entities.forEach((company, i) => {
      const eligible = isEligible(company);
      // A filter for eligible companies simply leaves the others out; named companies are reported.
      if (!ids && filter!.onlyEligible && !eligible) return;
      const { invited, everInvited } = raw[i] as { invited: boolean; everInvited: boolean };
      const reason = company.erasedAt
        ? "ERASED"
        : !company.contactEmail
          ? "NO_CONTACT_EMAIL"
          : invited
            ? "ALREADY_INVITED"
            : everInvited
              ? "REVOKED_OR_REFUSED"
              : ids && !eligible
                ? "INELIGIBLE"
                : null;
      if (reason) skipped.push({ companyId: company.id, companyName: company.name, reason });
      else chosen.push(company);
    });
    return { chosen, skipped, locale: settings.locale, expiresAt: settings.expiresAt };
  }

  private async queue(
    manager: EntityManager,
    actor: Actor,
    { chosen, skipped, locale, expiresAt }: InviteSelection,
    extraDetails: Record<string, unknown> = {},
  ): Promise<InviteReport> {
    const invitations = chosen.map((company) =>
      manager.create(Invitation, { companyId: company.id, token: newInvitationToken(), locale, expiresAt }),
    );
    for (let i = 0; i < invitations.length; i += 1000) {
      await manager.save(Invitation, invitations.slice(i, i + 1000), { reload: true });
    }
    const emails = await composeEmails(
      manager,
      this.env,
      "invitation",
      invitations.map((invitation, i) => ({
        invitationId: invitation.id,
        token: invitation.token,
        optOutToken: invitation.optOutToken,
        locale,
        expiresAt,
        companyName: chosen[i]!.name,
        contactName: chosen[i]!.contactName,
        contactEmail: chosen[i]!.contactEmail!,
        reminderStep: 0,
      })),
    );
    await this.mail.enqueue(manager, emails);
    await audit(manager, actor, {
      action: "invitation.create",
      subjectType: "invitation",
      details: {
        count: invitations.length,
        locale,
        expiresAt,
        invitationIds: invitations.map((i) => i.id),
        companyIds: invitations.map((i) => i.companyId),
        skipped: skipped.map(({ companyId, reason }) => ({ companyId, reason })),
        ...extraDetails,
      },
    });
    return {
      invited: invitations.length,
      invitations: invitations.map((inv, i) => toInvitationView(inv, chosen[i]!)),
      skipped,
    };
  }

  /**
   * Invites a company again whose invitation was revoked or refused: never part of a bulk invitation, always a
   * researcher's choice with a reason, kept in the audit log. The new invitation and its e-mail are one transaction.
   */
  async reinvite(actor: Actor, input: ReinviteCompanyInput): Promise<InvitationView> {
    assertUuid(input.companyId, "The company");
    const locale = input.locale;
    const expiresAt = checkExpiry(input.expiresAt);
    return this.dataSource.transaction(async (manager) => {
      const company = await manager.findOne(Company, {
        where: { id: input.companyId },
        lock: { mode: "pessimistic_write" },
      });
      assertFound(company, "The company");
      if (company.erasedAt || !company.contactEmail) {
        throw badInput("The company has no contact e-mail address to send the invitation to.", [
          {
            field: "companyId",
            code: "NO_CONTACT_EMAIL",
            message: "the company has no contact e-mail address",
          },
        ]);
      }
      const previous = await manager.find(Invitation, {
        where: { companyId: company.id },
        order: { createdAt: "DESC" },
      });
      if (!previous.length) {
        throw new AppError("CONFLICT", "This company was never invited; invite it the usual way.");
      }
      if (previous.some((i) => !["revoked", "refused"].includes(i.status))) {
        throw new AppError(
          "CONFLICT",
          "This company already has an invitation that is neither revoked nor refused.",
        );
      }
      const invitation = await manager.save(
        manager.create(Invitation, { companyId: company.id, token: newInvitationToken(), locale, expiresAt }),
        { reload: true },
      );
      const emails = await composeEmails(manager, this.env, "invitation", [
        {
          invitationId: invitation.id,
          token: invitation.token,
          optOutToken: invitation.optOutToken,
          locale,
          expiresAt,
          companyName: company.name,
          contactName: company.contactName,
          contactEmail: company.contactEmail,
          reminderStep: 0,
        },
      ]);
      await this.mail.enqueue(manager, emails);
      await audit(manager, actor, {
        action: "invitation.reinvite",
        subjectType: "invitation",
        subjectId: invitation.id,
        details: {
          companyIds: [company.id],
          invitationIds: [invitation.id, ...previous.map((i) => i.id)],
          previousStatus: previous[0]!.status,
          reason: input.reason,
        },
      });
      return toInvitationView(invitation, company);
    });
  }

  /** The link stops working at once; e-mails still waiting in the queue are cancelled. A completed one stays. */
  async revoke(actor: Actor, id: string): Promise<InvitationView> {
    assertUuid(id, "The invitation");
    return this.dataSource.transaction(async (manager) => {
      const invitation = (await manager.findOne(Invitation, {
        where: { id, ...COMPANY_INVITATION },
        lock: { mode: "pessimistic_write" },
      })) as CompanyInvitation | null;
      assertFound(invitation, "The invitation");
      if (invitation.status === "completed") {
        throw new AppError(
          "CONFLICT",
          "This company has already answered; its invitation cannot be revoked.",
        );
      }
      if (invitation.status !== "revoked") {
        Object.assign(invitation, { status: "revoked", revokedAt: new Date() });
        await manager.save(invitation);
        await manager.query(
          `UPDATE email_messages SET status = 'cancelled', updated_at = now()
           WHERE invitation_id = $1 AND status = 'queued'`,
          [id],
        );
        await audit(manager, actor, {
          action: "invitation.revoke",
          subjectType: "invitation",
          subjectId: id,
        });
      }
      return this.view(manager, invitation);
    });
  }

  /**
   * A new personal link for an open invitation: the old one stops working at once, e-mails still queued with it are
   * cancelled, and the draft answers stay with the invitation. The link is e-mailed to the contact or, when the
   * researcher asks, shown to them this once; either way the audit log says who did it, why, and which.
   */
  async reissueLink(actor: Actor, id: string, input: ReissueLinkInput): Promise<ReissuedLink> {
    assertUuid(id, "The invitation");
    const expiresAt =
      input.expiresAt === undefined || input.expiresAt === null ? undefined : checkExpiry(input.expiresAt);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await lockOpenInvitation(
        manager,
        id,
        REISSUE_REFUSED,
        "This invitation's link cannot be re-issued.",
      );
      const company = await manager.findOneByOrFail(Company, { id: invitation.companyId });
      if (input.sendEmail && (company.erasedAt || !company.contactEmail)) {
        throw badInput("The company has no contact e-mail address to send the new link to.", [
          {
            field: "sendEmail",
            code: "NO_CONTACT_EMAIL",
            message: "the company has no contact e-mail address",
          },
        ]);
      }
      invitation.token = newInvitationToken();
      if (expiresAt) invitation.expiresAt = expiresAt;
      await manager.save(invitation);
      await manager.query(
        `UPDATE email_messages SET status = 'cancelled', updated_at = now()
         WHERE invitation_id = $1 AND status = 'queued'`,
        [id],
      );
      if (input.sendEmail) {
        // Each sending of the invitation e-mail has its own number, so the unique (invitation, kind, step) index
        // still rules out sending the same one twice.
        const [{ sent }] = (await manager.query(
          `SELECT count(*)::int AS sent FROM email_messages WHERE invitation_id = $1 AND kind = 'invitation'`,
          [id],
        )) as [{ sent: number }];
        const emails = await composeEmails(manager, this.env, "invitation", [
          {
            invitationId: invitation.id,
            token: invitation.token,
            optOutToken: invitation.optOutToken,
            locale: invitation.locale,
            expiresAt: invitation.expiresAt,
            companyName: company.name,
            contactName: company.contactName,
            contactEmail: company.contactEmail!,
            reminderStep: sent,
          },
        ]);
        await this.mail.enqueue(manager, emails);
      }
      await audit(manager, actor, {
        action: "invitation.reissue_link",
        subjectType: "invitation",
        subjectId: id,
        details: {
          companyIds: [company.id],
          reason: input.reason,
          delivery: input.sendEmail ? "email" : "shown",
          expiresAt: expiresAt ?? null,
        },
      });
      return {
        invitation: toInvitationView(invitation, company),
        link: input.sendEmail ? null : invitationLink(this.env.PUBLIC_URL, invitation.token),
      };
    });
  }

  /**
   * Gives an open (or expired) link a later expiry date, keeping the link and the answers; audited with the reason.
   * Only ever later: shortening a link a company may be using is revoking it by surprise.
   */
  async extendExpiry(actor: Actor, id: string, input: ExtendExpiryInput): Promise<InvitationView> {
    assertUuid(id, "The invitation");
    const expiresAt = checkExpiry(input.expiresAt);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await lockOpenInvitation(
        manager,
        id,
        EXTEND_REFUSED,
        "This invitation's link cannot be extended.",
      );
      const before = invitation.expiresAt;
      if (!before) {
        throw badInput("This link has no expiry date: it works until it is revoked.", [
          {
            field: "expiresAt",
            code: "NO_EXPIRY_TO_EXTEND",
            message: "the link has no expiry date to extend",
          },
        ]);
      }
      if (expiresAt! <= before) {
        throw badInput("The new expiry date must be after the current one.", [
          {
            field: "expiresAt",
            code: "NOT_AFTER_CURRENT_EXPIRY",
            params: { current: before.toISOString() },
            message: `must be after the current expiry, ${before.toISOString()}`,
          },
        ]);
      }
      invitation.expiresAt = expiresAt;
      await manager.save(invitation);
      await audit(manager, actor, {
        action: "invitation.extend_expiry",
        subjectType: "invitation",
        subjectId: id,
        details: {
          companyIds: [invitation.companyId],
          before: before.toISOString(),
          after: expiresAt!.toISOString(),
          reason: input.reason,
        },
      });
      return this.view(manager, invitation);
    });
  }

  /** Without READ_CONTACTS the search matches company names only, so it cannot confirm a contact's address. */
  async list(args: InvitationListArgs, canReadContacts: boolean): Promise<InvitationPage> {
    const query = this.filtered(args, canReadContacts).limit(args.limit).offset(args.offset);
    const [items, total] = await query.getManyAndCount();
    return { total, items: items.map((i) => toInvitationView(i, i.company!)) };
  }

  /** Every invitation the table's filter and sort select, in pages of `batch`, for a file download. */
  async *batches(
    filter: InvitationListFilter,
    canReadContacts: boolean,
    batch: number,
  ): AsyncGenerator<InvitationView[]> {
    for (let offset = 0; ; offset += batch) {
      const items = await this.filtered(filter, canReadContacts).limit(batch).offset(offset).getMany();
      if (items.length) yield items.map((i) => toInvitationView(i, i.company!));
      if (items.length < batch) return;
    }
  }

  /** The table's filter and sort, newest first unless told; the id breaks ties so that pages never overlap. */
  private filtered(args: InvitationListFilter, canReadContacts: boolean) {
    const sort = args.sort ?? "createdAt";
    const counties = countiesOrAll(args.counties);
    const query = this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder("i")
      .innerJoinAndSelect("i.company", "c")
      .orderBy(INVITATION_SORT_SQL[sort], ...orderOf(args.direction ?? "desc"));
    // Ties read newest first; only for another column, as TypeORM would let a second i.created_at replace the first.
    if (sort !== "createdAt") query.addOrderBy("i.created_at", "DESC");
    query.addOrderBy("i.id", "ASC");
    if (counties) query.andWhere("c.county IN (:...counties)", { counties });
    if (args.statuses?.length)
      query.andWhere(`${EFFECTIVE_STATUS_SQL} IN (:...statuses)`, { statuses: args.statuses });
    if (args.search?.trim()) {
      const name = foldedContains("c.name", "s");
      query.andWhere(canReadContacts ? `(${name} OR c.contact_email ILIKE :s)` : name, {
        s: containsPattern(args.search),
      });
    }
    return query;
  }

  /** One GROUP BY over the effective status, pivoted per county. */
  async countsByCounty(): Promise<CountyInvitationCounts[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.county, ${EFFECTIVE_STATUS_SQL} AS status, count(*)::int AS n
       FROM invitations i JOIN companies c ON c.id = i.company_id
       GROUP BY c.county, 2 ORDER BY c.county`,
    )) as Array<{ county: CountyCode; status: InvitationStatus; n: number }>;
    const byCounty = new Map<CountyCode, CountyInvitationCounts>();
    for (const { county, status, n } of rows) {
      const counts =
        byCounty.get(county) ??
        byCounty
          .set(county, {
            county,
            total: 0,
            created: 0,
            sent: 0,
            opened: 0,
            started: 0,
            completed: 0,
            screenedOut: 0,
            bounced: 0,
            expired: 0,
            revoked: 0,
            refused: 0,
          })
          .get(county)!;
      const key = status === "screened_out" ? "screenedOut" : status;
      counts[key] += n;
      counts.total += n;
    }
    return [...byCounty.values()];
  }

  private async view(manager: EntityManager, invitation: CompanyInvitation): Promise<InvitationView> {
    const company = await manager.findOneByOrFail(Company, { id: invitation.companyId });
    return toInvitationView(invitation, company);
  }
}
