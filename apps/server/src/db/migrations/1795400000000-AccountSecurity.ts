import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Password links (reset, new account's first password), accounts without a password until their owner chooses
 * one, the sessions' inactivity timeout, and e-mails to accounts (no invitation) with their two new kinds.
 */
export class AccountSecurity1795400000000 implements MigrationInterface {
  name = "AccountSecurity1795400000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "password_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "account_id" uuid NOT NULL,
                "purpose" text NOT NULL,
                "token_hash" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_password_tokens_purpose" CHECK ("purpose" IN ('reset', 'setup')),
                CONSTRAINT "PK_816120c39410c02dabd34b8672b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_password_tokens_account" ON "password_tokens" ("account_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_password_tokens_token_hash" ON "password_tokens" ("token_hash")`,
    );
    await queryRunner.query(`
            ALTER TABLE "password_tokens"
            ADD CONSTRAINT "FK_password_tokens_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`ALTER TABLE "accounts" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "email_messages" ALTER COLUMN "invitation_id" DROP NOT NULL`);
    for (const table of ["email_messages", "email_templates"]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_kind"`);
      await queryRunner.query(`
            ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_kind"
            CHECK ("kind" IN ('invitation', 'reminder', 'password_reset', 'account_setup'))
        `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "email_templates" WHERE "kind" IN ('password_reset', 'account_setup')`,
    );
    await queryRunner.query(`DELETE FROM "email_messages" WHERE "invitation_id" IS NULL`);
    for (const table of ["email_messages", "email_templates"]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "CHK_${table}_kind"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "CHK_${table}_kind" CHECK ("kind" IN ('invitation', 'reminder'))`,
      );
    }
    await queryRunner.query(`ALTER TABLE "email_messages" ALTER COLUMN "invitation_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "last_seen_at"`);
    // Accounts still without a password cannot be kept by the older schema.
    await queryRunner.query(`DELETE FROM "accounts" WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "accounts" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "password_tokens"`);
  }
}
