import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * email_templates.updated_by held the editor's e-mail address, personal data that outlived the account. It now
 * holds the account's id (the name is looked up when shown, as in the audit log). An address that matches no
 * account becomes NULL: the edit stays, its editor is unknown.
 */
export class TemplateEditorId1796440000001 implements MigrationInterface {
  name = "TemplateEditorId1796440000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_templates" ADD "updated_by_id" uuid`);
    await queryRunner.query(
      `UPDATE "email_templates" t SET "updated_by_id" = a."id"
         FROM "accounts" a WHERE a."email" = lower(t."updated_by")`,
    );
    await queryRunner.query(`ALTER TABLE "email_templates" DROP COLUMN "updated_by"`);
    await queryRunner.query(`ALTER TABLE "email_templates" RENAME COLUMN "updated_by_id" TO "updated_by"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "email_templates" ADD "updated_by_email" text`);
    await queryRunner.query(
      `UPDATE "email_templates" t SET "updated_by_email" = a."email"
         FROM "accounts" a WHERE a."id" = t."updated_by"`,
    );
    await queryRunner.query(`ALTER TABLE "email_templates" DROP COLUMN "updated_by"`);
    await queryRunner.query(`ALTER TABLE "email_templates" RENAME COLUMN "updated_by_email" TO "updated_by"`);
  }
}
