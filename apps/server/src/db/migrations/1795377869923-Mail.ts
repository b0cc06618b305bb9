import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * E-mail messages (the delivery record), editable templates, and one current invitation per company.
 * Templates hold researchers' edits only; the default texts live in the code (modules/mail/default-templates.ts).
 */
export class Mail1795377869923 implements MigrationInterface {
  name = "Mail1795377869923";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "email_messages" (
                "id" uuid NOT NULL,
                "invitation_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "reminder_step" integer NOT NULL DEFAULT '0',
                "recipient" text NOT NULL,
                "locale" text NOT NULL,
                "subject" text NOT NULL,
                "body" text NOT NULL,
                "status" text NOT NULL DEFAULT 'queued',
                "transport" text,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "message_id" text NOT NULL,
                "sending_at" TIMESTAMP WITH TIME ZONE,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "failed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_email_messages_locale" CHECK ("locale" IN ('ro', 'en')),
                CONSTRAINT "CHK_email_messages_transport" CHECK ("transport" IN ('smtp', 'outbox')),
                CONSTRAINT "CHK_email_messages_status" CHECK (
                    "status" IN (
                        'queued',
                        'sending',
                        'sent',
                        'failed',
                        'bounced',
                        'cancelled'
                    )
                ),
                CONSTRAINT "CHK_email_messages_kind" CHECK ("kind" IN ('invitation', 'reminder')),
                CONSTRAINT "PK_922cad79d5a315f5d1d06b077da" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_email_messages_status_created" ON "email_messages" ("status", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_email_messages_invitation_step" ON "email_messages" ("invitation_id", "kind", "reminder_step")
        `);
    await queryRunner.query(`
            CREATE TABLE "email_templates" (
                "kind" text NOT NULL,
                "locale" text NOT NULL,
                "subject" text NOT NULL,
                "body" text NOT NULL,
                "updated_by" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_email_templates_locale" CHECK ("locale" IN ('ro', 'en')),
                CONSTRAINT "CHK_email_templates_kind" CHECK ("kind" IN ('invitation', 'reminder')),
                CONSTRAINT "PK_7586c1c33bdf047f6c1eea533b5" PRIMARY KEY ("kind", "locale")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_invitations_company_current" ON "invitations" ("company_id")
            WHERE "status" <> 'revoked'
        `);
    await queryRunner.query(`
            ALTER TABLE "email_messages"
            ADD CONSTRAINT "FK_email_messages_invitation" FOREIGN KEY ("invitation_id") REFERENCES "invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "email_messages" DROP CONSTRAINT "FK_email_messages_invitation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_invitations_company_current"
        `);
    await queryRunner.query(`
            DROP TABLE "email_templates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_email_messages_invitation_step"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_email_messages_status_created"
        `);
    await queryRunner.query(`
            DROP TABLE "email_messages"
        `);
  }
}
