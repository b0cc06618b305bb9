import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The study's identity (controller, principal investigator, contact, ethics approval, retention) as one row that an
 * administrator edits; the server fills it from the environment on first use, so the table starts empty.
 */
export class StudySettings1796310000001 implements MigrationInterface {
  name = "StudySettings1796310000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "study_settings" (
              "id" smallint NOT NULL,
              "controller_ro" text,
              "controller_en" text,
              "principal_investigator" text,
              "contact_email" text,
              "ethics_approval_ro" text,
              "ethics_approval_en" text,
              "retention_months" integer NOT NULL,
              "updated_by" uuid,
              "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
              CONSTRAINT "CHK_study_settings_single_row" CHECK ("id" = 1),
              CONSTRAINT "CHK_study_settings_retention" CHECK ("retention_months" BETWEEN 1 AND 120),
              CONSTRAINT "PK_study_settings" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "study_settings"`);
  }
}
