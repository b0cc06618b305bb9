import PgBoss from "pg-boss";
import type { MigrationInterface, QueryRunner } from "typeorm";

const SCHEMA = "pgboss";
const QUEUES = ["email-send", "email-reminders"];

/**
 * Installs pg-boss's own schema and our queues, so the first transaction that queues an e-mail finds them even
 * before a worker ever started. Later pg-boss versions migrate this schema themselves when the worker starts.
 * pg-boss's script brings its own BEGIN/COMMIT, hence no TypeORM transaction around it.
 */
export class MailQueue1795377900000 implements MigrationInterface {
  name = "MailQueue1795377900000";
  transaction = false as const;

  public async up(queryRunner: QueryRunner): Promise<void> {
    const [{ installed }] = (await queryRunner.query(
      `SELECT to_regclass('${SCHEMA}.version') IS NOT NULL AS installed`,
    )) as [{ installed: boolean }];
    if (!installed) await queryRunner.query(PgBoss.getConstructionPlans(SCHEMA));
    for (const name of QUEUES) {
      await queryRunner.query(
        `SELECT ${SCHEMA}.create_queue($1, $2) WHERE NOT EXISTS (SELECT 1 FROM ${SCHEMA}.queue WHERE name = $1)`,
        [name, JSON.stringify({ policy: "standard" })],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
  }
}
