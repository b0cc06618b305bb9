import { ITEM_IDS, MISSING_CODES } from "@smi/questionnaire";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { Response } from "../../src/modules/responses/response.entity";
import { signInAs } from "../support/sign-in";
import { countStatements } from "../support/statement-counter";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const REPORT = "rows validRows invalidRows created updated skipped applied problems { row column message }";
const PREVIEW = `mutation($csv: String!) { previewResponseImport(csv: $csv) { ${REPORT} } }`;
const IMPORT = `mutation($csv: String!, $mode: ImportMode!) { importResponses(csv: $csv, mode: $mode) { ${REPORT} } }`;
type Report = {
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  applied: boolean;
  problems: { row: number; column: string; message: string }[];
};
const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;

const HEADER = [
  "response_id",
  "county",
  "employees",
  "has_marketing_dept",
  ...ITEM_IDS,
  "perf_quota_pct",
  "smi_configuration",
  "total_score",
];
const row = (
  id: string,
  county: string,
  answers: (number | string)[],
  extra: (string | number)[] = ["", "", "20"],
) => [id, county, "25", "da", ...answers, ...extra].join(",");
const FILE = [
  HEADER.join(","),
  row("P-001", "BH", Array(20).fill(4), ["104.5", "living_apart_together", "20"]), // the file's total is wrong: ignored
  row("P-002", "Timiș", Array(20).fill(2)),
  row("P-003", "Ilfov", [...Array(19).fill(3), 6]),
  row("P-004", "CJ", [...Array(4).fill(3), "", ...Array(15).fill(3)], ["5000", "mixed", ""]),
].join("\n");

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

it("reports every problem by row and column before anything is written", async () => {
  const report = (await researcher<{ previewResponseImport: Report }>(PREVIEW, { csv: FILE })).data!
    .previewResponseImport;
  expect(report).toMatchObject({ rows: 4, created: 2, applied: false });
  expect(report.problems.map((p) => [p.row, p.column])).toEqual([
    [4, "county"],
    [4, "q20"],
    [5, "q05"],
    [5, "perf_quota_pct"],
    [5, "smi_configuration"],
  ]);
  expect(await t.dataSource.getRepository(Response).count()).toBe(0);
});

it("offers a template whose example row imports without a problem", async () => {
  const template = (await t.graphql<{ responseImportTemplate: string }>(`{ responseImportTemplate }`)).data!
    .responseImportTemplate;
  const [header] = template.split("\n");
  expect(header!.split(",")).toEqual(expect.arrayContaining(["response_id", "county", ...ITEM_IDS]));
  const report = (await researcher<{ previewResponseImport: Report }>(PREVIEW, { csv: template })).data!
    .previewResponseImport;
  expect(report).toMatchObject({ rows: 1, created: 1, problems: [] });
});

it("imports valid rows marked as imported, scored on the server, and updates them on re-import", async () => {
  expect(
    (await researcher<{ importResponses: Report }>(IMPORT, { csv: FILE, mode: "ALL_OR_NOTHING" })).data!
      .importResponses.applied,
  ).toBe(false);
  const first = (await researcher<{ importResponses: Report }>(IMPORT, { csv: FILE, mode: "VALID_ONLY" }))
    .data!.importResponses;
  expect(first).toMatchObject({ applied: true, created: 2, updated: 0, skipped: 2 });
  const p001 = await t.dataSource.getRepository(Response).findOneByOrFail({ externalId: "P-001" });
  expect(p001).toMatchObject({
    source: "import",
    status: "submitted",
    totalScore: 80,
    category: "integrated",
    county: "BH",
    configuration: "living_apart_together",
    sizeClass: "small",
  });
  expect(p001.performance).toEqual({ quota_pct: 104.5 });

  const again = (
    await researcher<{ importResponses: Report }>(IMPORT, {
      csv: FILE.replace(/P-002,Timiș,25/, "P-002,Timiș,30"),
      mode: "VALID_ONLY",
    })
  ).data!.importResponses;
  expect(again).toMatchObject({ created: 0, updated: 2 });
  expect(await t.dataSource.getRepository(Response).count()).toBe(2);
  expect(
    (await t.dataSource.getRepository(Response).findOneByOrFail({ externalId: "P-002" })).employees,
  ).toBe(30);
});

describe("statements per import", () => {
  const file = (ids: string[], employees: number) =>
    [
      HEADER.join(","),
      ...ids.map((id) => row(id, "BH", Array(20).fill(3)).replace(",25,", `,${employees},`)),
    ].join("\n");
  const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const statementsOf = async (csv: string) => {
    const sql = countStatements(t.dataSource);
    const report = (await researcher<{ importResponses: Report }>(IMPORT, { csv, mode: "VALID_ONLY" })).data!
      .importResponses;
    sql.stop();
    return { report, statements: sql.statements };
  };

  it("grow by one per 500 rows written, not by one per row, whether rows are new or re-imported", async () => {
    const small = await statementsOf(file(ids(10, "S"), 25));
    expect(small.report).toMatchObject({ applied: true, created: 10, updated: 0 });

    // 990 new rows and the 10 above again: one more batch of 500, nothing per row.
    const large = await statementsOf(file([...ids(10, "S"), ...ids(990, "L")], 30));
    expect(large.report).toMatchObject({ applied: true, created: 990, updated: 10, skipped: 0 });
    expect(large.statements).toHaveLength(small.statements.length + 1);
    expect(large.statements.filter((q) => /INSERT INTO responses/.test(q))).toHaveLength(2);

    const responses = t.dataSource.getRepository(Response);
    expect(await responses.count()).toBe(1000);
    expect(await responses.countBy({ employees: 30, source: "import", status: "submitted" })).toBe(1000);
    expect(await responses.findOneByOrFail({ externalId: "S-3" })).toMatchObject({
      totalScore: 60,
      category: "aligned",
      scoringKey: expect.any(String),
      submittedAt: expect.any(Date),
    });
  });
});

it("reads its own export back without duplicating what is already here", async () => {
  await loadDemoData(t.dataSource);
  const csv = await (
    await fetch(`${t.url}/api/exports/smi-responses.csv`, { headers: { cookie: researcher.cookie()! } })
  ).text();
  const report = (await researcher<{ previewResponseImport: Report }>(PREVIEW, { csv })).data!
    .previewResponseImport;
  expect(report).toMatchObject({ rows: 96, invalidRows: 0, created: 0, skipped: 96 });
  expect(report.problems[0]!.message).toMatch(/already in the database/);
});

const dataHash = async () =>
  (await researcher<{ analysis: { n: number; dataHash: string } }>(`{ analysis { n dataHash } }`)).data!
    .analysis;

it("moves to another installation with its ids and dates, and keeps the dates on a re-import without them", async () => {
  await loadDemoData(t.dataSource);
  const hashHere = await dataHash();
  const exportCsv = async () =>
    (
      await fetch(`${t.url}/api/exports/smi-responses.csv`, { headers: { cookie: researcher.cookie()! } })
    ).text();
  const stored = async () =>
    (
      (await t.dataSource.query(
        `SELECT coalesce(external_id, id::text) AS id, submitted_at AS at FROM responses
          WHERE status = 'submitted' ORDER BY 1`,
      )) as { id: string; at: Date }[]
    ).map(({ id, at }) => `${id} ${at.toISOString()}`);
  const original = await stored();
  const csv = await exportCsv();

  // Another installation: the same file into an empty database.
  await t.reset();
  researcher = await signInAs(t, "researcher");
  const report = (await researcher<{ importResponses: Report }>(IMPORT, { csv, mode: "ALL_OR_NOTHING" }))
    .data!.importResponses;
  expect(report).toMatchObject({ applied: true, created: original.length, problems: [] });
  expect(await stored()).toEqual(original);
  // The same data, so the same hash: an analysis saved there can be checked here.
  expect(await dataHash()).toEqual(hashHere);
  // Its own export names the responses by the ids they came with, so the chain can go on.
  const ids = (text: string) =>
    text
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[0])
      .sort();
  expect(ids(await exportCsv())).toEqual(ids(csv));

  // A re-import from a file without submitted_at changes nothing about when they were submitted.
  const header = csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")[0]!
    .split(",");
  const at = header.indexOf("submitted_at");
  const undated = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) =>
      line
        .split(",")
        .filter((_, i) => i !== at)
        .join(","),
    )
    .join("\n");
  expect(
    (await researcher<{ importResponses: Report }>(IMPORT, { csv: undated, mode: "ALL_OR_NOTHING" })).data!
      .importResponses,
  ).toMatchObject({ applied: true, updated: original.length });
  expect(await stored()).toEqual(original);
});

it("refuses a submission date it cannot read or that lies in the future, naming the row", async () => {
  const csv = [
    ["response_id", "county", ...ITEM_IDS, "submitted_at"].join(","),
    ["D-1", "BH", ...Array(20).fill(3), "2026-02-30"].join(","),
    ["D-2", "BH", ...Array(20).fill(3), "2999-01-01T00:00:00Z"].join(","),
    ["D-3", "BH", ...Array(20).fill(3), "2026-03-05 09:30+02"].join(","),
  ].join("\n");
  const report = (await researcher<{ importResponses: Report }>(IMPORT, { csv, mode: "VALID_ONLY" })).data!
    .importResponses;
  expect(report.problems.map((p) => [p.row, p.column, p.message])).toEqual([
    [2, "submitted_at", expect.stringMatching(/not an ISO 8601 date/)],
    [3, "submitted_at", "is in the future"],
  ]);
  expect(report).toMatchObject({ created: 1, skipped: 2 });
  const d3 = await t.dataSource.getRepository(Response).findOneByOrFail({ externalId: "D-3" });
  expect(d3.submittedAt!.toISOString()).toBe("2026-03-05T07:30:00.000Z");
});

it("reads the export's missing-value codes back as the answers they stand for", async () => {
  const csv = [
    ["response_id", "county", "employees", "turnover_eur", "has_marketing_dept", ...ITEM_IDS].join(",") +
      ",perf_quota_pct,perf_closings,perf_retention_pct",
    ["M-1", "BH", "25", MISSING_CODES.not_answered, "true", ...Array(20).fill(3)].join(",") +
      `,${MISSING_CODES.prefer_not_to_say},${MISSING_CODES.not_answered},80`,
  ].join("\n");
  const report = (await researcher<{ importResponses: Report }>(IMPORT, { csv, mode: "ALL_OR_NOTHING" }))
    .data!.importResponses;
  expect(report).toMatchObject({ applied: true, created: 1 });
  const stored = await t.dataSource.getRepository(Response).findOneByOrFail({ externalId: "M-1" });
  expect(stored.turnoverEur).toBeNull();
  // "Prefer not to say" is a null answer; "not answered" leaves the indicator out.
  expect(stored.performance).toEqual({ quota_pct: null, retention_pct: 80 });
});

it("is for researchers only", async () => {
  const viewer = await signInAs(t, "viewer");
  expect(code(await viewer(PREVIEW, { csv: FILE }))).toBe("FORBIDDEN");
});
