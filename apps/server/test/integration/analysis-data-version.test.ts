import { CONSISTENCY_RULE_IDS, COUNTY_CODES, SIZE_CLASSES, SMI_CONFIGURATION_IDS } from "@smi/questionnaire";
import { toResponseColumns } from "@smi/analysis";
import { loadAnalysisRows, type AnalysisRows } from "../../src/modules/analysis/analysis-rows";
import { dataHash } from "../../src/modules/analysis/data-hash";
import { parseResponseFilter, type RawResponseFilter } from "../../src/modules/analysis/response-filter";
import { SubmittedResponses } from "../../src/modules/analysis/submitted-responses";
import { loadSyntheticResponses } from "../../src/modules/demo/load-synthetic-responses";
import { SeededRandom } from "../../src/modules/demo/seeded-random";
import { signInAs } from "../support/sign-in";
import { responseRecords } from "../support/response-records";
import { countStatements } from "../support/statement-counter";
import { startTestApp, type TestApp } from "../support/test-app";

const UNTIL = new Date("2026-06-30T12:00:00Z");
let t: TestApp;
let viewer: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  await loadSyntheticResponses(t.dataSource, { count: 400, seed: 7, until: UNTIL });
  viewer = await signInAs(t, "viewer");
});
afterAll(() => t.close());

/** Statements that read the responses' answers: one per full read. */
const READS_ANSWERS = /^COPY \(SELECT [^]*?\br\.answer_digits\b/;
const uuids = (rows: AnalysisRows) =>
  Array.from({ length: rows.columns.n }, (_, i) =>
    Buffer.from(rows.ids.subarray(i * 16, i * 16 + 16))
      .toString("hex")
      .replace(/^(.{8})(.{4})(.{4})(.{4})/, "$1-$2-$3-$4-"),
  );
const sqlRows = (filter: ReturnType<typeof parseResponseFilter>) =>
  t.dataSource.transaction("REPEATABLE READ", (manager) => loadAnalysisRows(manager, filter));
const version = async () =>
  (
    await t.dataSource.query(
      `SELECT sum(version)::text AS version FROM data_versions WHERE name = 'submitted_responses'`,
    )
  )[0].version as string;
const RUN = `query($f: ResponseFilterInput) { analysis(filter: $f) { n dataHash } }`;
type Run = { analysis: { n: number; dataHash: string } };

describe("the responses loaded for analysis are kept while they have not changed", () => {
  it("reads them once for the queries of a view and for every saved analysis's staleness", async () => {
    const sql = countStatements(t.dataSource);
    for (const f of [null, { counties: ["CJ"] }, { sizeClasses: ["small"] }])
      expect((await viewer<Run>(RUN, { f })).errors).toBeUndefined();
    const researcher = await signInAs(t, "researcher");
    for (const name of ["Cluj", "Bihor", "Timiș"])
      await researcher(
        `mutation($n: String!, $f: ResponseFilterInput) { saveAnalysis(name: $n, filter: $f) { id } }`,
        {
          n: name,
          f: { counties: [name === "Timiș" ? "TM" : name === "Cluj" ? "CJ" : "BH"] },
        },
      );
    const stale = await viewer<{ savedAnalyses: { isStale: boolean }[] }>(`{ savedAnalyses { isStale } }`);
    expect(stale.data!.savedAnalyses.map((s) => s.isStale)).toEqual([false, false, false]);
    sql.stop();
    expect(sql.statements.filter((s) => READS_ANSWERS.test(s))).toHaveLength(1);
  });

  it("gives the new figures as soon as a response is submitted, deleted or changed", async () => {
    const first = (await viewer<Run>(RUN)).data!.analysis;
    await loadSyntheticResponses(t.dataSource, { count: 1, seed: 99, until: UNTIL });
    const added = (await viewer<Run>(RUN)).data!.analysis;
    expect(added.n).toBe(first.n + 1);

    await t.dataSource.query(
      `UPDATE responses SET county = CASE WHEN county = 'CJ' THEN 'BH' ELSE 'CJ' END
        WHERE id = (SELECT min(id::text)::uuid FROM responses)`,
    );
    const changed = (await viewer<Run>(RUN)).data!.analysis;
    expect(changed.n).toBe(added.n);
    expect(changed.dataHash).not.toBe(added.dataHash);

    await t.dataSource.query(`DELETE FROM responses WHERE id = (SELECT min(id::text)::uuid FROM responses)`);
    expect((await viewer<Run>(RUN)).data!.analysis.n).toBe(first.n);
  });

  it("is not disturbed by drafts being answered", async () => {
    const before = await version();
    await t.dataSource.query(
      `INSERT INTO responses (id, source, status, answers) VALUES (gen_random_uuid(), 'import', 'draft', '{}')`,
    );
    expect(await version()).toBe(before);
  });
});

describe("filtering the kept responses", () => {
  it("selects exactly what the SQL filter selects, with the same data hash", async () => {
    const rng = new SeededRandom(3);
    const some = <T>(values: readonly T[]) => values.filter(() => rng.int(0, 2) === 0);
    const kept = new SubmittedResponses(t.dataSource, 1_000_000);
    // Some responses flagged, so that the consistency filter has something to tell apart.
    await t.dataSource.query(
      `UPDATE responses SET consistency_flags = ARRAY[$1]::text[] WHERE right(id::text, 1) IN ('0', '1', '2', '3')`,
      [CONSISTENCY_RULE_IDS[0]],
    );
    // And some excluded, so that the inclusion choice has something to tell apart.
    await t.dataSource.query(
      `UPDATE responses SET excluded_at = now(), exclusion_reason = 'test'
        WHERE status = 'submitted' AND right(id::text, 1) IN ('2', '5', '8')`,
    );
    for (let i = 0; i < 25; i++) {
      const from = new Date(UNTIL.getTime() - rng.int(0, 365) * 86_400_000);
      const raw: RawResponseFilter = {
        counties: some(COUNTY_CODES),
        sizeClasses: some(SIZE_CLASSES),
        configurations: some(SMI_CONFIGURATION_IDS),
        consistency: some([...CONSISTENCY_RULE_IDS, "none"]),
        submittedFrom: rng.int(0, 1) ? from.toISOString().slice(0, 10) : null,
        submittedTo: rng.int(0, 1)
          ? new Date(from.getTime() + rng.int(0, 120) * 86_400_000).toISOString().slice(0, 10)
          : null,
        inclusion: rng.int(0, 1) ? "all" : "included",
      };
      const filter = parseResponseFilter(raw);
      const sql = await sqlRows(filter);
      const memory = await kept.matching(filter);
      expect(uuids(memory.rows)).toEqual(uuids(sql));
      expect(memory.dataHash).toBe(dataHash(sql));
    }
  });
});

describe("the compact columns analyses read", () => {
  it("hold exactly the answers and indicators stored as JSON, in PostgreSQL's id order", async () => {
    await t.dataSource.query(
      `UPDATE responses SET performance = performance - 'closings' WHERE right(id::text, 1) IN ('a', 'b')`,
    );
    for (const raw of [{}, { counties: ["CJ", "TM"] }]) {
      const filter = parseResponseFilter(raw);
      const records = await responseRecords(t.dataSource.manager, filter);
      const rows = await sqlRows(filter);
      expect(uuids(rows)).toEqual(records.map((r) => r.id));
      expect(rows.columns).toEqual(toResponseColumns(records));
    }
  });

  it("change the data hash when one indicator of one response changes", async () => {
    const before = dataHash(await sqlRows(parseResponseFilter()));
    await t.dataSource.query(
      `UPDATE responses SET performance = jsonb_set(performance, '{quota_pct}', '101.5')
        WHERE id = (SELECT min(id::text)::uuid FROM responses WHERE status = 'submitted' AND excluded_at IS NULL)`,
    );
    expect(dataHash(await sqlRows(parseResponseFilter()))).not.toBe(before);
  });
});
