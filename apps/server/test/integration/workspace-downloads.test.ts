import { parse } from "csv-parse/sync";
import { AuditEvent } from "../../src/modules/audit/audit-event.entity";
import { Company } from "../../src/modules/companies/company.entity";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type TestApp } from "../support/test-app";

let t: TestApp;
let researcher: Awaited<ReturnType<typeof signInAs>>;
let viewer: Awaited<ReturnType<typeof signInAs>>;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  researcher = await signInAs(t, "researcher");
  // Downloads granted, contacts not.
  viewer = await signInAs(t, "viewer", ["DOWNLOAD_EXPORTS"]);
  await createInvitation(t.dataSource, { company: { name: "Alfa Bihor SRL", city: "Oradea" } });
  await createInvitation(t.dataSource, {
    company: { name: '=HYPERLINK("http://x") SRL', city: "-Beiuș" },
    invitation: { status: "opened", openedAt: new Date() },
  });
  await createInvitation(t.dataSource, { company: { name: "Clujana SA", county: "CJ" } });
  await t.dataSource
    .getRepository(Company)
    .save({ name: "Zeta Bihor SRL", county: "BH", employees: 5, hasMarketingDept: true });
});
afterAll(() => t.close());

const get = (client: { cookie(): string | undefined }, path: string) =>
  fetch(`${t.url}${path}`, { headers: { cookie: client.cookie()! } });

async function csvOf(res: globalThis.Response) {
  expect(res.status).toBe(200);
  return parse((await res.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
}

const lastExport = () =>
  t.dataSource.getRepository(AuditEvent).findOneOrFail({
    where: { action: "export.download" },
    order: { chainSeq: "DESC" },
  });

describe("the frame as CSV", () => {
  it("holds the companies the screen's filter selects, in its order, named after the filter, and is audited", async () => {
    const res = await get(
      researcher,
      "/api/exports/companies.csv?county=BH&invited=true&sort=name&direction=desc",
    );
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="smi-companies_BH_invited_${today()}.csv"`,
    );
    const rows = await csvOf(res);
    expect(rows.map((r) => r.name)).toEqual(["Alfa Bihor SRL", '\'=HYPERLINK("http://x") SRL']);
    expect(rows[1]).toMatchObject({ city: "'-Beiuș", invitation_status: "opened", county: "BH" });
    expect(rows[0]!.contact_email).toMatch(/@example\.ro$/);
    const entry = await lastExport();
    expect(entry.details).toMatchObject({ file: `smi-companies_BH_invited_${today()}.csv`, rows: 2 });
    expect((entry.details as { companyIds: string[] }).companyIds).toHaveLength(2);
  });

  it("leaves the contacts out for an account that may not read them", async () => {
    const rows = await csvOf(await get(viewer, "/api/exports/companies.csv"));
    expect(rows).toHaveLength(4);
    expect(Object.keys(rows[0]!)).not.toContain("contact_email");
    expect((await lastExport()).details).not.toHaveProperty("companyIds");
  });

  it("refuses an unknown sort key or county by name, and accounts without the download right", async () => {
    const bad = await get(researcher, "/api/exports/companies.csv?sort=turnover");
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: [{ extensions: { fieldErrors: { field: string }[] } }] };
    expect(body.errors[0].extensions.fieldErrors[0]!.field).toBe("sort");
    expect((await get(researcher, "/api/exports/companies.csv?county=IF")).status).toBe(400);
    expect((await get(await signInAs(t, "viewer"), "/api/exports/companies.csv")).status).toBe(403);
  });
});

describe("the invitation list as CSV", () => {
  it("holds the invitations the screen's filter selects, sorted as asked", async () => {
    const res = await get(researcher, "/api/exports/invitations.csv?county=BH&sort=company&direction=asc");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="smi-invitations_BH_${today()}.csv"`,
    );
    const rows = await csvOf(res);
    expect(rows.map((r) => [r.company, r.status])).toEqual([
      ['\'=HYPERLINK("http://x") SRL', "opened"],
      ["Alfa Bihor SRL", "sent"],
    ]);
    expect(rows[0]!.contact_email).toMatch(/@example\.ro$/);
    const opened = await csvOf(await get(viewer, "/api/exports/invitations.csv?status=opened"));
    expect(opened.map((r) => r.company)).toEqual(['\'=HYPERLINK("http://x") SRL']);
    expect(Object.keys(opened[0]!)).not.toContain("contact_email");
  });
});

describe("sorting the workspace's tables", () => {
  it("sorts the companies by a column, either way, across pages", async () => {
    const query = `query ($sort: CompanySortKey!, $direction: SortDirection!, $offset: Int!) {
      companies(sort: $sort, direction: $direction, limit: 2, offset: $offset) { total items { name county } }
    }`;
    type Page = { companies: { total: number; items: { name: string; county: string }[] } };
    const pages = async (sort: string, direction: string) =>
      (
        await Promise.all(
          [0, 2].map(async (offset) => (await researcher<Page>(query, { sort, direction, offset })).data!),
        )
      ).flatMap((page) => page.companies.items);
    expect((await pages("name", "desc")).map((c) => c.name)).toEqual([
      "Zeta Bihor SRL",
      "Clujana SA",
      "Alfa Bihor SRL",
      '=HYPERLINK("http://x") SRL',
    ]);
    // County order is the stored code's; the name breaks ties.
    expect((await pages("county", "asc")).map((c) => c.county)).toEqual(["BH", "BH", "BH", "CJ"]);
    const wrong = await researcher(`{ companies(sort: turnover) { total } }`);
    expect(wrong.errors?.[0]?.message).toMatch(/CompanySortKey/);
  });

  it("sorts the invitations by status in their lifecycle order", async () => {
    const res = await researcher<{ invitations: { items: { status: string }[] } }>(
      `{ invitations(sort: status, direction: desc) { items { status } } }`,
    );
    expect(res.data!.invitations.items.map((i) => i.status)).toEqual(["opened", "sent", "sent"]);
  });
});
