import { LOCALES, type Locale } from "@smi/questionnaire";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { CreatedAt, UpdatedAt, nullableTimestamp, sqlList } from "../../db/columns";
import { Invitation } from "../invitations/invitation.entity";
import {
  EMAIL_KINDS,
  EMAIL_STATUSES,
  EMAIL_TRANSPORTS,
  type EmailKind,
  type EmailStatus,
  type EmailTransport,
} from "./email-kind";

/**
 * One e-mail, written in the same transaction as the invitation or account change that caused it; the row is the truth about
 * its delivery, the pg-boss job only wakes the worker up. The rendered text is stored, so what was sent is on record.
 */
@Entity("email_messages")
@Check("CHK_email_messages_kind", `"kind" IN (${sqlList(EMAIL_KINDS)})`)
@Check("CHK_email_messages_status", `"status" IN (${sqlList(EMAIL_STATUSES)})`)
@Check("CHK_email_messages_transport", `"transport" IN (${sqlList(EMAIL_TRANSPORTS)})`)
@Check("CHK_email_messages_locale", `"locale" IN (${sqlList(LOCALES)})`)
// The database, not only the code, guarantees one invitation e-mail per invitation and one reminder per step.
@Index("UQ_email_messages_invitation_step", ["invitationId", "kind", "reminderStep"], { unique: true })
// The outbox and the researchers' delivery view list by status, newest first.
@Index("IDX_email_messages_status_created", ["status", "createdAt"])
export class EmailMessage {
  /** Chosen by the server before the insert, because the Message-ID header is derived from it. */
  @PrimaryColumn({ type: "uuid" })
  id: string;

  /** Null for e-mails to researchers' accounts (password reset, account setup). */
  @Column({ type: "uuid", nullable: true })
  invitationId: string | null;

  @ManyToOne(() => Invitation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "invitation_id", foreignKeyConstraintName: "FK_email_messages_invitation" })
  invitation?: Invitation;

  @Column({ type: "text" })
  kind: EmailKind;

  /** 0 for the invitation itself, 1, 2, … for the reminders and for the copies of the result a respondent asked for. */
  @Column({ type: "integer", default: 0 })
  reminderStep: number;

  @Column({ type: "text" })
  recipient: string;

  @Column({ type: "text" })
  locale: Locale;

  @Column({ type: "text" })
  subject: string;

  @Column({ type: "text" })
  body: string;

  @Column({ type: "text", default: "queued" })
  status: EmailStatus;

  @Column({ type: "text", nullable: true })
  transport: EmailTransport | null;

  /** Delivery attempts started (a crash mid-send counts as one). */
  @Column({ type: "integer", default: 0 })
  attempts: number;

  @Column({ type: "text", nullable: true })
  lastError: string | null;

  /** The Message-ID header, `<row id@sender domain>`: the same on every attempt. */
  @Column({ type: "text" })
  messageId: string;

  @Column(nullableTimestamp)
  sendingAt: Date | null;

  @Column(nullableTimestamp)
  sentAt: Date | null;

  @Column(nullableTimestamp)
  failedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
