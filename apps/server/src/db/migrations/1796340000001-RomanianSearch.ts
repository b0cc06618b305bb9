import type { MigrationInterface, QueryRunner } from "typeorm";

const CEDILLA = "şţŞŢ";
const COMMA_BELOW = "șțȘȚ";

/**
 * Company search that ignores case and accents and treats ş/ș and ţ/ț (cedilla and comma below) as one letter:
 * `smi_search_text(text)`, an immutable wrapper of `unaccent` (whose own signature is only stable, so it cannot be
 * indexed), and trigram indexes on the folded name and city so `LIKE '%…%'` stays indexed. Existing names, cities and
 * contact names get the comma-below letters that imports store from now on.
 */
export class RomanianSearch1796340000001 implements MigrationInterface {
  name = "RomanianSearch1796340000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    // A SQL-standard body is bound when created: the dictionary is named by OID, so search_path cannot change it.
    await queryRunner.query(`
            CREATE FUNCTION smi_search_text(text) RETURNS text
              LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
              RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1))
        `);
    await queryRunner.query(
      `CREATE INDEX "IDX_companies_search_name" ON "companies" USING gin (smi_search_text("name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_companies_search_city" ON "companies" USING gin (smi_search_text("city") gin_trgm_ops)`,
    );
    await queryRunner.query(`
            UPDATE "companies" SET
              "name" = translate("name", '${CEDILLA}', '${COMMA_BELOW}'),
              "city" = translate("city", '${CEDILLA}', '${COMMA_BELOW}'),
              "contact_name" = translate("contact_name", '${CEDILLA}', '${COMMA_BELOW}')
            WHERE "name" ~ '[${CEDILLA}]' OR "city" ~ '[${CEDILLA}]' OR "contact_name" ~ '[${CEDILLA}]'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_companies_search_city"`);
    await queryRunner.query(`DROP INDEX "IDX_companies_search_name"`);
    await queryRunner.query(`DROP FUNCTION smi_search_text(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
