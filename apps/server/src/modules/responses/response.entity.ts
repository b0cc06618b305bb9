import {
  CATEGORY_IDS,
  CONSISTENCY_RULE_IDS,
  COUNTY_CODES,
  SIZE_CLASSES,
  SMI_CONFIGURATION_IDS,
  type CategoryId,
  type ConsistencyRuleId,
  type CountyCode,
  type PartialAnswers,
  type PerformanceValues,
  type ScoringKey,
  type SizeClass,
  type SmiConfigurationId,
} from "@smi/questionnaire";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CreatedAt, UpdatedAt, nullableTimestamp, sqlList } from "../../db/columns";
import { Account } from "../accounts/account.entity";
import { Company } from "../companies/company.entity";
import { Invitation } from "../invitations/invitation.entity";
import {
  RESPONSE_SOURCES,
  RESPONSE_STATUSES,
  type ResponseSource,
  type ResponseStatus,
} from "./response-source";
import type { FirstScreening } from "./first-screening";

/**
 * One company's answers: a draft while the respondent works, then submitted once and for all.
 * The company profile is copied in (as confirmed by the respondent), so a response stands on its own for analysis
 * and survives the erasure of the company's contact data.
 */
@Entity("responses")
// Exactly one response per invitation, even with two tabs or a double click.
@Index("UQ_responses_invitation", ["invitationId"], { unique: true })
@Index("IDX_responses_company", ["companyId"])
// Re-importing a file updates the responses it created instead of duplicating them.
@Index("UQ_responses_external_id", ["externalId"], { unique: true, where: `"external_id" IS NOT NULL` })
// Category by county is counted from this index alone (test responses are never counted; it holds the exclusion).
@Index("IDX_responses_submitted_county_category", ["county", "category", "excludedAt"], {
  where: `"status" = 'submitted' AND "source" <> 'test'`,
})
@Check("CHK_responses_source", `"source" IN (${sqlList(RESPONSE_SOURCES)})`)
@Check("CHK_responses_test_has_no_company", `"source" <> 'test' OR "company_id" IS NULL`)
@Check("CHK_responses_status", `"status" IN (${sqlList(RESPONSE_STATUSES)})`)
@Check("CHK_responses_county", `"county" IN (${sqlList(COUNTY_CODES)})`)
@Check("CHK_responses_size_class", `"size_class" IN (${sqlList(SIZE_CLASSES)})`)
@Check("CHK_responses_configuration", `"configuration" IN (${sqlList(SMI_CONFIGURATION_IDS)})`)
@Check("CHK_responses_category", `"category" IN (${sqlList(CATEGORY_IDS)})`)
@Check(
  "CHK_responses_consistency_flags",
  `"consistency_flags" <@ ARRAY[${sqlList(CONSISTENCY_RULE_IDS)}]::text[]`,
)
@Check("CHK_responses_confirmed_conflicts", `"confirmed_conflicts" <@ "consistency_flags"`)
@Check("CHK_responses_exclusion_reason", `("excluded_at" IS NULL) = ("exclusion_reason" IS NULL)`)
@Check("CHK_responses_excluded_is_submitted", `"excluded_at" IS NULL OR "status" = 'submitted'`)
@Check("CHK_responses_total_score", `"total_score" BETWEEN 20 AND 100`)
@Check(
  "CHK_responses_submitted_is_scored",
  `"status" = 'draft' OR ("total_score" IS NOT NULL AND "category" IS NOT NULL AND "scoring_key" IS NOT NULL AND "submitted_at" IS NOT NULL)`,
)
export class Response {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", nullable: true })
  invitationId: string | null;

  // Many-to-one in the mapping; UQ_responses_invitation makes it one-to-one without a second, unnamed constraint.
  @ManyToOne(() => Invitation, { onDelete: "SET NULL" })
  @JoinColumn({ name: "invitation_id", foreignKeyConstraintName: "FK_responses_invitation" })
  invitation?: Invitation | null;

  @Column({ type: "uuid", nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: "SET NULL" })
  @JoinColumn({ name: "company_id", foreignKeyConstraintName: "FK_responses_company" })
  company?: Company | null;

  @Column({ type: "text" })
  source: ResponseSource;

  /** For imported responses: the identifier the researcher gave the row (e.g. a paper form number). */
  @Column({ type: "text", nullable: true })
  externalId: string | null;

  @Column({ type: "text", default: "draft" })
  status: ResponseStatus;

  /** Answers keyed by item id (q01…q20), validated by @smi/questionnaire; partial while a draft. */
  @Column({ type: "jsonb", default: {} })
  answers: PartialAnswers;

  @Column({ type: "text", nullable: true })
  county: CountyCode | null;

  @Column({ type: "integer", nullable: true })
  employees: number | null;

  @Column({ type: "double precision", nullable: true })
  turnoverEur: number | null;

  @Column({ type: "double precision", nullable: true })
  balanceSheetEur: number | null;

  @Column({ type: "boolean", nullable: true })
  hasMarketingDept: boolean | null;

  @Column({ type: "text", nullable: true })
  sizeClass: SizeClass | null;

  /** Performance indicators keyed by indicator id; null = "prefer not to say". */
  @Column({ type: "jsonb", default: {} })
  performance: PerformanceValues;

  @Column({ type: "text", nullable: true })
  configuration: SmiConfigurationId | null;

  /** The consistency rules (@smi/questionnaire) the answers break, kept current with every save and import. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  consistencyFlags: ConsistencyRuleId[];

  /** Of those, the ones the respondent confirmed: both answers are right. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  confirmedConflicts: ConsistencyRuleId[];

  /** The profile that first screened the company out, kept when the respondent corrected it afterwards. */
  @Column({ type: "jsonb", nullable: true })
  firstScreening: FirstScreening | null;

  @Column({ type: "smallint", nullable: true })
  totalScore: number | null;

  @Column({ type: "text", nullable: true })
  category: CategoryId | null;

  /** The scoring key that produced totalScore and category, e.g. kotler-2006-v1. */
  @Column({ type: "text", nullable: true })
  scoringKey: ScoringKey | null;

  @Column(nullableTimestamp)
  submittedAt: Date | null;

  /** The answers as 20 digits, for analyses; a trigger derives it from `answers` (migration AnalysisColumns). */
  @Column({ type: "text", nullable: true, select: false, insert: false, update: false })
  answerDigits: string | null;

  /** The indicators as 7 big-endian doubles (NaN = missing), for analyses; derived by the same trigger. */
  @Column({ type: "bytea", nullable: true, select: false, insert: false, update: false })
  performanceBytes: Buffer | null;
  /** Set while a researcher keeps this submitted response out of the analyses; null when it is included. */
  @Column(nullableTimestamp)
  excludedAt: Date | null;

  @Column({ type: "uuid", nullable: true })
  excludedById: string | null;

  @ManyToOne(() => Account, { onDelete: "SET NULL" })
  @JoinColumn({ name: "excluded_by_id", foreignKeyConstraintName: "FK_responses_excluded_by" })
  excludedBy?: Account | null;

  /** Why it was excluded, in the researcher's words; null when included. */
  @Column({ type: "text", nullable: true })
  exclusionReason: string | null;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
