import { LOCALES, type Locale } from "@smi/questionnaire";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt, UpdatedAt, nullableTimestamp, sqlList } from "../../db/columns";

export const SCHEDULED_SEND_KINDS = ["invitation", "reminder"] as const;
export type ScheduledSendKind = (typeof SCHEDULED_SEND_KINDS)[number];
/** scheduled → done (the mail worker queued its e-mails) or cancelled (by a researcher, before its time). */
export const SCHEDULED_SEND_STATUSES = ["scheduled", "done", "cancelled"] as const;
export type ScheduledSendStatus = (typeof SCHEDULED_SEND_STATUSES)[number];

/**
 * A bulk invitation or reminder confirmed after its preview, to go out at `sendAt`. It keeps the previewed set
 * itself (company ids to invite, or invitation ids to remind), so what goes out later is what the researcher saw;
 * whatever changed meanwhile (a refusal, an invitation sent by hand) is skipped when it runs.
 */
@Entity("scheduled_sends")
@Check("CHK_scheduled_sends_kind", `"kind" IN (${sqlList(SCHEDULED_SEND_KINDS)})`)
@Check("CHK_scheduled_sends_status", `"status" IN (${sqlList(SCHEDULED_SEND_STATUSES)})`)
@Check("CHK_scheduled_sends_locale", `"locale" IN (${sqlList(LOCALES)})`)
// The mail worker looks for due sends by status and time.
@Index("IDX_scheduled_sends_status_send_at", ["status", "sendAt"])
export class ScheduledSend {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "text" })
  kind: ScheduledSendKind;

  /** Companies to invite, or invitations to remind. */
  @Column({ type: "uuid", array: true })
  targetIds: string[];

  /** The invitations' language and expiry; null for reminders, which follow each invitation's. */
  @Column({ type: "text", nullable: true })
  locale: Locale | null;

  @Column(nullableTimestamp)
  expiresAt: Date | null;

  @Column({ type: "timestamptz" })
  sendAt: Date;

  @Column({ type: "text", default: "scheduled" })
  status: ScheduledSendStatus;

  @Column({ type: "uuid", nullable: true })
  createdBy: string | null;

  @Column({ type: "uuid", nullable: true })
  cancelledBy: string | null;

  @Column(nullableTimestamp)
  cancelledAt: Date | null;

  @Column(nullableTimestamp)
  doneAt: Date | null;

  /** When done: e-mails queued, and targets skipped because they changed since the preview. */
  @Column({ type: "integer", nullable: true })
  queued: number | null;

  @Column({ type: "integer", nullable: true })
  skipped: number | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
