import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A researcher's exclusion of a submitted response from the analyses (a speeder, a straight-liner, a duplicate):
 * when, by whom and why, kept on the response so that including it again is one update and analyses filter on it.
 */
export class ResponseExclusion1796500000002 implements MigrationInterface {
  name = "ResponseExclusion1796500000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "responses" ADD "excluded_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "responses" ADD "excluded_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "responses" ADD "exclusion_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "FK_responses_excluded_by" FOREIGN KEY ("excluded_by_id") REFERENCES "accounts"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "CHK_responses_exclusion_reason" CHECK (("excluded_at" IS NULL) = ("exclusion_reason" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "responses" ADD CONSTRAINT "CHK_responses_excluded_is_submitted" CHECK ("excluded_at" IS NULL OR "status" = 'submitted')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "CHK_responses_excluded_is_submitted"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "CHK_responses_exclusion_reason"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP CONSTRAINT "FK_responses_excluded_by"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "exclusion_reason"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "excluded_by_id"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "excluded_at"`);
  }
}
