import type { MigrationInterface, QueryRunner } from "typeorm";

/** Stores each company's size class and eligibility so the researcher's list can filter on them in SQL. */
export class CompanyEligibility1795375454022 implements MigrationInterface {
  name = "CompanyEligibility1795375454022";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "companies"
        ADD "size_class" text,
        ADD "eligible" boolean NOT NULL DEFAULT false,
        ADD "ineligibility_reasons" jsonb NOT NULL DEFAULT '[]',
        ADD CONSTRAINT "CHK_companies_size_class" CHECK ("size_class" IN ('micro', 'small', 'medium', 'large'))
    `);
    await queryRunner.query(
      `CREATE INDEX "IDX_companies_eligible_county" ON "companies" ("eligible", "county")`,
    );

    // The rules as they stood when this migration was written (Recommendation 2003/361/EC ceilings; unknown
    // marketing department means not eligible), frozen here in SQL so the migration gives the same result forever.
    // The CHECK on county keeps every row inside the seven counties, so county never excludes anyone.
    await queryRunner.query(`
      UPDATE companies SET size_class = CASE
          WHEN employees < 10 AND ((turnover_eur IS NULL AND balance_sheet_eur IS NULL)
            OR turnover_eur <= 2000000 OR balance_sheet_eur <= 2000000) THEN 'micro'
          WHEN employees < 50 AND ((turnover_eur IS NULL AND balance_sheet_eur IS NULL)
            OR turnover_eur <= 10000000 OR balance_sheet_eur <= 10000000) THEN 'small'
          WHEN employees < 250 AND ((turnover_eur IS NULL AND balance_sheet_eur IS NULL)
            OR turnover_eur <= 50000000 OR balance_sheet_eur <= 43000000) THEN 'medium'
          ELSE 'large'
        END
      WHERE employees IS NOT NULL
    `);
    await queryRunner.query(`
      UPDATE companies SET
        eligible = size_class <> 'large' AND has_marketing_dept IS TRUE,
        ineligibility_reasons = to_jsonb(array_remove(ARRAY[
          CASE WHEN size_class = 'large' THEN 'NOT_AN_SME' END,
          CASE WHEN has_marketing_dept IS NOT TRUE THEN 'NO_MARKETING_DEPARTMENT' END
        ], NULL))
      WHERE employees IS NOT NULL
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_companies_eligible_county"`);
    await queryRunner.query(`
      ALTER TABLE "companies"
        DROP CONSTRAINT "CHK_companies_size_class",
        DROP COLUMN "ineligibility_reasons",
        DROP COLUMN "eligible",
        DROP COLUMN "size_class"
    `);
  }
}
