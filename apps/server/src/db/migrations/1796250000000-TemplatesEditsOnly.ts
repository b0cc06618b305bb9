import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Earlier installs seeded email_templates with the default texts of their day. A row nobody edited (no
 * updated_by) only froze an old wording: removing it lets the template follow the product's default text, as on
 * installs made since. Edited templates are kept.
 */
export class TemplatesEditsOnly1796250000000 implements MigrationInterface {
  name = "TemplatesEditsOnly1796250000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "email_templates" WHERE "updated_by" IS NULL`);
  }

  // The removed rows held default texts, which the code serves anyway: nothing to restore.
  public async down(): Promise<void> {}
}
