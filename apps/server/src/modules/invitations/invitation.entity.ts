import { LOCALES, type Locale } from "@smi/questionnaire";
import {
  Check,
  Column,
  Entity,
  Index,
  IsNull,
  JoinColumn,
  ManyToOne,
  Not,
  PrimaryGeneratedColumn,
} from "typeorm";
import { CreatedAt, UpdatedAt, nullableTimestamp, sqlList } from "../../db/columns";
import { Account } from "../accounts/account.entity";
import { Company } from "../companies/company.entity";
import { INVITATION_STATUSES, type InvitationStatus } from "./invitation-status";

/**
 * A personal link sent to one company's management, or a researcher's test link (no company, `testAccountId` set).
 * The token is the respondent's only credential.
 */
@Entity("invitations")
@Index("UQ_invitations_token", ["token"], { unique: true })
@Index("IDX_invitations_company", ["companyId"])
@Index("UQ_invitations_opt_out_token", ["optOutToken"], { unique: true })
// One current invitation per company: a new one only after the previous one was revoked or refused.
@Index("UQ_invitations_company_current", ["companyId"], {
  unique: true,
  where: `"status" NOT IN ('revoked', 'refused')`,
})
// Progress counts and reminder selection filter on status.
@Index("IDX_invitations_status", ["status"])
@Index("IDX_invitations_test", ["testAccountId"], { where: `"test_account_id" IS NOT NULL` })
// A company's invitation or a researcher's test link (see test-mode.ts), never both.
@Check("CHK_invitations_company_or_test", `("company_id" IS NULL) <> ("test_account_id" IS NULL)`)
@Check("CHK_invitations_status", `"status" IN (${sqlList(INVITATION_STATUSES)})`)
@Check("CHK_invitations_locale", `"locale" IN (${sqlList(LOCALES)})`)
export class Invitation {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Null only for a test link. */
  @Column({ type: "uuid", nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: "CASCADE" })
  @JoinColumn({ name: "company_id", foreignKeyConstraintName: "FK_invitations_company" })
  company?: Company;

  /** The researcher who opened this test link; null for a company's invitation. */
  @Column({ type: "uuid", nullable: true })
  testAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: "CASCADE" })
  @JoinColumn({ name: "test_account_id", foreignKeyConstraintName: "FK_invitations_test_account" })
  testAccount?: Account;

  /** 256 random bits, base64url: see invitation-token.ts. */
  @Column({ type: "text" })
  token: string;

  /**
   * The e-mails' one-click opt-out credential, separate from the link token: it survives a re-issued link (an old
   * e-mail's opt-out still works), and handing it to mail providers (List-Unsubscribe) opens no questionnaire.
   * Drawn by the database (function of the Refusals migration), so every way of creating an invitation gets one.
   */
  @Column({ type: "text", default: () => "new_opt_out_token()" })
  optOutToken: string;

  @Column({ type: "text", default: "ro" })
  locale: Locale;

  @Column({ type: "text", default: "created" })
  status: InvitationStatus;

  @Column(nullableTimestamp)
  expiresAt: Date | null;

  @Column(nullableTimestamp)
  sentAt: Date | null;

  @Column(nullableTimestamp)
  openedAt: Date | null;

  @Column(nullableTimestamp)
  startedAt: Date | null;

  @Column(nullableTimestamp)
  completedAt: Date | null;

  @Column(nullableTimestamp)
  screenedOutAt: Date | null;

  @Column(nullableTimestamp)
  bouncedAt: Date | null;

  @Column(nullableTimestamp)
  revokedAt: Date | null;

  /** When the respondent declined on the consent page or opted out from an e-mail: final, no more e-mails. */
  @Column(nullableTimestamp)
  refusedAt: Date | null;

  /** When and to which text version of the informed-consent notice the respondent agreed. */
  @Column(nullableTimestamp)
  consentedAt: Date | null;

  @Column({ type: "text", nullable: true })
  consentVersion: string | null;

  /** Ineligibility reason codes when screened out. */
  @Column({ type: "jsonb", nullable: true })
  screeningReasons: string[] | null;

  @Column({ type: "integer", default: 0 })
  remindersSent: number;

  @Column(nullableTimestamp)
  lastRemindedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}

/** A company's invitation, the only kind fieldwork actions (revoke, re-issue, extend) handle. */
export type CompanyInvitation = Invitation & { companyId: string };

/** Where a fieldwork action looks an invitation up by id: to it, a test link does not exist. */
export const COMPANY_INVITATION = { companyId: Not(IsNull()) };
