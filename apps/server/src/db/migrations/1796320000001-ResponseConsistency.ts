import type { MigrationInterface, QueryRunner } from "typeorm";

// The rule ids of @smi/questionnaire's consistency rules as of this migration (self-contained on purpose).
const RULES = `'dept_vs_hidden_marketing', 'new_customers_vs_closings', 'gross_profit_vs_turnover'`;

/**
 * Consistency flags on responses (the rules their answers break, and which of those the respondent confirmed) and
 * the profile that first screened a company out, kept when the respondent corrects it.
 */
export class ResponseConsistency1796320000001 implements MigrationInterface {
  name = "ResponseConsistency1796320000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "responses" ADD "consistency_flags" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "responses" ADD "confirmed_conflicts" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "responses" ADD "first_screening" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "CHK_responses_consistency_flags" CHECK ("consistency_flags" <@ ARRAY[${RULES}]::text[])`,
    );
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "CHK_responses_confirmed_conflicts" CHECK ("confirmed_conflicts" <@ "consistency_flags")`,
    );
    // Responses stored before the rules existed get their flags from their answers (none confirmed).
    await queryRunner.query(`
            UPDATE "responses" SET "consistency_flags" = array_remove(ARRAY[
              CASE WHEN "has_marketing_dept" AND "configuration" = 'hidden_marketing'
                THEN 'dept_vs_hidden_marketing' END,
              CASE WHEN jsonb_typeof("performance"->'new_customers') = 'number'
                AND jsonb_typeof("performance"->'closings') = 'number'
                AND ("performance"->>'new_customers')::float8 > ("performance"->>'closings')::float8
                THEN 'new_customers_vs_closings' END,
              CASE WHEN "turnover_eur" IS NOT NULL
                AND jsonb_typeof("performance"->'gross_profit_per_customer_eur') = 'number'
                AND ("performance"->>'gross_profit_per_customer_eur')::float8 > 0
                AND ("performance"->>'gross_profit_per_customer_eur')::float8 * GREATEST(1, CASE
                  WHEN jsonb_typeof("performance"->'new_customers') = 'number'
                  THEN ("performance"->>'new_customers')::float8 ELSE 1 END) > "turnover_eur"
                THEN 'gross_profit_vs_turnover' END
            ]::text[], NULL)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "CHK_responses_confirmed_conflicts"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "CHK_responses_consistency_flags"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "first_screening"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "confirmed_conflicts"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "consistency_flags"`);
  }
}
