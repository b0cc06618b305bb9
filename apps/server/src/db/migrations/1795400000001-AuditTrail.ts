import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit log becomes evidence an ethics board can accept:
 *  - it names people by id only (the actor's e-mail column goes, and so do e-mails and display names that earlier
 *    versions copied into details), so erasing a person never has to touch the log;
 *  - each entry records the client address of the request;
 *  - entries form a hash chain computed by the database: hash = sha256(previous hash || canonical content), in a
 *    BEFORE INSERT trigger that serialises writers with an advisory lock and numbers entries gaplessly;
 *  - UPDATE, DELETE and TRUNCATE are refused by a trigger (which binds the superuser too) and revoked.
 *
 * The canonical content is spelled out in src/modules/audit/audit-chain.ts, which recomputes it independently.
 */
export class AuditTrail1795400000001 implements MigrationInterface {
  name = "AuditTrail1795400000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "audit_events" SET "details" = "details" - 'email' WHERE "action" = 'account.create'`,
    );
    await queryRunner.query(
      `UPDATE "audit_events" SET "details" = ("details" - 'displayName') || '{"displayNameChanged": true}'
        WHERE "details" ? 'displayName'`,
    );
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "actor_email"`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD "actor_ip" text, ADD "chain_seq" bigint, ADD "hash" bytea`,
    );

    // One field of the canonical content: "-" for null, else "<bytes>:<text>", so no two contents read alike.
    await queryRunner.query(`
      CREATE FUNCTION audit_field(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_content(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|',
          audit_field(e.chain_seq::text),
          audit_field((extract(epoch FROM e.created_at) * 1000000)::bigint::text),
          audit_field(e.actor_id::text),
          audit_field(e.actor_ip),
          audit_field(e.action),
          audit_field(e.subject_type),
          audit_field(e.subject_id),
          audit_field(e.details::text))
      $$`);

    // Existing entries are chained in the order they were written.
    await queryRunner.query(`
      DO $$
      DECLARE
        e audit_events;
        seq bigint := 0;
        previous bytea := ''::bytea;
      BEGIN
        FOR e IN SELECT * FROM audit_events ORDER BY created_at, id LOOP
          seq := seq + 1;
          e.chain_seq := seq;
          previous := sha256(previous || convert_to(audit_event_content(e), 'UTF8'));
          UPDATE audit_events SET chain_seq = seq, hash = previous WHERE id = e.id;
        END LOOP;
      END $$`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" ALTER "chain_seq" SET NOT NULL, ALTER "hash" SET NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_audit_events_chain_seq" ON "audit_events" ("chain_seq")`,
    );
    // "Entries that name this company": details list the ids of the objects concerned (companyIds, …).
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_details" ON "audit_events" USING gin ("details" jsonb_path_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_subject" ON "audit_events" ("subject_type", "subject_id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_actor" ON "audit_events" ("actor_id")`);

    // Writers queue on the lock, so each sees the entry committed before it; the unique chain_seq turns any fork
    // (a writer in a REPEATABLE READ snapshot) into an error instead of a second branch.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        previous_seq bigint;
        previous_hash bytea;
      BEGIN
        PERFORM pg_advisory_xact_lock(7246117301);
        SELECT chain_seq, hash INTO previous_seq, previous_hash FROM audit_events ORDER BY chain_seq DESC LIMIT 1;
        NEW.chain_seq := coalesce(previous_seq, 0) + 1;
        NEW.created_at := now();
        NEW.hash := sha256(coalesce(previous_hash, ''::bytea) || convert_to(audit_event_content(NEW), 'UTF8'));
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);

    await queryRunner.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // Statement level, so even a DELETE or UPDATE that matches no row is refused.
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
    // Without effect on a superuser (the trigger binds it); an owner could grant the rights back to itself.
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM PUBLIC, CURRENT_USER`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT UPDATE, DELETE, TRUNCATE ON "audit_events" TO CURRENT_USER`);
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_refuse_change()`);
    await queryRunner.query(`DROP TRIGGER audit_events_chain ON audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_event_content(audit_events)`);
    await queryRunner.query(`DROP FUNCTION audit_field(text)`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_actor"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_subject"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_details"`);
    await queryRunner.query(`DROP INDEX "UQ_audit_events_chain_seq"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "hash", DROP COLUMN "chain_seq"`);
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "actor_ip"`);
    // E-mails were not kept: the old column comes back with a placeholder.
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "actor_email" text NOT NULL DEFAULT 'unknown'`);
    await queryRunner.query(`ALTER TABLE "audit_events" ALTER "actor_email" DROP DEFAULT`);
  }
}
