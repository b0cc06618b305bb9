import { ITEM_IDS } from "@smi/questionnaire";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { Response } from "../../src/modules/responses/response.entity";
import { signInAs } from "../support/sign-in";
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

it("is for researchers only", async () => {
  const viewer = await signInAs(t, "viewer");
  expect(code(await viewer(PREVIEW, { csv: FILE }))).toBe("FORBIDDEN");
});
