import { scoreAnswers, validateAnswers } from "@smi/questionnaire";
import { Account } from "../../src/modules/accounts/account.entity";
import { ensureAdministrator } from "../../src/modules/accounts/ensure-administrator";
import { verifyPassword } from "../../src/modules/accounts/password";
import { Company } from "../../src/modules/companies/company.entity";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { loadSyntheticResponses } from "../../src/modules/demo/load-synthetic-responses";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

describe("migrations", () => {
  it("leave nothing for TypeORM to change: entities and the migrated schema agree", async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe("constraints protect the data whatever the code does", () => {
  const company = () =>
    t.dataSource
      .getRepository(Company)
      .save({ name: "Bega Soft SRL", county: "TM", registrationCode: "RO123" });

  it("refuses a county outside the study area", async () => {
    await expect(
      t.dataSource.getRepository(Company).insert({ name: "X", county: "B" as never }),
    ).rejects.toThrow(/CHK_companies_county/);
  });

  it("refuses a second response for one invitation", async () => {
    const { id: companyId } = await company();
    const invitation = await t.dataSource
      .getRepository(Invitation)
      .save({ companyId, token: "t".repeat(43) });
    const responses = t.dataSource.getRepository(Response);
    await responses.insert({ invitationId: invitation.id, companyId, source: "web" });
    await expect(responses.insert({ invitationId: invitation.id, companyId, source: "web" })).rejects.toThrow(
      /UQ_responses_invitation/,
    );
  });

  it("refuses a submitted response without its score", async () => {
    await expect(
      t.dataSource.getRepository(Response).insert({ source: "import", status: "submitted" }),
    ).rejects.toThrow(/CHK_responses_submitted_is_scored/);
  });

  it("refuses totals outside 20–100", async () => {
    await expect(
      t.dataSource.getRepository(Response).insert({
        source: "import",
        status: "submitted",
        totalScore: 101,
        category: "integrated",
        scoringKey: "kotler-2006-v1",
        submittedAt: new Date(),
      }),
    ).rejects.toThrow(/CHK_responses_total_score/);
  });
});

describe("first administrator", () => {
  it("is created once, with an argon2id hash of a generated password", async () => {
    const first = await ensureAdministrator(t.dataSource, { email: "Admin@Example.org" });
    expect(first).toMatchObject({ email: "admin@example.org", generated: true });
    const stored = await t.dataSource.getRepository(Account).findOneByOrFail({ email: "admin@example.org" });
    expect(stored.role).toBe("administrator");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, first!.password)).toBe(true);
    expect(await verifyPassword(stored.passwordHash!, "wrong password")).toBe(false);
    expect(await ensureAdministrator(t.dataSource, { email: "other@example.org" })).toBeNull();
  });

  it("uses ADMIN_PASSWORD when given", async () => {
    const admin = await ensureAdministrator(t.dataSource, {
      email: "a@b.ro",
      password: "correct horse battery",
    });
    expect(admin).toEqual({ email: "a@b.ro", password: "correct horse battery", generated: false });
  });
});

describe("demo data", () => {
  it("populates an empty database once, with responses scored by the questionnaire package", async () => {
    const summary = await loadDemoData(t.dataSource);
    expect(summary).toEqual({ companies: 150, invitations: 142, submittedResponses: 96 });
    expect(await loadDemoData(t.dataSource)).toBeNull();

    const submitted = await t.dataSource.getRepository(Response).findBy({ status: "submitted" });
    expect(submitted).toHaveLength(96);
    for (const response of submitted) {
      const answers = validateAnswers(response.answers);
      expect(answers.ok).toBe(true);
      if (answers.ok) expect(scoreAnswers(answers.value).total).toBe(response.totalScore);
    }
    const categories = new Set(submitted.map((r) => r.category));
    expect(categories.size).toBeGreaterThanOrEqual(3);
  });
});

describe("synthetic responses for benchmarks", () => {
  it("bulk-loads valid, scored responses, the same for the same seed", async () => {
    const categories = async () =>
      (await t.dataSource.query(
        `SELECT category, count(*)::int AS n FROM responses GROUP BY category ORDER BY category`,
      )) as { category: string; n: number }[];
    await loadSyntheticResponses(t.dataSource, { count: 2_000, seed: 7 });
    const first = await categories();
    expect(first.reduce((sum, c) => sum + c.n, 0)).toBe(2_000);
    expect(first.length).toBe(4);
    const [sample] = await t.dataSource.getRepository(Response).find({ take: 1 });
    const answers = validateAnswers(sample!.answers);
    expect(answers.ok && scoreAnswers(answers.value).total).toBe(sample!.totalScore);

    await t.reset();
    await loadSyntheticResponses(t.dataSource, { count: 2_000, seed: 7 });
    expect(await categories()).toEqual(first);
  });
});
