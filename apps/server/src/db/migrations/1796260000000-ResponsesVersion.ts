import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A counter the database bumps whenever the set of submitted responses may have changed, so a server (or several)
 * can keep the responses it loaded for analysis until then. Statement-level triggers with transition tables: a
 * bulk load of a million rows bumps it once, and drafts being answered never do.
 */
export class ResponsesVersion1796260000000 implements MigrationInterface {
  name = "ResponsesVersion1796260000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "data_versions" ("name" text PRIMARY KEY, "version" bigint NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "data_versions" ("name", "version") VALUES ('submitted_responses', 0)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bump_submitted_responses_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed boolean;
      BEGIN
        -- Each branch names only the transition tables its event has.
        IF TG_OP = 'TRUNCATE' THEN
          changed := true;
        ELSIF TG_OP = 'INSERT' THEN
          changed := EXISTS (SELECT 1 FROM new_rows WHERE status = 'submitted');
        ELSIF TG_OP = 'DELETE' THEN
          changed := EXISTS (SELECT 1 FROM old_rows WHERE status = 'submitted');
        ELSE
          changed := EXISTS (SELECT 1 FROM old_rows WHERE status = 'submitted')
            OR EXISTS (SELECT 1 FROM new_rows WHERE status = 'submitted');
        END IF;
        IF changed THEN
          UPDATE data_versions SET version = version + 1 WHERE name = 'submitted_responses';
        END IF;
        RETURN NULL;
      END $$`);
    // A trigger with transition tables serves one event only, hence one per event.
    await queryRunner.query(`
      CREATE TRIGGER submitted_responses_inserted AFTER INSERT ON responses REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION bump_submitted_responses_version()`);
    await queryRunner.query(`
      CREATE TRIGGER submitted_responses_updated AFTER UPDATE ON responses
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION bump_submitted_responses_version()`);
    await queryRunner.query(`
      CREATE TRIGGER submitted_responses_deleted AFTER DELETE ON responses REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION bump_submitted_responses_version()`);
    await queryRunner.query(`
      CREATE TRIGGER submitted_responses_truncated AFTER TRUNCATE ON responses
        FOR EACH STATEMENT EXECUTE FUNCTION bump_submitted_responses_version()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ["inserted", "updated", "deleted", "truncated"])
      await queryRunner.query(`DROP TRIGGER "submitted_responses_${event}" ON "responses"`);
    await queryRunner.query(`DROP FUNCTION bump_submitted_responses_version()`);
    await queryRunner.query(`DROP TABLE "data_versions"`);
  }
}
