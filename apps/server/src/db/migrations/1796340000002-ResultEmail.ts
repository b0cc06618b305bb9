import type { MigrationInterface, QueryRunner } from "typeorm";

// The kinds before this migration, DeliberateSending's 'test' included.
const KINDS = `'invitation', 'reminder', 'password_reset', 'account_setup', 'test'`;

/** E-mails of kind `result`: the copy of its result a respondent asks for on the result page. */
export class ResultEmail1796340000002 implements MigrationInterface {
  name = "ResultEmail1796340000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_messages" DROP CONSTRAINT "CHK_email_messages_kind"`);
    await queryRunner.query(
      `ALTER TABLE "email_messages" ADD CONSTRAINT "CHK_email_messages_kind" CHECK ("kind" IN (${KINDS}, 'result'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "email_messages" WHERE "kind" = 'result'`);
    await queryRunner.query(`ALTER TABLE "email_messages" DROP CONSTRAINT "CHK_email_messages_kind"`);
    await queryRunner.query(
      `ALTER TABLE "email_messages" ADD CONSTRAINT "CHK_email_messages_kind" CHECK ("kind" IN (${KINDS}))`,
    );
  }
}
