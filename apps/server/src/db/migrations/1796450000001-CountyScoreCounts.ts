import type { MigrationInterface, QueryRunner } from "typeorm";

const SUBMITTED = `status = 'submitted' AND county IS NOT NULL`;
/**
 * Adds each (county, score) change to its count, in key order so that two bulk writes never deadlock. (No CHECK that
 * counts stay positive: PostgreSQL checks the row an upsert proposes, a decrement, before it finds the conflict.)
 */
const applyChanges = (changes: string) => `
  INSERT INTO county_score_counts AS c (county, total_score, responses)
  SELECT county, total_score, change FROM (${changes}) AS changes WHERE change <> 0 ORDER BY county, total_score
  ON CONFLICT (county, total_score) DO UPDATE SET responses = c.responses + excluded.responses;`;

/**
 * How many submitted responses of each county have each total score, kept by the database. The result page compares
 * a respondent with their county's peers on every submit and every reopening; reading at most 81 rows of a county
 * costs the same at ten thousand responses as at a million, where counting the county's responses grows with the
 * table. Statement-level triggers with transition tables, as for data_versions: a bulk load changes each count once,
 * and drafts being answered add nothing.
 */
export class CountyScoreCounts1796450000001 implements MigrationInterface {
  name = "CountyScoreCounts1796450000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "county_score_counts" (
        "county" text NOT NULL,
        "total_score" smallint NOT NULL,
        "responses" integer NOT NULL,
        CONSTRAINT "PK_county_score_counts" PRIMARY KEY ("county", "total_score")
      )`);
    await queryRunner.query(`
      INSERT INTO county_score_counts (county, total_score, responses)
      SELECT county, total_score, count(*) FROM responses WHERE ${SUBMITTED} GROUP BY county, total_score`);
    await queryRunner.query(`
      CREATE FUNCTION count_county_scores() RETURNS trigger LANGUAGE plpgsql AS $$
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
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER county_scores_inserted AFTER INSERT ON responses REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION count_county_scores()`);
    await queryRunner.query(`
      CREATE TRIGGER county_scores_updated AFTER UPDATE ON responses
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION count_county_scores()`);
    await queryRunner.query(`
      CREATE TRIGGER county_scores_deleted AFTER DELETE ON responses REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION count_county_scores()`);
    await queryRunner.query(`
      CREATE TRIGGER county_scores_truncated AFTER TRUNCATE ON responses
        FOR EACH STATEMENT EXECUTE FUNCTION count_county_scores()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ["inserted", "updated", "deleted", "truncated"])
      await queryRunner.query(`DROP TRIGGER "county_scores_${event}" ON "responses"`);
    await queryRunner.query(`DROP FUNCTION count_county_scores()`);
    await queryRunner.query(`DROP TABLE "county_score_counts"`);
  }
}
