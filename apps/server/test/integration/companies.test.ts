import { Company } from "../../src/modules/companies/company.entity";
import { Invitation } from "../../src/modules/invitations/invitation.entity";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const FIELDS =
  "id name registrationCode county employees sizeClass eligible ineligibilityReasons invitationStatus contactEmail erasedAt";
const CREATE = `mutation($i: CompanyInput!) { createCompany(input: $i) { ${FIELDS} } }`;
const LIST = `query($search: String, $counties: [County!], $eligible: Boolean, $invited: Boolean, $limit: Int! = 50, $offset: Int! = 0) {
  companies(search: $search, counties: $counties, eligible: $eligible, invited: $invited, limit: $limit, offset: $offset) { total items { name county eligible invitationStatus } } }`;
const PREVIEW = `mutation($csv: String!) { previewCompanyImport(csv: $csv) { rows validRows invalidRows created updated skipped applied problems { row column message } } }`;
const IMPORT = `mutation($csv: String!, $mode: ImportMode!) { importCompanies(csv: $csv, mode: $mode) { rows validRows invalidRows created updated skipped applied problems { row column message } } }`;
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

const VALID = {
  name: "Crișul Logistic SRL",
  registrationCode: "RO 14399840",
  county: "Bihor",
  city: "Oradea",
  caenCode: "4941",
  employees: 42,
  turnoverEur: 3_200_000,
  balanceSheetEur: 1_500_000,
  hasMarketingDept: true,
  contactName: "Ioana Pop",
  contactEmail: "Ioana.Pop@example.ro",
};

let t: TestApp;
let researcher: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  t = await startTestApp();
});
beforeEach(async () => {
  await t.reset();
  researcher = await signInAs(t, "researcher");
});
afterAll(() => t.close());

describe("access", () => {
  it("keeps the sampling frame behind sign-in and lets viewers read but not change it", async () => {
    expect(code(await t.graphql(LIST))).toBe("UNAUTHENTICATED");
    const viewer = await signInAs(t, "viewer");
    expect((await viewer(LIST)).errors).toBeUndefined();
    expect(code(await viewer(CREATE, { i: VALID }))).toBe("FORBIDDEN");
    expect(code(await viewer(IMPORT, { csv: "name\n", mode: "VALID_ONLY" }))).toBe("FORBIDDEN");
  });
});

describe("creating and editing companies", () => {
  it("derives size class and eligibility with the questionnaire package", async () => {
    const created = (await researcher<{ createCompany: Record<string, unknown> }>(CREATE, { i: VALID })).data!
      .createCompany;
    expect(created).toMatchObject({
      registrationCode: "14399840",
      county: "BH",
      sizeClass: "small",
      eligible: true,
      ineligibilityReasons: [],
      contactEmail: "ioana.pop@example.ro",
    });
    const large = (
      await researcher<{ createCompany: Record<string, unknown> }>(CREATE, {
        i: {
          ...VALID,
          registrationCode: "1590082",
          employees: 900,
          turnoverEur: 80e6,
          balanceSheetEur: 70e6,
          hasMarketingDept: false,
        },
      })
    ).data!.createCompany;
    expect(large).toMatchObject({
      sizeClass: "large",
      eligible: false,
      ineligibilityReasons: ["NOT_AN_SME", "NO_MARKETING_DEPARTMENT"],
    });
  });

  it("names every invalid field and writes nothing", async () => {
    const res = await researcher(CREATE, {
      i: {
        ...VALID,
        registrationCode: "14399841",
        county: "Ilfov",
        caenCode: "49.41",
        employees: -1,
        contactEmail: "ioana@",
      },
    });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect((res.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
      "registrationCode",
      "county",
      "caenCode",
      "employees",
      "contactEmail",
    ]);
    expect(await t.dataSource.getRepository(Company).count()).toBe(0);
  });

  it("refuses a second company with the same CUI", async () => {
    await researcher(CREATE, { i: VALID });
    const res = await researcher(CREATE, {
      i: { ...VALID, name: "Other SRL", registrationCode: "14399840" },
    });
    expect(code(res)).toBe("CONFLICT");
    expect(res.errors![0]!.message).toMatch(/Crișul Logistic SRL/);
  });
});

describe("listing", () => {
  it("filters by county, eligibility, invitation and text, and pages with a total", async () => {
    const bihor = await createInvitation(t.dataSource, {
      company: { name: "Bega Soft SRL", county: "BH", eligible: true },
    });
    await createInvitation(t.dataSource, {
      company: { name: "Arad Print SRL", county: "AR", eligible: true },
      invitation: { status: "revoked" },
    });
    await t.dataSource
      .getRepository(Company)
      .insert({ name: "Someș Agro SRL", county: "BH", registrationCode: "1590082", eligible: false });

    const list = async (vars: Record<string, unknown>) =>
      (
        await researcher<{
          companies: { total: number; items: { name: string; invitationStatus: string | null }[] };
        }>(LIST, vars)
      ).data!.companies;
    expect((await list({ counties: ["BH"] })).items.map((c) => c.name)).toEqual([
      "Bega Soft SRL",
      "Someș Agro SRL",
    ]);
    expect((await list({ counties: ["BH"], eligible: true })).items.map((c) => c.name)).toEqual([
      "Bega Soft SRL",
    ]);
    expect((await list({ invited: false })).items.map((c) => c.name)).toEqual([
      "Arad Print SRL",
      "Someș Agro SRL",
    ]);
    expect((await list({ invited: true })).items).toEqual([
      { name: "Bega Soft SRL", county: "BH", eligible: true, invitationStatus: bihor.invitation.status },
    ]);
    expect((await list({ search: "someș" })).items.map((c) => c.name)).toEqual(["Someș Agro SRL"]);
    const page = await list({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ name: "Bega Soft SRL" }] });
  });

  it("rejects an unknown county and an oversized page", async () => {
    expect(code(await researcher(LIST, { counties: ["B"] }))).toBe("BAD_USER_INPUT");
    expect(code(await researcher(LIST, { limit: 10_000 }))).toBe("QUERY_TOO_COMPLEX");
  });
});

describe("CSV import", () => {
  const FILE = [
    "name;registration_code;county;city;employees;turnover_eur;balance_sheet_eur;has_marketing_dept;contact_email",
    "Crișul Logistic SRL;RO14399840;Bihor;Oradea;42;3.200.000;1500000;da;ioana.pop@example.ro",
    "Bad Code SRL;12345;TM;Timișoara;10;100000;50000;nu;x@example.ro",
    "Timiș Food SRL;1590082;TM;Timișoara;many;100000;50000;nu;",
    "Arad Print SRL;18189442;AR;Arad;8;400000;300000;da;contact@arad-print.example.ro",
  ].join("\n");

  it("previews every problem with its row and column, writing nothing", async () => {
    const report = (
      await researcher<{ previewCompanyImport: Record<string, unknown> }>(PREVIEW, { csv: FILE })
    ).data!.previewCompanyImport;
    expect(report).toMatchObject({
      rows: 4,
      validRows: 2,
      invalidRows: 2,
      created: 2,
      updated: 0,
      applied: false,
    });
    expect(report.problems).toEqual([
      { row: 3, column: "registration_code", message: '"12345" is not a valid CUI (check the digits)' },
      { row: 4, column: "employees", message: '"many" is not a number' },
    ]);
    expect(await t.dataSource.getRepository(Company).count()).toBe(0);
  });

  it("imports nothing from a file with errors unless asked to import the valid rows", async () => {
    const strict = (
      await researcher<{ importCompanies: Record<string, unknown> }>(IMPORT, {
        csv: FILE,
        mode: "ALL_OR_NOTHING",
      })
    ).data!.importCompanies;
    expect(strict).toMatchObject({ applied: false, created: 0 });
    expect(await t.dataSource.getRepository(Company).count()).toBe(0);

    const lenient = (
      await researcher<{ importCompanies: Record<string, unknown> }>(IMPORT, {
        csv: FILE,
        mode: "VALID_ONLY",
      })
    ).data!.importCompanies;
    expect(lenient).toMatchObject({ applied: true, created: 2, updated: 0, skipped: 2 });
    const crisul = await t.dataSource
      .getRepository(Company)
      .findOneByOrFail({ registrationCode: "14399840" });
    expect(crisul).toMatchObject({
      name: "Crișul Logistic SRL",
      county: "BH",
      turnoverEur: 3_200_000,
      eligible: true,
      sizeClass: "small",
    });
  });

  it("updates by CUI on re-import instead of duplicating", async () => {
    await researcher(IMPORT, { csv: FILE, mode: "VALID_ONLY" });
    const again = (
      await researcher<{ importCompanies: Record<string, unknown> }>(IMPORT, {
        csv: FILE.replace(";42;", ";55;"),
        mode: "VALID_ONLY",
      })
    ).data!.importCompanies;
    expect(again).toMatchObject({ created: 0, updated: 2 });
    expect(await t.dataSource.getRepository(Company).count()).toBe(2);
    expect(
      (await t.dataSource.getRepository(Company).findOneByOrFail({ registrationCode: "14399840" })).employees,
    ).toBe(55);
  });

  it("flags the same CUI twice in one file", async () => {
    const csv = "name,registration_code,county\nA SRL,14399840,BH\nB SRL,RO14399840,CJ\n";
    const report = (await researcher<{ previewCompanyImport: { problems: unknown[] } }>(PREVIEW, { csv }))
      .data!.previewCompanyImport;
    expect(report.problems).toEqual([{ row: 3, column: "registration_code", message: "same CUI as row 2" }]);
  });
});

describe("GDPR", () => {
  it("erases contact data, revokes open invitations, and deletes responses on request", async () => {
    const { company, invitation } = await createInvitation(t.dataSource);
    await t.dataSource
      .getRepository(Response)
      .insert({ invitationId: invitation.id, companyId: company.id, source: "web" });
    await t.dataSource.query(
      `INSERT INTO email_messages (id, invitation_id, kind, recipient, locale, subject, body, message_id, status)
       VALUES (gen_random_uuid(), $1, 'invitation', $2, 'ro', 'Invitație', 'Stimată doamnă Pop, …', '<x@test>', 'sent')`,
      [invitation.id, company.contactEmail],
    );
    const res = await researcher<{ eraseCompany: Record<string, unknown> }>(
      `mutation($id: ID!) { eraseCompany(id: $id, includeResponses: true) { ${FIELDS} } }`,
      { id: company.id },
    );
    expect(res.data!.eraseCompany).toMatchObject({ contactEmail: null, erasedAt: expect.any(String) });
    expect((await t.dataSource.getRepository(Invitation).findOneByOrFail({ id: invitation.id })).status).toBe(
      "revoked",
    );
    expect(await t.dataSource.query(`SELECT recipient, body FROM email_messages`)).toEqual([
      { recipient: "erased@erased.invalid", body: "" },
    ]);
    expect(await t.dataSource.getRepository(Response).count()).toBe(0);

    const reimport = (
      await researcher<{ importCompanies: Record<string, unknown> }>(IMPORT, {
        csv: `name,registration_code,county,contact_email\nX,${company.registrationCode},BH,back@example.ro\n`,
        mode: "VALID_ONLY",
      })
    ).data!.importCompanies;
    expect(reimport).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    expect(
      (await t.dataSource.getRepository(Company).findOneByOrFail({ id: company.id })).contactEmail,
    ).toBeNull();
  });

  it("exports everything held about a company, without invitation tokens", async () => {
    const { company, token } = await createInvitation(t.dataSource);
    const res = await researcher<{ exportCompanyData: Record<string, unknown> }>(
      `mutation($id: ID!) { exportCompanyData(id: $id) }`,
      { id: company.id },
    );
    const data = res.data!.exportCompanyData;
    expect(data).toMatchObject({
      company: { id: company.id, contactEmail: company.contactEmail },
      invitations: [{ companyId: company.id }],
    });
    expect(JSON.stringify(data)).not.toContain(token);
  });

  it("exports a company that was never invited", async () => {
    const created = (await researcher<{ createCompany: { id: string } }>(CREATE, { i: VALID })).data!
      .createCompany;
    const res = await researcher<{ exportCompanyData: Record<string, unknown> }>(
      `mutation($id: ID!) { exportCompanyData(id: $id) }`,
      { id: created.id },
    );
    expect(res.data!.exportCompanyData).toMatchObject({
      invitations: [],
      emails: [],
      responses: [],
      // Creating it, then reading its contact data back in the answer.
      auditTrail: [
        { action: "company.create", subjectId: created.id },
        { action: "personal_data.read", details: { companyIds: [created.id] } },
      ],
    });
  });

  it("pseudonymises every contact when an administrator confirms", async () => {
    const { invitation } = await createInvitation(t.dataSource);
    await t.dataSource.query(
      `INSERT INTO email_messages (id, invitation_id, kind, recipient, locale, subject, body, message_id, status)
       VALUES (gen_random_uuid(), $1, 'invitation', 'manager@example.ro', 'ro', 'Invitație', 'Stimate domn', '<y@test>', 'sent')`,
      [invitation.id],
    );
    const admin = await signInAs(t, "administrator");
    const mutation = `mutation($c: String!) { pseudonymiseContacts(confirm: $c) }`;
    expect(code(await researcher(mutation, { c: "PSEUDONYMISE" }))).toBe("FORBIDDEN");
    expect(code(await admin(mutation, { c: "yes" }))).toBe("BAD_USER_INPUT");
    expect((await admin(mutation, { c: "PSEUDONYMISE" })).data).toEqual({ pseudonymiseContacts: 1 });
    const [company] = await t.dataSource.getRepository(Company).find();
    expect(company!.contactEmail).toMatch(/^contact-[0-9a-f-]{36}@pseudonymised\.invalid$/);
    expect(await t.dataSource.query(`SELECT recipient, body FROM email_messages`)).toEqual([
      { recipient: "pseudonymised@pseudonymised.invalid", body: "" },
    ]);
  });
});
