import type { MigrationInterface, QueryRunner } from "typeorm";

const KINDS = `'invitation', 'reminder', 'password_reset', 'account_setup'`;

/**
 * Sends confirmed for later (scheduled_sends: the previewed set, the time, who asked, what became of it) and test
 * e-mails that researchers send to themselves (e-mail kind `test`).
 */
export class DeliberateSending1796300000001 implements MigrationInterface {
  name = "DeliberateSending1796300000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "scheduled_sends" (
              "id" uuid NOT NULL DEFAULT gen_random_uuid(),
              "kind" text NOT NULL,
              "target_ids" uuid array NOT NULL,
              "locale" text,
              "expires_at" TIMESTAMP WITH TIME ZONE,
              "send_at" TIMESTAMP WITH TIME ZONE NOT NULL,
              "status" text NOT NULL DEFAULT 'scheduled',
              "created_by" uuid,
              "cancelled_by" uuid,
              "cancelled_at" TIMESTAMP WITH TIME ZONE,
              "done_at" TIMESTAMP WITH TIME ZONE,
              "queued" integer,
              "skipped" integer,
              "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
              "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
              CONSTRAINT "CHK_scheduled_sends_kind" CHECK ("kind" IN ('invitation', 'reminder')),
              CONSTRAINT "CHK_scheduled_sends_status" CHECK ("status" IN ('scheduled', 'done', 'cancelled')),
              CONSTRAINT "CHK_scheduled_sends_locale" CHECK ("locale" IN ('ro', 'en')),
              CONSTRAINT "PK_scheduled_sends" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "IDX_scheduled_sends_status_send_at" ON "scheduled_sends" ("status", "send_at")`,
    );
    await queryRunner.query(`ALTER TABLE "email_messages" DROP CONSTRAINT "CHK_email_messages_kind"`);
    await queryRunner.query(
      `ALTER TABLE "email_messages" ADD CONSTRAINT "CHK_email_messages_kind" CHECK ("kind" IN (${KINDS}, 'test'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "email_messages" WHERE "kind" = 'test'`);
    await queryRunner.query(`ALTER TABLE "email_messages" DROP CONSTRAINT "CHK_email_messages_kind"`);
    await queryRunner.query(
      `ALTER TABLE "email_messages" ADD CONSTRAINT "CHK_email_messages_kind" CHECK ("kind" IN (${KINDS}))`,
    );
    await queryRunner.query(`DROP TABLE "scheduled_sends"`);
  }
}
