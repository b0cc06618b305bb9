import type { MigrationInterface } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { CompanyEligibility1795375454022 } from "../../src/db/migrations/1795375454022-CompanyEligibility";
import { Init1795375109461 } from "../../src/db/migrations/1795375109461-Init";
import { TemplatesEditsOnly1796250000000 } from "../../src/db/migrations/1796250000000-TemplatesEditsOnly";
import { TemplateEditorId1796440000001 } from "../../src/db/migrations/1796440000001-TemplateEditorId";
import { MIGRATIONS } from "../../src/db/migrations";
import { createDatabase, dropDatabase, ownDatabaseName } from "../support/test-database";

const DATABASE = ownDatabaseName("migrations");
afterAll(() => dropDatabase(DATABASE));

async function runUp(url: string, migration: MigrationInterface) {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await migration.up(runner);
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}

/** A new database with every migration before `migration` applied, as an install that has not run it yet. */
async function migratedUntil(url: string, migration: (typeof MIGRATIONS)[number]) {
  for (const Earlier of MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration))) await runUp(url, new Earlier());
}

describe("a migration gives the same result forever", () => {
  it("CompanyEligibility classifies existing companies by the rules frozen in it", async () => {
    const url = await createDatabase(DATABASE, { empty: true, fresh: true });
    await runUp(url, new Init1795375109461());
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    const rows: Array<[string, number | null, number | null, number | null, boolean | null]> = [
      ["micro-known", 5, 1_000_000, null, true],
      ["micro-one-figure-over", 5, 3_000_000, 1_000_000, true],
      ["small-no-figures", 30, null, null, true],
      ["medium-balance-over-turnover-under", 100, 40_000_000, 45_000_000, true],
      ["large-both-over", 100, 60_000_000, 45_000_000, true],
      ["large-headcount", 250, null, null, true],
      ["unknown-dept", 20, null, null, null],
      ["no-dept", 20, null, null, false],
      ["unknown-headcount", null, null, null, true],
    ];
    for (const [name, employees, turnover, balance, dept] of rows)
      await dataSource.query(
        `INSERT INTO companies (id, name, registration_code, county, employees, turnover_eur, balance_sheet_eur, has_marketing_dept)
         VALUES (gen_random_uuid(), $1, $1, 'CJ', $2, $3, $4, $5)`,
        [name, employees, turnover, balance, dept],
      );
    await dataSource.destroy();

    await runUp(url, new CompanyEligibility1795375454022());

    const check = createDataSource(url);
    await check.initialize();
    const result: Array<{
      name: string;
      size_class: string | null;
      eligible: boolean;
      ineligibility_reasons: string[];
    }> = await check.query(
      `SELECT name, size_class, eligible, ineligibility_reasons FROM companies ORDER BY name`,
    );
    await check.destroy();
    expect(
      Object.fromEntries(result.map((r) => [r.name, [r.size_class, r.eligible, r.ineligibility_reasons]])),
    ).toEqual({
      "large-both-over": ["large", false, ["NOT_AN_SME"]],
      "large-headcount": ["large", false, ["NOT_AN_SME"]],
      "medium-balance-over-turnover-under": ["medium", true, []],
      "micro-known": ["micro", true, []],
      "micro-one-figure-over": ["micro", true, []],
      "no-dept": ["small", false, ["NO_MARKETING_DEPARTMENT"]],
      "small-no-figures": ["small", true, []],
      "unknown-dept": ["small", false, ["NO_MARKETING_DEPARTMENT"]],
      "unknown-headcount": [null, false, []],
    });
  });

  it("TemplatesEditsOnly keeps researchers' edits and lets untouched templates follow the default text", async () => {
    const url = await createDatabase(DATABASE, { empty: true, fresh: true });
    await migratedUntil(url, TemplatesEditsOnly1796250000000);
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    await dataSource.query(
      `INSERT INTO email_templates (kind, locale, subject, body, updated_by) VALUES
         ('invitation', 'ro', 'Seeded subject', 'Seeded body', NULL),
         ('invitation', 'en', 'Edited subject', 'Edited body', 'researcher@example.org')`,
    );
    await dataSource.destroy();

    await runUp(url, new TemplatesEditsOnly1796250000000());

    const check = createDataSource(url);
    await check.initialize();
    const left: Array<{ locale: string; subject: string }> = await check.query(
      `SELECT locale, subject FROM email_templates ORDER BY locale`,
    );
    await check.destroy();
    expect(left).toEqual([{ locale: "en", subject: "Edited subject" }]);
  });

  it("TemplateEditorId replaces editors' e-mail addresses by their account ids, and unknown ones by NULL", async () => {
    const url = await createDatabase(DATABASE, { empty: true, fresh: true });
    await migratedUntil(url, TemplateEditorId1796440000001);
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    const [{ id }] = (await dataSource.query(
      `INSERT INTO accounts (email, display_name, role, password_hash)
         VALUES ('ana.pop@example.org', 'Ana Pop', 'researcher', 'x') RETURNING id::text`,
    )) as [{ id: string }];
    await dataSource.query(
      `INSERT INTO email_templates (kind, locale, subject, body, updated_by) VALUES
         ('invitation', 'ro', 'Edited by Ana', 'Body {{link}}', 'Ana.Pop@example.org'),
         ('invitation', 'en', 'Edited by someone gone', 'Body {{link}}', 'gone@example.org')`,
    );
    await dataSource.destroy();

    await runUp(url, new TemplateEditorId1796440000001());

    const check = createDataSource(url);
    await check.initialize();
    const rows: Array<{ locale: string; updated_by: string | null; type: string }> = await check.query(
      `SELECT locale, updated_by::text, pg_typeof(updated_by)::text AS type FROM email_templates ORDER BY locale`,
    );
    await check.destroy();
    expect(rows).toEqual([
      { locale: "en", updated_by: null, type: "uuid" },
      { locale: "ro", updated_by: id, type: "uuid" },
    ]);
  });
});
