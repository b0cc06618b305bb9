import type { MigrationInterface, QueryRunner } from "typeorm";

/** Default e-mail texts; researchers edit them in the app (updateEmailTemplate). */
const DEFAULT_TEMPLATES = [
  {
    kind: "invitation",
    locale: "ro",
    subject: "Invitație: studiu despre colaborarea dintre vânzări și marketing – {{company}}",
    body: `Bună ziua, {{contactName}},

Vă invităm să participați, în numele firmei {{company}}, la un studiu universitar despre integrarea activităților de vânzări și marketing în IMM-urile din vestul României.

Chestionarul are 20 de afirmații și durează aproximativ 10 minute; îl puteți completa și de pe telefon. Răspunsurile sunt confidențiale și sunt folosite doar în formă agregată, în scop de cercetare.

Linkul dumneavoastră personal:
{{link}}

Linkul este valabil până la: {{deadline}}. Vă rugăm să nu îl transmiteți în afara firmei.

La final veți vedea imediat profilul firmei dumneavoastră comparat cu cele patru configurații descrise în literatura de specialitate.

Vă mulțumim,
Echipa de cercetare SMI Survey`,
  },
  {
    kind: "invitation",
    locale: "en",
    subject: "Invitation: a study of sales–marketing collaboration – {{company}}",
    body: `Dear {{contactName}},

We would like to invite {{company}} to take part in a university study of how sales and marketing work together in small and medium-sized enterprises of western Romania.

The questionnaire has 20 statements and takes about 10 minutes; it works on a phone too. Answers are confidential and used only in aggregate, for research.

Your personal link:
{{link}}

The link is valid until: {{deadline}}. Please do not share it outside your company.

At the end you will immediately see your company's profile compared with the four configurations described in the literature.

Thank you,
The SMI Survey research team`,
  },
  {
    kind: "reminder",
    locale: "ro",
    subject: "Reamintire: chestionarul SMI pentru {{company}}",
    body: `Bună ziua, {{contactName}},

Vă scriem din nou în legătură cu studiul despre colaborarea dintre vânzări și marketing, la care firma {{company}} a fost invitată. Dacă ați completat deja chestionarul, vă mulțumim și vă rugăm să ignorați acest mesaj.

Durează aproximativ 10 minute, iar răspunsurile salvate până acum se păstrează:
{{link}}

Linkul este valabil până la: {{deadline}}.

Vă mulțumim,
Echipa de cercetare SMI Survey`,
  },
  {
    kind: "reminder",
    locale: "en",
    subject: "Reminder: the SMI questionnaire for {{company}}",
    body: `Dear {{contactName}},

We are writing again about the study of sales–marketing collaboration to which {{company}} was invited. If you have already answered, thank you, and please ignore this message.

It takes about 10 minutes, and any answers you saved so far are kept:
{{link}}

The link is valid until: {{deadline}}.

Thank you,
The SMI Survey research team`,
  },
];

/** E-mail messages (the delivery record), editable templates, and one current invitation per company. */
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
    for (const t of DEFAULT_TEMPLATES) {
      await queryRunner.query(
        `INSERT INTO "email_templates" ("kind", "locale", "subject", "body") VALUES ($1, $2, $3, $4)`,
        [t.kind, t.locale, t.subject, t.body],
      );
    }
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
