import type { MigrationInterface, QueryRunner } from "typeorm";

const STATUSES = `'created', 'sent', 'opened', 'started', 'completed', 'screened_out', 'bounced', 'expired', 'revoked'`;
const KINDS = `'invitation', 'reminder', 'password_reset', 'account_setup'`;

/**
 * Respondents' refusals (status `refused`, `refused_at`), each invitation's opt-out token for the e-mails' one-click
 * opt-out, a refused invitation no longer blocking a deliberate re-invitation, and the second reminder's own text.
 */
export class Refusals1796200000000 implements MigrationInterface {
  name = "Refusals1796200000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" ADD "refused_at" TIMESTAMP WITH TIME ZONE`);
    // 32 bytes from two v4 UUIDs (PostgreSQL's own CSPRNG, 244 random bits), base64url like the link tokens.
    await queryRunner.query(`
            CREATE FUNCTION new_opt_out_token() RETURNS text LANGUAGE sql VOLATILE AS $$
              SELECT translate(rtrim(encode(decode(
                replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '='), '+/', '-_')
            $$
        `);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD "opt_out_token" text NOT NULL DEFAULT new_opt_out_token()`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_invitations_opt_out_token" ON "invitations" ("opt_out_token")`,
    );
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_status"`);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_status" CHECK ("status" IN (${STATUSES}, 'refused'))`,
    );
    await queryRunner.query(`DROP INDEX "UQ_invitations_company_current"`);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_invitations_company_current" ON "invitations" ("company_id")
            WHERE "status" NOT IN ('revoked', 'refused')
        `);
    await queryRunner.query(`ALTER TABLE "email_templates" DROP CONSTRAINT "CHK_email_templates_kind"`);
    await queryRunner.query(
      `ALTER TABLE "email_templates" ADD CONSTRAINT "CHK_email_templates_kind" CHECK ("kind" IN (${KINDS}, 'reminder_2'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "email_templates" WHERE "kind" = 'reminder_2'`);
    await queryRunner.query(`ALTER TABLE "email_templates" DROP CONSTRAINT "CHK_email_templates_kind"`);
    await queryRunner.query(
      `ALTER TABLE "email_templates" ADD CONSTRAINT "CHK_email_templates_kind" CHECK ("kind" IN (${KINDS}))`,
    );
    // The older schema has no refusal: a refused invitation becomes a revoked one.
    await queryRunner.query(
      `UPDATE "invitations" SET "status" = 'revoked', "revoked_at" = "refused_at" WHERE "status" = 'refused'`,
    );
    await queryRunner.query(`DROP INDEX "UQ_invitations_company_current"`);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_invitations_company_current" ON "invitations" ("company_id")
            WHERE "status" <> 'revoked'
        `);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "CHK_invitations_status"`);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "CHK_invitations_status" CHECK ("status" IN (${STATUSES}))`,
    );
    await queryRunner.query(`DROP INDEX "UQ_invitations_opt_out_token"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "opt_out_token"`);
    await queryRunner.query(`DROP FUNCTION new_opt_out_token()`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP COLUMN "refused_at"`);
  }
}
