import { Company } from "../../src/modules/companies/company.entity";
import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

const LIST = `query($search: String) { companies(search: $search, limit: 50, offset: 0) { total items { name city } } }`;
const INVITATIONS = `query($search: String) { invitations(search: $search, limit: 50, offset: 0) { total items { companyName } } }`;
const CREATE = `mutation($i: CompanyInput!) { createCompany(input: $i) { name city contactName } }`;
const IMPORT = `mutation($csv: String!) { importCompanies(csv: $csv, mode: VALID_ONLY) { created problems { row column message } } }`;

const company = (n: number, name: string, city: string) => ({
  name,
  registrationCode: withCheckDigit(7_100_000 + n),
  county: "BH" as const,
  city,
  employees: 42,
  turnoverEur: 3_000_000,
  balanceSheetEur: 1_500_000,
  hasMarketingDept: true,
});

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

const names = async (search: string) =>
  (await researcher<{ companies: { items: Array<{ name: string }> } }>(LIST, { search }))
    .data!.companies.items.map((c) => c.name)
    .sort();

describe("company search", () => {
  beforeEach(async () => {
    const repo = t.dataSource.getRepository(Company);
    // Written directly, as rows imported before this release may hold either form of the letters.
    await repo.save([
      company(1, "Crișana Distribuție SRL", "Oradea"),
      company(2, "Mureș Trans SA", "Târgu Mureș"),
      company(3, "Vest Logistic SRL", "Ştei"),
      company(4, "Oţelu Prod SRL", "Arad"),
    ]);
  });

  it("finds Crișana without diacritics, with the cedilla form and in capitals", async () => {
    expect(await names("Crisana")).toEqual(["Crișana Distribuție SRL"]);
    expect(await names("crişana")).toEqual(["Crișana Distribuție SRL"]);
    expect(await names("CRIȘANA DISTRIBUTIE")).toEqual(["Crișana Distribuție SRL"]);
  });

  it("matches a cedilla in the data with a comma below in the search, and the city too", async () => {
    expect(await names("oțelu")).toEqual(["Oţelu Prod SRL"]);
    expect(await names("ștei")).toEqual(["Vest Logistic SRL"]);
    expect(await names("targu mures")).toEqual(["Mureș Trans SA"]);
    expect(await names("mures")).toEqual(["Mureș Trans SA"]);
  });

  it("still takes the search term literally", async () => {
    expect(await names("%")).toEqual([]);
    expect(await names("Crisana_")).toEqual([]);
  });

  it("is done by PostgreSQL through the trigram index on the folded name", async () => {
    // Four rows would be read sequentially anyway; forbid that to see whether the index can serve the search.
    const plan: unknown = await t.dataSource.transaction(async (manager) => {
      await manager.query("SET LOCAL enable_seqscan = off");
      return manager.query(
        `EXPLAIN SELECT id FROM companies WHERE smi_search_text(name) LIKE smi_search_text('%crisana%')`,
      );
    });
    expect(JSON.stringify(plan)).toContain("IDX_companies_search_name");
  });

  it("finds invitations by company name the same way", async () => {
    await createInvitation(t.dataSource, { company: { name: "Crișana Consult SRL" } });
    const found = await researcher<{ invitations: { items: Array<{ companyName: string }> } }>(INVITATIONS, {
      search: "crisana consult",
    });
    expect(found.data!.invitations.items.map((i) => i.companyName)).toEqual(["Crișana Consult SRL"]);
  });
});

describe("stored names", () => {
  it("a form stores ș and ț with the comma below", async () => {
    const created = await researcher<{ createCompany: Record<string, string> }>(CREATE, {
      i: { ...company(10, "Ţesătoria Şincai SRL", "Şimleu Silvaniei"), contactName: "Ştefan Ţurcanu" },
    });
    expect(created.data!.createCompany).toEqual({
      name: "Țesătoria Șincai SRL",
      city: "Șimleu Silvaniei",
      contactName: "Ștefan Țurcanu",
    });
  });

  it("a CSV import stores them with the comma below too", async () => {
    const csv = `name,registration_code,county,city,employees,turnover_eur,balance_sheet_eur,has_marketing_dept,contact_name
"Fabrica de Oţet Crişana SRL",${withCheckDigit(7_100_020)},BH,Beiuş,40,2000000,1000000,da,Ana Ştefănescu
`;
    const result = await researcher<{ importCompanies: { created: number; problems: unknown[] } }>(IMPORT, {
      csv,
    });
    expect(result.data!.importCompanies).toEqual({ created: 1, problems: [] });
    const stored = await t.dataSource
      .getRepository(Company)
      .findOneByOrFail({ registrationCode: withCheckDigit(7_100_020) });
    expect([stored.name, stored.city, stored.contactName]).toEqual([
      "Fabrica de Oțet Crișana SRL",
      "Beiuș",
      "Ana Ștefănescu",
    ]);
    expect(await names("otet crisana")).toEqual(["Fabrica de Oțet Crișana SRL"]);
  });
});
