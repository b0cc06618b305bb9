import { descriptives, itemStatistics, toItemMatrix } from "@smi/analysis";
import { responseRecords } from "../support/response-records";
import { parseResponseFilter } from "../../src/modules/analysis/response-filter";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const REPORT = `query($c: ID, $r: ID) { companyReport(companyId: $c, responseId: $r) {
  responseId companyId companyName county totalScore category scoringKey
  items { itemId position answer countyMean studyMean }
  countyReference { n suppressed totalMean } studyReference { n suppressed totalMean }
} }`;
type Report = {
  responseId: string;
  companyId: string;
  companyName: string;
  county: string;
  totalScore: number;
  category: string;
  items: {
    itemId: string;
    position: number;
    answer: number;
    countyMean: number | null;
    studyMean: number | null;
  }[];
  countyReference: { n: number; suppressed: boolean; totalMean: number | null };
  studyReference: { n: number; suppressed: boolean; totalMean: number | null };
};

let t: TestApp;
let viewer: Awaited<ReturnType<typeof signInAs>>;
let sample: { id: string; company_id: string; county: string; name: string; total_score: number };
beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  await loadDemoData(t.dataSource);
  // One company's answers are not aggregates: a viewer reads them only when an administrator granted it.
  viewer = await signInAs(t, "viewer", ["READ_ANSWERS"]);
  [sample] = await t.dataSource.query(
    `SELECT r.id, r.company_id, r.county, c.name, r.total_score FROM responses r JOIN companies c ON c.id = r.company_id
      WHERE r.status = 'submitted' ORDER BY c.registration_code LIMIT 1`,
  );
});
afterAll(() => t.close());

/** The engine's means of the other submitted responses of a filter. */
async function othersMeans(counties: string[]) {
  const records = await responseRecords(t.dataSource.manager, parseResponseFilter({ counties }));
  const others = records.filter((r) => r.id !== sample.id);
  return {
    n: others.length,
    total: descriptives(others.map((r) => r.total)).mean,
    items: itemStatistics(toItemMatrix(others.map((r) => r.items))).map((s) => s.mean),
  };
}

it("gives a company's answers beside its county's and the study's means, with their n", async () => {
  const report = (await viewer<{ companyReport: Report }>(REPORT, { c: sample.company_id })).data!
    .companyReport;
  expect(report).toMatchObject({
    responseId: sample.id,
    companyId: sample.company_id,
    companyName: sample.name,
    county: sample.county,
    totalScore: sample.total_score,
  });
  expect(report.items.map((i) => i.itemId)).toEqual(
    Array.from({ length: 20 }, (_, j) => `q${String(j + 1).padStart(2, "0")}`),
  );
  expect(report.items.reduce((s, i) => s + i.answer, 0)).toBe(sample.total_score);

  const county = await othersMeans([sample.county]);
  const study = await othersMeans([]);
  expect(report.countyReference).toMatchObject({ n: county.n, suppressed: false });
  expect(report.countyReference.totalMean).toBeCloseTo(county.total!, 10);
  expect(report.studyReference).toMatchObject({ n: study.n, suppressed: false });
  expect(report.studyReference.totalMean).toBeCloseTo(study.total!, 10);
  report.items.forEach((item, j) => {
    expect(item.countyMean).toBeCloseTo(county.items[j]!, 10);
    expect(item.studyMean).toBeCloseTo(study.items[j]!, 10);
  });

  const byResponse = (await viewer<{ companyReport: Report }>(REPORT, { r: sample.id })).data!.companyReport;
  expect(byResponse).toEqual(report);
});

it("asks for exactly one known id, and only for submitted responses", async () => {
  expect(code(await viewer(REPORT, {}))).toBe("BAD_USER_INPUT");
  expect(code(await viewer(REPORT, { c: sample.company_id, r: sample.id }))).toBe("BAD_USER_INPUT");
  expect(code(await viewer(REPORT, { r: "not-an-id" }))).toBe("NOT_FOUND");
  const { company } = await createInvitation(t.dataSource);
  expect(code(await viewer(REPORT, { c: company.id }))).toBe("NOT_FOUND");
});

it("is for researchers and viewers: anonymous visitors and respondents are refused", async () => {
  expect(code(await t.graphql(REPORT, { r: sample.id }))).toBe("UNAUTHENTICATED");
  const { token } = await createInvitation(t.dataSource);
  const respondent = t.client();
  await respondent(`query($token: String!) { respondentSession(token: $token) { status } }`, { token });
  expect(code(await respondent(REPORT, { r: sample.id }))).toBe("UNAUTHENTICATED");
  const researcher = await signInAs(t, "researcher");
  expect((await researcher(REPORT, { r: sample.id })).errors).toBeUndefined();
});

it("hides the county means when fewer than 5 other responses of the county remain", async () => {
  // Leave the company with exactly 4 submitted peers in its county.
  await t.dataSource.query(
    `UPDATE responses SET status = 'draft' WHERE id IN (
       SELECT id FROM responses WHERE status = 'submitted' AND county = $1 AND id <> $2 ORDER BY id OFFSET 4)`,
    [sample.county, sample.id],
  );
  const report = (await viewer<{ companyReport: Report }>(REPORT, { r: sample.id })).data!.companyReport;
  expect(report.countyReference).toEqual({ n: 4, suppressed: true, totalMean: null });
  expect(report.items.every((i) => i.countyMean === null && i.studyMean !== null)).toBe(true);
  expect(report.studyReference.suppressed).toBe(false);
});
