import { checkEligibility } from "@smi/questionnaire";
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

    const companies: Array<{
      id: string;
      county: string;
      employees: number | null;
      turnover_eur: number | null;
      balance_sheet_eur: number | null;
      has_marketing_dept: boolean | null;
    }> = await queryRunner.query(
      `SELECT id, county, employees, turnover_eur, balance_sheet_eur, has_marketing_dept FROM companies WHERE employees IS NOT NULL`,
    );
    for (const c of companies) {
      const eligibility = checkEligibility({
        county: c.county,
        employees: c.employees!,
        turnoverEur: c.turnover_eur,
        balanceSheetEur: c.balance_sheet_eur,
        hasMarketingDept: c.has_marketing_dept ?? false,
      });
      await queryRunner.query(
        `UPDATE companies SET size_class = $2, eligible = $3, ineligibility_reasons = $4 WHERE id = $1`,
        [
          c.id,
          eligibility.sizeClass,
          eligibility.eligible && c.has_marketing_dept !== null,
          JSON.stringify(eligibility.reasons.map((r) => r.code)),
        ],
      );
    }
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
