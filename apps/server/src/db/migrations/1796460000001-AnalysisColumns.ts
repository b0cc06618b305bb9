import type { MigrationInterface, QueryRunner } from "typeorm";

// Frozen here, as the instrument had them when this migration was written: a migration never follows live code.
const ITEMS = Array.from({ length: 20 }, (_, i) => `q${String(i + 1).padStart(2, "0")}`);
const INDICATORS = [
  "quota_pct",
  "new_customers",
  "closings",
  "gross_profit_per_customer_eur",
  "sales_expense_ratio_pct",
  "retention_pct",
  "revenue_growth_pct",
];

/**
 * The answers and indicators that analyses read, kept by PostgreSQL in compact columns beside the JSON ones: the 20
 * answers as 20 digits, and the 7 indicators as 56 bytes, each a big-endian double (float8send), NaN where missing.
 * Reading them through a binary COPY costs a fraction of extracting 27 JSON fields from every row, which at a million
 * responses was most of an analysis's time (an array of doubles instead of the bytes cost twice as much to send).
 * A row trigger derives them whenever the JSON changes, so they cannot disagree with it; answer_digits is NULL
 * until all 20 are given. (Generated columns would say the same more briefly, but TypeORM keeps their expressions
 * in a table keyed by the database's name, which a copied or restored database does not match.)
 */
export class AnalysisColumns1796460000001 implements MigrationInterface {
  name = "AnalysisColumns1796460000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    const digits = ITEMS.map((id) => `(NEW.answers ->> '${id}')`).join(" || ");
    const indicators = INDICATORS.map(
      (id) =>
        `float8send(CASE WHEN jsonb_typeof(NEW.performance -> '${id}') = 'number' THEN (NEW.performance ->> '${id}')::double precision ELSE 'NaN' END)`,
    ).join(" || ");
    await queryRunner.query(
      `ALTER TABLE "responses" ADD "answer_digits" text, ADD "performance_bytes" bytea`,
    );
    await queryRunner.query(`
      CREATE FUNCTION derive_analysis_columns() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.answer_digits := ${digits};
        NEW.performance_bytes := ${indicators};
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER responses_analysis_columns BEFORE INSERT OR UPDATE OF answers, performance ON responses
        FOR EACH ROW EXECUTE FUNCTION derive_analysis_columns()`);
    // Rewriting the JSON as it is fires the trigger for every existing response.
    await queryRunner.query(`UPDATE "responses" SET "answers" = "answers"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "responses_analysis_columns" ON "responses"`);
    await queryRunner.query(`DROP FUNCTION derive_analysis_columns()`);
    await queryRunner.query(
      `ALTER TABLE "responses" DROP COLUMN "performance_bytes", DROP COLUMN "answer_digits"`,
    );
  }
}
