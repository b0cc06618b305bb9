import { signInAs } from "../support/sign-in";
import { startDemoApp, type SignedIn } from "../support/demo-app";
import type { TestApp } from "../support/test-app";

let t: TestApp;
let viewer: SignedIn;
beforeAll(async () => ({ t, viewer } = await startDemoApp()));
afterAll(() => t.close());

type Distribution = { score: number; count: number }[];

it("counts responses per total score, every score listed, matching the descriptives and the filter", async () => {
  const query = `query($f: ResponseFilterInput) { analysis(filter: $f) {
    n descriptives { total { mean min max } } scoreDistribution { score count } } }`;
  const run = (
    await viewer<{
      analysis: {
        n: number;
        descriptives: { total: { mean: number; min: number; max: number } };
        scoreDistribution: Distribution;
      };
    }>(query, {})
  ).data!.analysis;
  expect(run.scoreDistribution.map((s) => s.score)).toEqual(Array.from({ length: 81 }, (_, i) => 20 + i));
  const counted = run.scoreDistribution.reduce((sum, s) => sum + s.count, 0);
  expect(counted).toBe(run.n);
  const mean = run.scoreDistribution.reduce((sum, s) => sum + s.score * s.count, 0) / run.n;
  expect(mean).toBeCloseTo(run.descriptives.total.mean, 10);
  const used = run.scoreDistribution.filter((s) => s.count > 0).map((s) => s.score);
  expect([used[0], used[used.length - 1]]).toEqual([run.descriptives.total.min, run.descriptives.total.max]);

  const bihor = (
    await viewer<{ analysis: { n: number; scoreDistribution: Distribution } }>(query, {
      f: { counties: ["BH"] },
    })
  ).data!.analysis;
  expect(bihor.scoreDistribution.reduce((sum, s) => sum + s.count, 0)).toBe(bihor.n);
  expect(bihor.n).toBeLessThan(run.n);
});

it("gives the (total, indicator) pairs behind each correlation", async () => {
  const query = `query($i: String!) { analysis { correlations { indicator pearson { n } } scorePoints(indicator: $i) { total value } } }`;
  const res = await viewer<{
    analysis: {
      correlations: { indicator: string; pearson: { n: number } }[];
      scorePoints: { total: number; value: number }[];
    };
  }>(query, { i: "quota_pct" });
  const { correlations, scorePoints } = res.data!.analysis;
  expect(scorePoints).toHaveLength(correlations.find((c) => c.indicator === "quota_pct")!.pearson.n);
  expect(scorePoints.length).toBeGreaterThan(10);
  for (const point of scorePoints) expect(point.total).toBeGreaterThanOrEqual(20);

  const bad = await viewer(query, { i: "profit" });
  expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
});

it("is for live runs: a saved analysis answers from its rerun", async () => {
  const saved = await signInAs(t, "researcher");
  const id = (
    await saved<{ saveAnalysis: { id: string } }>(`mutation { saveAnalysis(name: "points") { id } }`)
  ).data!.saveAnalysis.id;
  const query = `query($id: ID!) { savedAnalysis(id: $id) { results { scoreDistribution { count } } } }`;
  const res = await viewer(query, { id });
  expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  const rerun = await viewer<{
    savedAnalysis: { rerun: { n: number; scoreDistribution: { count: number }[] } };
  }>(`query($id: ID!) { savedAnalysis(id: $id) { rerun { n scoreDistribution { count } } } }`, { id });
  const { n, scoreDistribution } = rerun.data!.savedAnalysis.rerun;
  expect(scoreDistribution.reduce((sum, s) => sum + s.count, 0)).toBe(n);
});
