import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Test mode: a researcher tries the questionnaire through a link of its own, an invitation of no company that
 * names the account that opened it, and the answers are stored with source `test`. Progress, reminders and
 * invitation lists join invitations to companies, so such a link is in none of them; analyses and exports leave
 * source `test` out; and the county benchmark counts below never count it.
 */
export class TestMode1796500000003 implements MigrationInterface {
  name = "TestMode1796500000003";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "company_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "invitations" ADD "test_account_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_test_account" FOREIGN KEY ("test_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_company_or_test" CHECK (("company_id" IS NULL) <> ("test_account_id" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_invitations_test" ON "invitations" ("test_account_id") WHERE "test_account_id" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "CHK_responses_source"`);
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "CHK_responses_source" CHECK ("source" IN ('web', 'import', 'test'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "CHK_responses_test_has_no_company" CHECK ("source" <> 'test' OR "company_id" IS NULL)`,
    );
    await replaceCountFunction(
      queryRunner,
      `status = 'submitted' AND county IS NOT NULL AND source <> 'test'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await replaceCountFunction(queryRunner, `status = 'submitted' AND county IS NOT NULL`);
    await queryRunner.query(`DELETE FROM "responses" WHERE "source" = 'test'`);
    await queryRunner.query(`DELETE FROM "invitations" WHERE "test_account_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "CHK_responses_test_has_no_company"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "CHK_responses_source"`);
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "CHK_responses_source" CHECK ("source" IN ('web', 'import'))`,
    );
    await queryRunner.query(`DROP INDEX "IDX_invitations_test"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_company_or_test"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_invitations_test_account"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "test_account_id"`);
    await queryRunner.query(`ALTER TABLE "invitations" ALTER COLUMN "company_id" SET NOT NULL`);
  }
}

/**
 * The trigger function as UnqueuedCounters left it (counts spread over 16 slots) with `counted` as the rows it
 * counts, copied here so that this migration stays what it was whatever later ones do. The counts already there
 * hold no test response (there were none).
 */
async function replaceCountFunction(queryRunner: QueryRunner, counted: string): Promise<void> {
  const applyChanges = (changes: string) => `
    INSERT INTO county_score_counts AS c (county, total_score, slot, responses)
    SELECT county, total_score, pg_backend_pid() % 16, change FROM (${changes}) AS changes WHERE change <> 0
     ORDER BY county, total_score
    ON CONFLICT (county, total_score, slot) DO UPDATE SET responses = c.responses + excluded.responses;`;
  await queryRunner.query(`
    CREATE OR REPLACE FUNCTION count_county_scores() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Each branch names only the transition tables its event has.
      IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM county_score_counts;
      ELSIF TG_OP = 'INSERT' THEN
        ${applyChanges(`SELECT county, total_score, count(*)::int AS change FROM new_rows WHERE ${counted}
                         GROUP BY county, total_score`)}
      ELSIF TG_OP = 'DELETE' THEN
        ${applyChanges(`SELECT county, total_score, -count(*)::int AS change FROM old_rows WHERE ${counted}
                         GROUP BY county, total_score`)}
      ELSE
        ${applyChanges(`SELECT county, total_score, sum(change)::int AS change FROM (
                           SELECT county, total_score, -1 AS change FROM old_rows WHERE ${counted}
                           UNION ALL
                           SELECT county, total_score, 1 FROM new_rows WHERE ${counted}
                         ) AS both_sides GROUP BY county, total_score`)}
      END IF;
      RETURN NULL;
    END $$`);
}
