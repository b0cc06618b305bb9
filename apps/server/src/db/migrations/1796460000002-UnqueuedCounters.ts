import type { MigrationInterface, QueryRunner } from "typeorm";

/** Rows per counter: concurrent transactions mostly land on different ones. Frozen with this migration. */
const SLOTS = 16;
const SLOT = `pg_backend_pid() % ${SLOTS}`;
const SUBMITTED = `status = 'submitted' AND county IS NOT NULL`;

/** The two trigger functions, with the slot (up) or without it, as CountyScoreCounts and ResponsesVersion had them. */
function triggerFunctions(slotted: boolean): string[] {
  const slotColumn = slotted ? ", slot" : "";
  const applyChanges = (changes: string) => `
    INSERT INTO county_score_counts AS c (county, total_score${slotColumn}, responses)
    SELECT county, total_score${slotted ? `, ${SLOT}` : ""}, change FROM (${changes}) AS changes WHERE change <> 0
     ORDER BY county, total_score
    ON CONFLICT (county, total_score${slotColumn}) DO UPDATE SET responses = c.responses + excluded.responses;`;
  return [
    `CREATE OR REPLACE FUNCTION bump_submitted_responses_version() RETURNS trigger LANGUAGE plpgsql AS $$
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
          UPDATE data_versions SET version = version + 1
           WHERE name = 'submitted_responses'${slotted ? ` AND slot = ${SLOT}` : ""};
        END IF;
        RETURN NULL;
      END $$`,
    `CREATE OR REPLACE FUNCTION count_county_scores() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Each branch names only the transition tables its event has.
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM county_score_counts;
        ELSIF TG_OP = 'INSERT' THEN
          ${applyChanges(`SELECT county, total_score, count(*)::int AS change FROM new_rows WHERE ${SUBMITTED}
                           GROUP BY county, total_score`)}
        ELSIF TG_OP = 'DELETE' THEN
          ${applyChanges(`SELECT county, total_score, -count(*)::int AS change FROM old_rows WHERE ${SUBMITTED}
                           GROUP BY county, total_score`)}
        ELSE
          ${applyChanges(`SELECT county, total_score, sum(change)::int AS change FROM (
                             SELECT county, total_score, -1 AS change FROM old_rows WHERE ${SUBMITTED}
                             UNION ALL
                             SELECT county, total_score, 1 FROM new_rows WHERE ${SUBMITTED}
                           ) AS both_sides GROUP BY county, total_score`)}
        END IF;
        RETURN NULL;
      END $$`,
  ];
}

/**
 * Submissions no longer wait for each other. Every submit bumped the one row of data_versions and a row of
 * county_score_counts, and held those row locks until it committed, so concurrent submits ran one after another
 * (pg_stat_activity under `pnpm bench:respondent`: nearly every submit waiting on a transaction lock). Each counter
 * is now spread over 16 rows, picked by the connection's backend process, and read as their sum; a slot's count may
 * go below zero (a response counted in one slot, corrected in another), the sums stay exact.
 */
export class UnqueuedCounters1796460000002 implements MigrationInterface {
  name = "UnqueuedCounters1796460000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_versions" ADD "slot" smallint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "data_versions" DROP CONSTRAINT "data_versions_pkey"`);
    await queryRunner.query(
      `ALTER TABLE "data_versions" ADD CONSTRAINT "PK_data_versions" PRIMARY KEY ("name", "slot")`,
    );
    await queryRunner.query(`
      INSERT INTO data_versions (name, slot, version)
      SELECT d.name, s, 0 FROM data_versions d, generate_series(1, ${SLOTS - 1}) AS s`);
    await queryRunner.query(`ALTER TABLE "county_score_counts" ADD "slot" smallint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "county_score_counts" DROP CONSTRAINT "PK_county_score_counts"`);
    await queryRunner.query(
      `ALTER TABLE "county_score_counts" ADD CONSTRAINT "PK_county_score_counts" PRIMARY KEY ("county", "total_score", "slot")`,
    );
    for (const body of triggerFunctions(true)) await queryRunner.query(body);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const body of triggerFunctions(false)) await queryRunner.query(body);
    await queryRunner.query(`
      UPDATE data_versions d SET version = (SELECT sum(version) FROM data_versions WHERE name = d.name) WHERE slot = 0`);
    await queryRunner.query(`DELETE FROM data_versions WHERE slot <> 0`);
    await queryRunner.query(`ALTER TABLE "data_versions" DROP CONSTRAINT "PK_data_versions"`);
    await queryRunner.query(`ALTER TABLE "data_versions" DROP COLUMN "slot"`);
    await queryRunner.query(
      `ALTER TABLE "data_versions" ADD CONSTRAINT "data_versions_pkey" PRIMARY KEY ("name")`,
    );
    // The counts follow from the responses: recounted rather than folded.
    await queryRunner.query(`DELETE FROM county_score_counts`);
    await queryRunner.query(`ALTER TABLE "county_score_counts" DROP CONSTRAINT "PK_county_score_counts"`);
    await queryRunner.query(`ALTER TABLE "county_score_counts" DROP COLUMN "slot"`);
    await queryRunner.query(
      `ALTER TABLE "county_score_counts" ADD CONSTRAINT "PK_county_score_counts" PRIMARY KEY ("county", "total_score")`,
    );
    await queryRunner.query(`
      INSERT INTO county_score_counts (county, total_score, responses)
      SELECT county, total_score, count(*) FROM responses WHERE ${SUBMITTED} GROUP BY county, total_score`);
  }
}
