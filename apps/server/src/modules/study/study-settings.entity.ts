import { Check, Column, Entity, PrimaryColumn } from "typeorm";
import { UpdatedAt } from "../../db/columns";

/**
 * Who runs the study, as respondents are told on every page and in every e-mail: one row (id 1), edited by an
 * administrator, first filled from the environment. A text left null is not set yet, and invitations wait for it.
 */
@Entity("study_settings")
@Check("CHK_study_settings_single_row", `"id" = 1`)
@Check("CHK_study_settings_retention", `"retention_months" BETWEEN 1 AND 120`)
export class StudySettings {
  @PrimaryColumn({ type: "smallint", primaryKeyConstraintName: "PK_study_settings" })
  id: number;

  @Column({ type: "text", nullable: true })
  controllerRo: string | null;

  @Column({ type: "text", nullable: true })
  controllerEn: string | null;

  @Column({ type: "text", nullable: true })
  principalInvestigator: string | null;

  @Column({ type: "text", nullable: true })
  contactEmail: string | null;

  @Column({ type: "text", nullable: true })
  ethicsApprovalRo: string | null;

  @Column({ type: "text", nullable: true })
  ethicsApprovalEn: string | null;

  @Column({ type: "int" })
  retentionMonths: number;

  @Column({ type: "uuid", nullable: true })
  updatedBy: string | null;

  @UpdatedAt()
  updatedAt: Date;
}
