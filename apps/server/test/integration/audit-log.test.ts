import { parse } from "csv-parse/sync";
import { Account } from "../../src/modules/accounts/account.entity";
import { withCheckDigit } from "../../src/modules/companies/registration-code";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const LOG = `query($filter: AuditLogFilter, $limit: Int! = 50) { auditLog(filter: $filter, limit: $limit) {
  total items { seq at action clientIp details hash actor { id name } subject { type id name erased }
  companyCount counties companies { id name erased } } } }`;

interface Entry {
  seq: string;
  action: string;
  clientIp: string | null;
  details: string;
  actor: { id: string; name: string | null } | null;
  subject: { type: string; id: string; name: string | null; erased: boolean } | null;
  companyCount: number;
  counties: string[];
  companies: Array<{ id: string; name: string | null; erased: boolean }>;
}

let t: TestApp;
let admin: Awaited<ReturnType<typeof signInAs>>;
let ana: Awaited<ReturnType<typeof signInAs>>;
let anaId: string;
const companyIds: string[] = [];
let sequence = 0;

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const log = async (filter: Record<string, unknown>) => {
  const res = await admin<{ auditLog: { total: number; items: Entry[] } }>(LOG, { filter });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.auditLog;
};

async function createCompany(name: string, county: string): Promise<string> {
  sequence += 1;
  const res = await ana<{ createCompany: { id: string } }>(
    `mutation($i: CompanyInput!) { createCompany(input: $i) { id } }`,
    {
      i: {
        name,
        registrationCode: withCheckDigit(7_300_000 + sequence),
        county,
        employees: 25,
        turnoverEur: 1_000_000,
        balanceSheetEur: 800_000,
        hasMarketingDept: true,
        contactName: `Contact Persoana ${sequence}`,
        contactEmail: `contact${sequence}@audit-log.example.ro`,
      },
    },
  );
  return res.data!.createCompany.id;
}

beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  admin = await signInAs(t, "administrator");
  ana = await signInAs(t, "researcher");
  const account = await t.dataSource.getRepository(Account).findOneByOrFail({ email: ana.email });
  anaId = account.id;
  companyIds.push(
    await createCompany("Crișana Audit SRL", "BH"),
    await createCompany("Oradea Audit SRL", "BH"),
  );
  companyIds.push(await createCompany('=HYPERLINK("http://x") SRL', "CJ"));
  await ana(`mutation($input: InviteCompaniesInput!) { inviteCompanies(input: $input) { invited } }`, {
    input: { companyIds: companyIds.slice(0, 2), locale: "ro" },
  });
  // Names are looked up when the log is read: a later rename shows, although the log never stored a name.
  await t.dataSource.getRepository(Account).update({ id: anaId }, { displayName: "Ana Pop" });
});
afterAll(() => t.close());

describe("the audit log", () => {
  it("says who invited which companies, with the names as they are now and the client address", async () => {
    const { total, items } = await log({ actorId: anaId, actions: ["INVITATION_CREATE"] });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      action: "INVITATION_CREATE",
      actor: { id: anaId, name: "Ana Pop" },
      clientIp: expect.stringMatching(/127\.0\.0\.1/),
      companyCount: 2,
      counties: ["BH"],
      companies: [
        { id: companyIds[0], name: "Crișana Audit SRL", erased: false },
        { id: companyIds[1], name: "Oradea Audit SRL", erased: false },
      ],
    });
  });

  it("keeps ids only: no name or e-mail address of a contact or an account is stored", async () => {
    const stored = JSON.stringify(await t.dataSource.query(`SELECT * FROM audit_events`));
    expect(stored).not.toMatch(/@|Contact Persoana|Ana Pop/);
  });

  it("filters by actor, action, object and time, and counts across pages", async () => {
    const byAna = await log({ actorId: anaId });
    expect(byAna.total).toBe(5); // sign-in, three companies, one invitation batch
    expect(byAna.items.map((e) => e.action)).toEqual([
      "INVITATION_CREATE",
      "COMPANY_CREATE",
      "COMPANY_CREATE",
      "COMPANY_CREATE",
      "ACCOUNT_SIGN_IN",
    ]);
    const page = await admin<{ auditLog: { total: number; items: Entry[] } }>(LOG, {
      filter: { actorId: anaId },
      limit: 2,
    });
    expect(page.data!.auditLog).toMatchObject({ total: 5, items: [{}, {}] });

    // An object: what happened to the first company, including the invitation batch that listed it.
    const first = await log({ subjectType: "COMPANY", subjectId: companyIds[0] });
    expect(first.items.map((e) => e.action)).toEqual(["INVITATION_CREATE", "COMPANY_CREATE"]);
    const invitations = await log({ actorId: anaId, subjectType: "INVITATION" });
    expect(invitations.items.map((e) => e.action)).toEqual(["INVITATION_CREATE"]);
    const third = await log({ subjectType: "COMPANY", subjectId: companyIds[2] });
    expect(third.items.map((e) => e.action)).toEqual(["COMPANY_CREATE"]);

    const now = Date.now();
    expect((await log({ actorId: anaId, from: new Date(now - 3_600_000).toISOString() })).total).toBe(5);
    expect((await log({ actorId: anaId, from: new Date(now + 3_600_000).toISOString() })).total).toBe(0);
    expect((await log({ actorId: anaId, to: new Date(now - 3_600_000).toISOString() })).total).toBe(0);
  });

  it("refuses a filter that cannot mean anything, naming the field", async () => {
    const res = await admin(LOG, { filter: { subjectId: companyIds[0] } });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: "subjectType", code: "REQUIRED", message: "is needed with an object id" },
    ]);
    expect(code(await admin(LOG, { filter: { actorId: "nope" } }))).toBe("BAD_USER_INPUT");
  });

  it("shows an erased company as erased, without its name, in every entry about it", async () => {
    await ana(`mutation($id: ID!) { eraseCompany(id: $id, includeResponses: false) { id } }`, {
      id: companyIds[0],
    });
    const { items } = await log({ subjectType: "COMPANY", subjectId: companyIds[0] });
    expect(items.map((e) => e.action)).toEqual(["COMPANY_ERASE", "INVITATION_CREATE", "COMPANY_CREATE"]);
    expect(items[0]!.subject).toEqual({ type: "COMPANY", id: companyIds[0], name: null, erased: true });
    expect(items[1]!.companies[0]).toEqual({ id: companyIds[0], name: null, erased: true });
    expect(JSON.stringify(items)).not.toContain("Crișana Audit SRL");
  });
});

describe("the CSV export of the audit log", () => {
  const download = (query: string, cookie?: string) =>
    fetch(`${t.url}/api/exports/audit.csv${query}`, { headers: cookie ? { cookie } : {} });

  it("is for administrators only", async () => {
    expect((await download("")).status).toBe(401);
    expect((await download("", ana.cookie())).status).toBe(403);
    expect((await download("?action=NOPE", admin.cookie())).status).toBe(400);
  });

  it("holds the filtered log, oldest first, with names, hashes and cells a spreadsheet will not run", async () => {
    const res = await download(`?actor=${anaId}&action=COMPANY_CREATE`, admin.cookie());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // so spreadsheets read ș and ț as UTF-8
    const text = bytes.subarray(3).toString("utf8");
    expect(text.startsWith("seq,at,actor_id,actor,client_ip,action")).toBe(true);
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.actor, r.action, r.object])).toEqual([
      ["Ana Pop", "company.create", "erased company " + companyIds[0]],
      ["Ana Pop", "company.create", "Oradea Audit SRL"],
      ["Ana Pop", "company.create", `'=HYPERLINK("http://x") SRL`],
    ]);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash!))).toBe(true);
    // The download is recorded once the last byte is written, which can be just after the client has it.
    let [exported] = (await log({ actions: ["AUDIT_EXPORT"] })).items;
    for (let i = 0; !exported && i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      [exported] = (await log({ actions: ["AUDIT_EXPORT"] })).items;
    }
    expect(JSON.parse(exported!.details)).toMatchObject({ rows: 3 });
  });
});
