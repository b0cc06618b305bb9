import type { CountyCode, Locale } from "@smi/questionnaire";
import type { DataSource, EntityManager } from "typeorm";
import type { Env } from "../../config/env";
import { badInput } from "../../common/app-error";
import { audit, SYSTEM_ACTOR, type Actor } from "../audit/audit.service";
import type { MailQueue } from "../mail/mail-queue";
import { loadStudySettings, missingSettings, requireCompleteStudy } from "../study/study-settings";
import { composeEmails } from "./invitation-email";
import type { PinnedSelection } from "./invitation.service";
import { checkIds, countiesOrAll } from "./invitation-input";
import type { InvitationStatus } from "./invitation-status";
import { EFFECTIVE_STATUS_SQL } from "./invitation-view";
import type { ReminderReport, SendRemindersInput, SkippedInvitation } from "./invitation.types";
import { assertSameSelection, selectionKey } from "./selection-key";
import type { SendPreview } from "./send-preview.types";
import { finishedReason, type InvitationSkipReason } from "./skip-reason";
import { buildPreview } from "./send-preview";

interface Candidate {
  id: string;
  company_id: string;
  county: CountyCode;
  token: string;
  opt_out_token: string;
  locale: Locale;
  sent_at: Date | null;
  expires_at: Date | null;
  effective_status: InvitationStatus;
  reminders_sent: number;
  last_reminded_at: Date | null;
  name: string;
  contact_name: string | null;
  contact_email: string | null;
  erased_at: Date | null;
}

const DAY_MS = 24 * 3600_000;

const SELECT_CANDIDATES = `SELECT i.id, i.company_id, c.county, i.token, i.opt_out_token, i.locale, i.sent_at, i.expires_at,
    ${EFFECTIVE_STATUS_SQL} AS effective_status,
    i.reminders_sent, i.last_reminded_at, c.name, c.contact_name, c.contact_email, c.erased_at
  FROM invitations i JOIN companies c ON c.id = i.company_id`;

interface ReminderWhere {
  ids?: string[];
  counties?: CountyCode[];
  /** Named invitations must exist (a caller's mistake otherwise); a scheduled send leaves deleted ones out. */
  idsMustExist?: boolean;
}

function checkReminderInput(input: SendRemindersInput): ReminderWhere {
  if (!input.invitationIds === !input.filter) {
    throw badInput("Give either invitationIds or filter.", [
      {
        field: "invitationIds",
        code: "NOT_BOTH",
        params: { other: "filter" },
        message: "give either invitationIds or filter, not both",
      },
    ]);
  }
  return {
    ids: input.invitationIds ? checkIds(input.invitationIds, "invitationIds") : undefined,
    counties: countiesOrAll(input.filter?.counties),
    idsMustExist: true,
  };
}

/** The step is part of each target: a second reminder has another text than the first. */
const keyOf = (due: Candidate[]) =>
  selectionKey(
    "reminder",
    [],
    due.map((row) => `${row.id}:${row.reminders_sent + 1}`),
  );

export interface ReminderPolicy {
  minIntervalDays: number;
  max: number;
}

/** Why the policy forbids reminding this invitation now, and from when it would allow it (TOO_EARLY only). */
function skipReason(
  row: Candidate,
  policy: ReminderPolicy,
  now: Date,
): Omit<SkippedInvitation, "invitationId"> | null {
  const reason = (code: InvitationSkipReason, possibleFrom: Date | null = null) => ({
    reason: code,
    possibleFrom,
  });
  const finished = finishedReason(row.effective_status);
  if (finished) return reason(finished);
  if (row.erased_at || !row.contact_email) return reason("NO_CONTACT_EMAIL");
  if (row.reminders_sent >= policy.max) return reason("REMINDER_LIMIT");
  const lastContact = Math.max(row.sent_at?.getTime() ?? 0, row.last_reminded_at?.getTime() ?? 0);
  const possibleFrom = new Date(lastContact + policy.minIntervalDays * DAY_MS);
  if (possibleFrom > now) return reason("TOO_EARLY", possibleFrom);
  return null;
}

/**
 * Reminders, by hand and on the REMINDER_DAYS schedule. Each is step `remindersSent + 1` of its invitation, queued in
 * the transaction that counts it, with the invitation rows locked; the unique index on (invitation, kind, step) of
 * email_messages makes a second reminder for the same step impossible even for concurrent callers.
 */
export class ReminderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailQueue,
    private readonly env: Env,
  ) {}

  /** With the selectionKey of a preview, the reminders go out only if the invitations due are the ones previewed. */
  async sendReminders(actor: Actor, input: SendRemindersInput, now = new Date()): Promise<ReminderReport> {
    const where = checkReminderInput(input);
    return this.dataSource.transaction(async (manager) => {
      // Refused even when no reminder is due, so the researcher learns what is missing before the next try.
      await requireCompleteStudy(manager, this.env);
      const { due, skipped } = await this.select(manager, where, true, now);
      assertSameSelection(input.selectionKey, keyOf(due), due.length);
      await this.queue(manager, actor, due, "manual", now);
      return { queued: due.length, skipped };
    });
  }

  /** What sendReminders would do with this input now, without doing it: the count, the first companies, one e-mail. */
  async preview(input: SendRemindersInput, limit: number, now: Date): Promise<SendPreview> {
    const where = checkReminderInput(input);
    return this.dataSource.transaction("REPEATABLE READ", async (manager) => {
      const { due, skipped } = await this.select(manager, where, false, now);
      const sorted = [...due].sort((x, y) => x.name.localeCompare(y.name, "ro") || x.id.localeCompare(y.id));
      return buildPreview(manager, this.env, "reminder", {
        targets: sorted.map((row) => ({
          id: row.id,
          companyId: row.company_id,
          companyName: row.name,
          county: row.county,
          locale: row.locale,
          addressee: {
            locale: row.locale,
            expiresAt: row.expires_at,
            companyName: row.name,
            contactName: row.contact_name,
            reminderStep: row.reminders_sent + 1,
          },
        })),
        skipped,
        limit,
        selectionKey: keyOf(due),
      });
    });
  }

  /** The invitations due now for this input, with its key: what a scheduled send keeps to remind later. */
  async pinSelection(
    manager: EntityManager,
    input: SendRemindersInput,
    now = new Date(),
  ): Promise<PinnedSelection> {
    const { due } = await this.select(manager, checkReminderInput(input), true, now);
    return { key: keyOf(due), targetIds: due.map((row) => row.id), locale: null, expiresAt: null };
  }

  /**
   * A scheduled send's turn, in the worker's transaction: the invitations of its preview that the policy lets be
   * reminded now (one that answered, refused or was reminded by hand meanwhile is skipped).
   */
  async remindScheduled(
    manager: EntityManager,
    actor: Actor,
    send: { id: string; targetIds: string[] },
    now = new Date(),
  ): Promise<ReminderReport> {
    const { due, skipped } = await this.select(manager, { ids: send.targetIds }, true, now);
    await this.queue(manager, actor, due, "scheduled_send", now, { scheduledSendId: send.id });
    return { queued: due.length, skipped };
  }

  private async select(
    manager: EntityManager,
    { ids, counties, idsMustExist }: ReminderWhere,
    lock: boolean,
    now: Date,
  ): Promise<{ due: Candidate[]; skipped: SkippedInvitation[] }> {
    const rows = ids
      ? await this.candidates(manager, `i.id = ANY($1::uuid[])`, [ids], lock)
      : await this.candidates(
          manager,
          counties
            ? `c.county = ANY($1::text[]) AND i.status IN ('sent', 'opened', 'started')`
            : `i.status IN ('sent', 'opened', 'started')`,
          counties ? [counties] : [],
          lock,
        );
    if (ids && idsMustExist && rows.length !== ids.length) {
      const found = new Set(rows.map((r) => r.id));
      const missing = ids.filter((id) => !found.has(id));
      throw badInput(
        `${missing.length} of the invitations were not found.`,
        missing.map((id) => ({
          field: "invitationIds",
          code: "UNKNOWN_ID",
          params: { value: id },
          message: `no invitation has id ${id}`,
        })),
      );
    }
    const skipped: SkippedInvitation[] = [];
    const due = rows.filter((row) => {
      const reason = skipReason(row, this.policy, now);
      if (reason) skipped.push({ invitationId: row.id, ...reason });
      return !reason;
    });
    return { due, skipped };
  }

  private get policy(): ReminderPolicy {
    return { minIntervalDays: this.env.REMINDER_MIN_INTERVAL_DAYS, max: this.env.REMINDER_MAX };
  }

  /**
   * The scheduled run: step k is due REMINDER_DAYS[k] days after the invitation was sent, within the same policy
   * as manual reminders: at most REMINDER_MAX of them, and (after a crash, a pause or a manual reminder) never
   * sooner than REMINDER_MIN_INTERVAL_DAYS after the last contact.
   */
  async sendDueReminders(now = new Date()): Promise<number> {
    const days = this.env.REMINDER_DAYS.slice(0, this.env.REMINDER_MAX);
    if (!days.length) return 0;
    return this.dataSource.transaction(async (manager) => {
      // Reminders wait, like invitations, until an administrator completes the study settings.
      if (missingSettings(await loadStudySettings(manager, this.env)).length) return 0;
      const rows = await this.candidates(
        manager,
        `i.status IN ('sent', 'opened', 'started') AND (i.expires_at IS NULL OR i.expires_at > $2)
         AND i.reminders_sent < cardinality($1::int[])
         AND i.sent_at + make_interval(days => ($1::int[])[i.reminders_sent + 1]) <= $2
         AND GREATEST(i.sent_at, i.last_reminded_at) + make_interval(days => $3) <= $2
         AND c.erased_at IS NULL AND c.contact_email IS NOT NULL`,
        [days, now, this.env.REMINDER_MIN_INTERVAL_DAYS],
      );
      await this.queue(manager, SYSTEM_ACTOR, rows, "schedule", now);
      return rows.length;
    });
  }

  private async candidates(
    manager: EntityManager,
    where: string,
    params: unknown[],
    lock = true,
  ): Promise<Candidate[]> {
    return (await manager.query(
      `${SELECT_CANDIDATES} WHERE ${where} ORDER BY i.created_at${lock ? " FOR UPDATE OF i" : ""}`,
      params,
    )) as Candidate[];
  }

  private async queue(
    manager: EntityManager,
    actor: Actor,
    rows: Candidate[],
    trigger: string,
    now: Date,
    extraDetails: Record<string, unknown> = {},
  ): Promise<void> {
    if (!rows.length) return;
    const emails = await composeEmails(
      manager,
      this.env,
      "reminder",
      rows.map((row) => ({
        invitationId: row.id,
        token: row.token,
        optOutToken: row.opt_out_token,
        locale: row.locale,
        expiresAt: row.expires_at,
        companyName: row.name,
        contactName: row.contact_name,
        contactEmail: row.contact_email!,
        reminderStep: row.reminders_sent + 1,
      })),
    );
    await this.mail.enqueue(manager, emails);
    await manager.query(
      `UPDATE invitations SET reminders_sent = reminders_sent + 1, last_reminded_at = $2, updated_at = now()
       WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.id), now],
    );
    await audit(manager, actor, {
      action: "reminder.send",
      subjectType: "invitation",
      details: {
        trigger,
        count: rows.length,
        invitationIds: rows.map((r) => r.id),
        steps: rows.map((r) => ({ invitationId: r.id, step: r.reminders_sent + 1 })),
        ...extraDetails,
      },
    });
  }
}
