import type { MigrationInterface, QueryRunner } from "typeorm";

/** Rights an administrator adds to one account beyond its role (for example a viewer who may read answers). */
export class AccountGrants1796150000000 implements MigrationInterface {
  name = "AccountGrants1796150000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "grants" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "grants"`);
  }
}
