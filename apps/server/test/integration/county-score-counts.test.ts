import { loadSyntheticResponses } from "../../src/modules/demo/load-synthetic-responses";
import { answeredLink } from "../support/answered-link";
import { countStatements } from "../support/statement-counter";
import { startTestApp, type TestApp } from "../support/test-app";

const UNTIL = new Date("2026-06-30T12:00:00Z");
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
});
afterAll(() => t.close());

type Count = { county: string; total_score: number; responses: number };
const kept = async (): Promise<Count[]> =>
  t.dataSource.query(
    `SELECT county, total_score, sum(responses)::int AS responses FROM county_score_counts
      GROUP BY 1, 2 HAVING sum(responses) > 0 ORDER BY 1, 2`,
  );
const recounted = async (): Promise<Count[]> =>
  t.dataSource.query(
    `SELECT county, total_score, count(*)::int AS responses FROM responses
      WHERE status = 'submitted' AND county IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
  );

describe("the database keeps each county's score counts for the result page", () => {
  it("agrees with a recount after a bulk load, changes, deletions and drafts", async () => {
    await loadSyntheticResponses(t.dataSource, { count: 300, seed: 11, until: UNTIL });
    expect(await kept()).toEqual(await recounted());
    expect((await kept()).reduce((n, c) => n + c.responses, 0)).toBe(300);

    // A county and a score corrected on some submitted responses, one reopened as a draft, some deleted.
    await t.dataSource.query(
      `UPDATE responses SET county = CASE WHEN county = 'CJ' THEN 'BH' ELSE 'CJ' END,
                            total_score = LEAST(total_score + 3, 100)
        WHERE id IN (SELECT id FROM responses ORDER BY id LIMIT 40)`,
    );
    await t.dataSource.query(
      `UPDATE responses SET status = 'draft', total_score = NULL, category = NULL, scoring_key = NULL,
                            submitted_at = NULL
        WHERE id = (SELECT id FROM responses WHERE status = 'submitted' ORDER BY id DESC LIMIT 1)`,
    );
    await t.dataSource.query(
      `DELETE FROM responses WHERE id IN (SELECT id FROM responses ORDER BY id LIMIT 25)`,
    );
    expect(await kept()).toEqual(await recounted());
    expect((await kept()).reduce((n, c) => n + c.responses, 0)).toBe(300 - 1 - 25);

    await t.dataSource.query(`TRUNCATE responses CASCADE`);
    expect(await kept()).toEqual([]);
  });

  it("gives a respondent the same comparison as counting their county's responses, without reading them", async () => {
    await t.reset();
    await loadSyntheticResponses(t.dataSource, { count: 200, seed: 5, until: UNTIL });
    const { token, invitationId } = await answeredLink(t);
    const sql = countStatements(t.dataSource);
    const submitted = await t.graphql<{
      submitResponse: {
        totalScore: number;
        countyComparison: { peers: number; peerMeanScore: number; percentile: number };
      };
    }>(
      `mutation($t: String!) { submitResponse(token: $t) { totalScore countyComparison { peers peerMeanScore percentile } } }`,
      { t: token },
    );
    sql.stop();
    expect(submitted.errors).toBeUndefined();
    const { totalScore, countyComparison } = submitted.data!.submitResponse;

    const [expected] = await t.dataSource.query(
      `SELECT count(*)::int AS peers, round(avg(total_score) * 10) / 10 AS mean,
              round((count(*) FILTER (WHERE total_score < $1) + count(*) FILTER (WHERE total_score = $1) / 2.0)
                    / count(*) * 100)::int AS percentile
         FROM responses WHERE status = 'submitted' AND county = 'CJ' AND invitation_id IS DISTINCT FROM $2`,
      [totalScore, invitationId],
    );
    expect(countyComparison).toEqual({
      peers: expected.peers,
      peerMeanScore: Number(expected.mean),
      percentile: expected.percentile,
    });
    expect(sql.statements.filter((s) => /count\(\*\)[\s\S]*FROM responses/i.test(s))).toEqual([]);

    // Reopening the link later reads the counts with the response in them, and shows the same comparison.
    const reopened = await t.graphql<{ respondentSession: { result: { countyComparison: unknown } } }>(
      `query($t: String!) { respondentSession(token: $t) { result { countyComparison { peers peerMeanScore percentile } } } }`,
      { t: token },
    );
    expect(reopened.data!.respondentSession.result.countyComparison).toEqual(countyComparison);
  });

  it("lets two submissions in the same county and score commit without waiting for each other", async () => {
    await t.reset();
    await loadSyntheticResponses(t.dataSource, { count: 2, seed: 3, until: UNTIL });
    await t.dataSource.query(
      `UPDATE responses SET status = 'draft', total_score = NULL, category = NULL, scoring_key = NULL,
              submitted_at = NULL, county = 'CJ'`,
    );
    const drafts: { id: string }[] = await t.dataSource.query(`SELECT id FROM responses ORDER BY id`);
    const versionBefore = await submittedVersion();
    // Two connections whose counters live in different slots (the slot is the backend process id modulo 16).
    const runners = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const runner = t.dataSource.createQueryRunner();
        await runner.connect();
        const [{ pid }] = (await runner.query(`SELECT pg_backend_pid() AS pid`)) as [{ pid: number }];
        return { runner, slot: pid % 16 };
      }),
    );
    const first = runners[0]!;
    const second = runners.find((r) => r.slot !== first.slot)!;
    const submit = (runner: typeof first.runner, id: string) =>
      runner.query(
        `UPDATE responses SET status = 'submitted', total_score = 60, category = 'aligned', scoring_key = 'kotler-2006-v1',
                submitted_at = now() WHERE id = $1`,
        [id],
      );
    try {
      await first.runner.startTransaction();
      await submit(first.runner, drafts[0]!.id);
      await second.runner.startTransaction();
      // Before the counters had slots, this waited for the first transaction's row locks until it committed.
      await second.runner.query(`SET LOCAL lock_timeout = '2s'`);
      await submit(second.runner, drafts[1]!.id);
      await second.runner.commitTransaction();
      await first.runner.commitTransaction();
    } finally {
      await Promise.all(runners.map((r) => r.runner.release()));
    }
    expect(await kept()).toEqual([{ county: "CJ", total_score: 60, responses: 2 }]);
    expect(BigInt(await submittedVersion())).toBe(BigInt(versionBefore) + 2n);
  });
});

const submittedVersion = async (): Promise<string> =>
  (
    (await t.dataSource.query(
      `SELECT sum(version)::text AS version FROM data_versions WHERE name = 'submitted_responses'`,
    )) as [{ version: string }]
  )[0].version;
