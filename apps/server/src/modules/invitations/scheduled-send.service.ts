import type { DataSource, EntityManager } from "typeorm";
import type { Env } from "../../config/env";
import { AppError, assertFound, badInput } from "../../common/app-error";
import { assertUuid } from "../../common/ids";
import { audit, type Actor } from "../audit/audit.service";
import type { InvitationService } from "./invitation.service";
import type { ReminderService } from "./reminder.service";
import { ScheduledSend } from "./scheduled-send.entity";
import type { ScheduleSendInput, ScheduledSendView } from "./scheduled-send.types";
import { assertSameSelection } from "./selection-key";

const DAY_MS = 24 * 3600_000;

const SELECT_VIEW = `SELECT s.*, a.display_name AS created_by_name
  FROM scheduled_sends s LEFT JOIN accounts a ON a.id = s.created_by`;

interface ViewRow {
  id: string;
  kind: ScheduledSend["kind"];
  target_ids: string[];
  locale: ScheduledSend["locale"];
  expires_at: Date | null;
  send_at: Date;
  status: ScheduledSend["status"];
  created_by_name: string | null;
  cancelled_at: Date | null;
  done_at: Date | null;
  queued: number | null;
  skipped: number | null;
  created_at: Date;
}

const toView = (row: ViewRow): ScheduledSendView => ({
  id: row.id,
  kind: row.kind,
  count: row.target_ids.length,
  locale: row.locale,
  expiresAt: row.expires_at,
  sendAt: row.send_at,
  status: row.status,
  createdByName: row.created_by_name,
  cancelledAt: row.cancelled_at,
  doneAt: row.done_at,
  queued: row.queued,
  skipped: row.skipped,
  createdAt: row.created_at,
});

/**
 * Bulk sends confirmed for later. A scheduled send keeps the previewed set; the mail worker picks it up once its time
 * has come and queues its e-mails in the transaction that marks it done, with the row locked, so it runs once even
 * across restarts and several workers. Cancelling takes the same lock: it either wins, or finds the send done.
 */
export class ScheduledSendService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationService,
    private readonly reminders: ReminderService,
    private readonly env: Env,
  ) {}

  async schedule(actor: Actor, input: ScheduleSendInput, now = new Date()): Promise<ScheduledSendView> {
    const sendAt = this.checkSendAt(input.sendAt, now);
    const request = input.invitations ?? input.reminders;
    if (!input.invitations === !input.reminders) {
      throw badInput("Give either invitations or reminders.", [
        {
          field: "invitations",
          code: "NOT_BOTH",
          params: { other: "reminders" },
          message: "give either invitations or reminders, not both",
        },
      ]);
    }
    if (!request!.selectionKey) {
      throw badInput("A scheduled send needs the selectionKey of its preview.", [
        { field: "selectionKey", code: "REQUIRED", message: "is required: preview the send first" },
      ]);
    }
    const expiresAt = input.invitations?.expiresAt;
    if (expiresAt && expiresAt <= sendAt) {
      throw badInput("The links would expire before the e-mails are sent.", [
        { field: "expiresAt", code: "EXPIRY_BEFORE_SEND", message: "must be after the send time" },
      ]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const pinned = input.invitations
        ? await this.invitations.pinSelection(manager, input.invitations)
        : await this.reminders.pinSelection(manager, input.reminders!, sendAt);
      assertSameSelection(request!.selectionKey, pinned.key, pinned.targetIds.length);
      if (!pinned.targetIds.length) throw badInput("There is nothing to send: the selection is empty.");
      const kind = input.invitations ? "invitation" : "reminder";
      const saved = await manager.save(
        manager.create(ScheduledSend, {
          kind,
          targetIds: pinned.targetIds,
          locale: pinned.locale,
          expiresAt: pinned.expiresAt,
          sendAt,
          createdBy: actor.id,
        }),
      );
      await audit(manager, actor, {
        action: "send.schedule",
        subjectType: "invitation",
        details: {
          scheduledSendId: saved.id,
          kind,
          count: pinned.targetIds.length,
          sendAt: sendAt.toISOString(),
          [kind === "invitation" ? "companyIds" : "invitationIds"]: pinned.targetIds,
        },
      });
      return saved.id;
    });
    return this.view(this.dataSource.manager, id);
  }

  /** Waiting sends first (soonest first), then the 20 most recent done or cancelled. */
  async list(): Promise<ScheduledSendView[]> {
    const rows = (await this.dataSource.query(
      `(${SELECT_VIEW} WHERE s.status = 'scheduled' ORDER BY s.send_at, s.id)
       UNION ALL
       (${SELECT_VIEW} WHERE s.status <> 'scheduled' ORDER BY s.updated_at DESC, s.id LIMIT 20)`,
    )) as ViewRow[];
    return rows.map(toView);
  }

  async cancel(actor: Actor, id: string): Promise<ScheduledSendView> {
    assertUuid(id, "The scheduled send");
    await this.dataSource.transaction(async (manager) => {
      const send = await manager.findOne(ScheduledSend, {
        where: { id },
        lock: { mode: "pessimistic_write" },
      });
      assertFound(send, "The scheduled send");
      if (send.status === "done") {
        throw new AppError("CONFLICT", "This send has already gone out; it can no longer be cancelled.");
      }
      if (send.status === "cancelled") return;
      Object.assign(send, { status: "cancelled", cancelledAt: new Date(), cancelledBy: actor.id });
      await manager.save(send);
      await audit(manager, actor, {
        action: "send.schedule_cancel",
        subjectType: "invitation",
        details: {
          scheduledSendId: id,
          kind: send.kind,
          count: send.targetIds.length,
          [send.kind === "invitation" ? "companyIds" : "invitationIds"]: send.targetIds,
        },
      });
    });
    return this.view(this.dataSource.manager, id);
  }

  /**
   * Runs every send whose time has come, one transaction each: SKIP LOCKED lets two workers share the work, and
   * the status flips to done in the transaction that queues the e-mails, so a crash before the commit leaves the send
   * to run again and one after it never repeats it. Returns how many ran.
   */
  async runDue(now = new Date()): Promise<number> {
    let ran = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [send] = await manager
          .getRepository(ScheduledSend)
          .createQueryBuilder("s")
          .where("s.status = 'scheduled' AND s.send_at <= :now", { now })
          .orderBy("s.send_at", "ASC")
          .addOrderBy("s.id", "ASC")
          .limit(1)
          .setLock("pessimistic_write")
          .setOnLocked("skip_locked")
          .getMany();
        if (!send) return false;
        await this.run(manager, send);
        return true;
      });
      if (!done) return ran;
      ran += 1;
    }
  }

  private async run(manager: EntityManager, send: ScheduledSend): Promise<void> {
    // Audited as the researcher who confirmed it; the entry names the scheduled send it came from.
    const actor: Actor = { id: send.createdBy };
    const report =
      send.kind === "invitation"
        ? await this.invitations.inviteScheduled(manager, actor, { ...send, locale: send.locale ?? "ro" })
        : await this.reminders.remindScheduled(manager, actor, send);
    const queued = "invited" in report ? report.invited : report.queued;
    Object.assign(send, {
      status: "done",
      doneAt: new Date(),
      queued,
      skipped: send.targetIds.length - queued,
    });
    await manager.save(send);
  }

  private checkSendAt(sendAt: Date, now: Date): Date {
    const latest = new Date(now.getTime() + this.env.SCHEDULE_MAX_DAYS * DAY_MS);
    if (Number.isNaN(sendAt.getTime()) || sendAt <= now || sendAt > latest) {
      throw badInput("The send time must be in the future, and not too far ahead.", [
        {
          field: "sendAt",
          code: "SEND_TIME_OUT_OF_RANGE",
          params: { maxDays: this.env.SCHEDULE_MAX_DAYS },
          message: `must be in the future and at most ${this.env.SCHEDULE_MAX_DAYS} days ahead`,
        },
      ]);
    }
    return sendAt;
  }

  private async view(manager: EntityManager, id: string): Promise<ScheduledSendView> {
    const [row] = (await manager.query(`${SELECT_VIEW} WHERE s.id = $1`, [id])) as ViewRow[];
    return toView(row!);
  }
}
