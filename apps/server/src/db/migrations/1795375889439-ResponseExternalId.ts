import type { MigrationInterface, QueryRunner } from "typeorm";

/** Imported responses keep the researcher's own identifier, so a re-import updates rather than duplicates. */
export class ResponseExternalId1795375889439 implements MigrationInterface {
  name = "ResponseExternalId1795375889439";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "responses" ADD "external_id" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_responses_external_id" ON "responses" ("external_id") WHERE "external_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_responses_external_id"`);
    await queryRunner.query(`ALTER TABLE "responses" DROP COLUMN "external_id"`);
  }
}
