import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyze, type AnalysisResult } from "@smi/analysis";
import { ITEM_IDS } from "@smi/questionnaire";
import { responseRecords } from "../support/response-records";
import { parseResponseFilter } from "../../src/modules/analysis/response-filter";
import { Response } from "../../src/modules/responses/response.entity";
import { createInvitation } from "../support/fixtures";
import { signInAs } from "../support/sign-in";
import { startDemoApp, type SignedIn } from "../support/demo-app";
import { type GraphQLResult, type TestApp } from "../support/test-app";

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const RUN = `query($f: ResponseFilterInput, $k: Int! = 4) { analysis(filter: $f, k: $k) {
  engineVersion n dataHash parameters { k seed } filter { counties submittedFrom submittedTo }
  descriptives { total { n mean } } } }`;
type Run = {
  engineVersion: string;
  n: number;
  dataHash: string;
  filter: { counties: string[]; submittedFrom: string | null; submittedTo: string | null };
  descriptives: { total: { n: number; mean: number } };
};
/** The typed fields these tests select (each query picks its own subset). */
type Typed = {
  descriptives: { total: Record<string, unknown> };
  categories: { levels: unknown[] };
  items: Record<string, unknown>[];
  reliability: { alpha: number; items: { alphaIfDeleted: number }[] };
  correlations: { pearson: Record<string, unknown> }[];
  groupComparisons: { anova: { f: number }; kruskalWallis: { p: number } }[];
  clusters: {
    clusters: { size: number; centroid: number[] }[];
    inertia: number;
    adjustedRandIndex: { value: number };
  };
  kSelection: { candidates: { silhouette: number | null }[] };
  instrument: {
    omega: { omega: number | null; loadings: number[] | null };
    harman: { share: number | null };
    alphaConventions: { allItems: number | null; constantItemIds: string[] };
    itemCorrelations: { itemIds: string[]; r: (number | null)[][]; p: (number | null)[][] };
  };
};

let t: TestApp;
let viewer: SignedIn;
beforeAll(async () => ({ t, viewer } = await startDemoApp()));
afterAll(() => t.close());

it("counts categories by county in SQL, zeros included, with optional small-cell suppression", async () => {
  const query = `query($s: Int!) { categoryByCounty(suppressBelow: $s) { total cells { county category n suppressed } } }`;
  const open = (
    await viewer<{
      categoryByCounty: {
        total: number;
        cells: { county: string; category: string; n: number | null; suppressed: boolean }[];
      };
    }>(query, { s: 0 })
  ).data!.categoryByCounty;
  expect(open.total).toBe(96);
  expect(open.cells).toHaveLength(28);
  const [{ n }] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM responses WHERE status = 'submitted' AND county = 'TM' AND category = 'aligned'`,
  );
  expect(open.cells.find((c) => c.county === "TM" && c.category === "aligned")!.n).toBe(n);

  const shared = (
    await viewer<{ categoryByCounty: { cells: { n: number | null; suppressed: boolean }[] } }>(query, {
      s: 5,
    })
  ).data!.categoryByCounty;
  for (const [i, cell] of shared.cells.entries()) {
    const original = open.cells[i]!.n!;
    expect(cell).toEqual(
      original > 0 && original < 5 ? { ...open.cells[i], n: null, suppressed: true } : open.cells[i],
    );
  }
});

it("takes an explicit null filter, as generated clients send it, to mean every response", async () => {
  const res = await viewer<{
    categoryByCounty: { total: number };
    analysis: { n: number };
    studyProgress: { total: { invited: number } };
  }>(
    `query($f: ResponseFilterInput, $p: ProgressFilterInput) {
      categoryByCounty(filter: $f) { total } analysis(filter: $f) { n } studyProgress(filter: $p) { total { invited } }
    }`,
    { f: null, p: null },
  );
  expect(res.errors).toBeUndefined();
  const omitted = await viewer<typeof res.data>(
    `{ categoryByCounty { total } analysis { n } studyProgress { total { invited } } }`,
  );
  expect(res.data).toEqual(omitted.data);
  expect(res.data!.analysis.n).toBe(96);
});

it("runs the engine on the filtered responses, reproducibly, and names the data it used", async () => {
  const all = (await viewer<{ analysis: Run }>(RUN)).data!.analysis;
  expect(all).toMatchObject({
    n: 96,
    parameters: { k: 4, seed: 1 },
    filter: { counties: [], submittedFrom: null },
  });
  const totals = (await t.dataSource.getRepository(Response).findBy({ status: "submitted" })).map(
    (r) => r.totalScore!,
  );
  expect(all.descriptives.total.n).toBe(96);
  expect(all.descriptives.total.mean).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 10);

  const again = (await viewer<{ analysis: Run }>(RUN)).data!.analysis;
  expect(again).toEqual(all);

  const bihor = (await viewer<{ analysis: Run }>(RUN, { f: { counties: ["BH"], submittedTo: "2099-12-31" } }))
    .data!.analysis;
  expect(bihor.n).toBeLessThan(96);
  expect(bihor.dataHash).not.toBe(all.dataHash);
  expect(bihor.filter).toMatchObject({ counties: ["BH"], submittedTo: "2099-12-31" });
});

it("gives every statistic as typed fields, exactly the engine's figures", async () => {
  const records = await responseRecords(t.dataSource.manager, parseResponseFilter());
  const engine = analyze(records, { k: 3, seed: 2 });
  const q = `query { analysis(k: 3, seed: 2) {
    categories { n levels { level count percent } undefinedReason }
    items { itemId position mean sd answerCounts }
    reliability { alpha standardizedAlpha averageR itemCount items { itemId rDrop alphaIfDeleted } undefinedReason }
    correlations { indicator pearson { n r df p ciLower ciUpper undefinedReason } spearman { n rho p } }
    groupComparisons(grouping: COUNTY, outcome: "total") { outcome grouping n groups { group n mean }
      anova { f df1 df2 p etaSquared } kruskalWallis { h df p } }
    clusters { k clusters { number size centroid } inertia silhouette { mean sampled } byCategory { n cells { count } }
      adjustedRandIndex { value } }
    kSelection { sampleSize candidates { k inertia silhouette undefinedReason } }
    instrument { omega { omega loadings } harman { share } alphaConventions { allItems constantItemIds }
      itemCorrelations { itemIds r p } }
  } }`;
  const run = (await viewer<{ analysis: Typed }>(q)).data!.analysis;
  const instrument = engine.instrument!;
  expect(run.instrument).toEqual({
    omega: { omega: instrument.oneFactor.omega, loadings: instrument.oneFactor.loadings },
    harman: { share: instrument.harman.share },
    alphaConventions: { allItems: instrument.alphaConventions.allItems, constantItemIds: [] },
    itemCorrelations: { itemIds: [...ITEM_IDS], r: instrument.correlations.r, p: instrument.correlations.p },
  });
  // The alpha SPSS would print is the alpha `reliability` reports.
  expect(run.instrument.alphaConventions.allItems).toBeCloseTo(run.reliability.alpha, 12);
  expect(run.categories.levels).toEqual(engine.categories.levels.map(({ percentCi95: _, ...l }) => l));
  expect(run.items[4]).toEqual({
    itemId: "q05",
    position: 5,
    mean: engine.items[4]!.mean,
    sd: engine.items[4]!.sd,
    answerCounts: engine.items[4]!.counts,
  });
  expect(run.reliability.alpha).toBe(engine.reliability.alpha);
  expect(run.reliability.items[0]!.alphaIfDeleted).toBe(engine.reliability.items[0]!.alphaIfDeleted.raw);
  const quota = engine.correlations[0]!.pearson;
  expect(run.correlations[0]!.pearson).toEqual({
    n: quota.n,
    r: quota.r,
    df: quota.df,
    p: quota.p,
    ciLower: quota.ci95?.[0] ?? null,
    ciUpper: quota.ci95?.[1] ?? null,
    undefinedReason: quota.reason,
  });
  const byCounty = engine.groupComparisons.find((g) => g.outcome === "total" && g.grouping === "county")!;
  expect(run.groupComparisons).toHaveLength(1);
  expect(run.groupComparisons[0]).toMatchObject({ outcome: "total", grouping: "COUNTY", n: byCounty.n });
  expect(run.groupComparisons[0]!.anova.f).toBe(byCounty.anova.f);
  expect(run.groupComparisons[0]!.kruskalWallis.p).toBe(byCounty.kruskalWallis.p);
  expect(run.clusters.clusters.map((c) => c.size)).toEqual(engine.clustering.sizes);
  expect(run.clusters.clusters[0]!.centroid).toEqual(engine.clustering.centroids[0]);
  expect(run.clusters.inertia).toBe(engine.clustering.inertia);
  expect(run.clusters.adjustedRandIndex.value).toBe(engine.clustering.adjustedRandIndex.value);
  expect(run.kSelection.candidates.map((c) => c.silhouette)).toEqual(
    engine.kSelection.candidates.map((c) => c.silhouette),
  );
});

it("says why a statistic is undefined instead of inventing one", async () => {
  const q = `query($f: ResponseFilterInput) { analysis(filter: $f) { n descriptives { total { n mean sd undefinedReason } }
    reliability { alpha undefinedReason } clusters { clusters { size } undefinedReason } } }`;
  const none = (
    await viewer<{
      analysis: { n: number; descriptives: { total: unknown }; reliability: unknown; clusters: unknown };
    }>(q, { f: { submittedFrom: "2099-01-01" } })
  ).data!.analysis;
  expect(none.n).toBe(0);
  expect(none.descriptives.total).toEqual({ n: 0, mean: null, sd: null, undefinedReason: "NO_CASES" });
  expect(none.reliability).toEqual({ alpha: null, undefinedReason: "NO_CASES" });
  expect(none.clusters).toEqual({ clusters: [], undefinedReason: "NO_CASES" });
});

it("rejects bad parameters and filters by name, and over-costly queries", async () => {
  expect(code(await viewer(RUN, { k: 1 }))).toBe("BAD_USER_INPUT");
  expect(code(await viewer(RUN, { k: 13 }))).toBe("BAD_USER_INPUT");
  const county = await viewer(RUN, { f: { counties: ["Ilfov"] } });
  expect(code(county)).toBe("BAD_USER_INPUT");
  expect(county.errors![0]!.message).toMatch(/"Ilfov" does not exist in "County"/);
  const bad = await viewer(RUN, { f: { counties: ["CJ"], submittedFrom: "soon" } });
  expect((bad.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
    "submittedFrom",
  ]);
  expect(code(await viewer(`{ analysis { groupComparisons(outcome: "profit") { n } } }`))).toBe(
    "BAD_USER_INPUT",
  );
  expect(code(await viewer(`{ analysis { groupComparisons(grouping: REGION) { n } } }`))).toBe(
    "GRAPHQL_VALIDATION_FAILED",
  );
  // k-selection is the costliest field: four of them in one request exceed the complexity budget.
  const greedy = `{ ${[1, 2, 3, 4].map((s) => `s${s}: analysis(seed: ${s}) { kSelection { sampleSize } }`).join(" ")} }`;
  const refused = await viewer(greedy);
  expect(code(refused)).toBe("QUERY_TOO_COMPLEX");
  expect(refused.errors![0]!.message).toMatch(/too costly/);
});

it("is for signed-in accounts only: anonymous visitors and respondents are refused", async () => {
  expect(code(await t.graphql(RUN))).toBe("UNAUTHENTICATED");
  const { token } = await createInvitation(t.dataSource);
  const respondent = t.client();
  await respondent(`query($token: String!) { respondentSession(token: $token) { status } }`, { token });
  expect(code(await respondent(RUN))).toBe("UNAUTHENTICATED");
});

it("gives the same statistics through the CLI on an exported file as through the API", async () => {
  const csv = await (
    await fetch(`${t.url}/api/exports/smi-responses.csv`, {
      headers: { cookie: (await signInAs(t, "researcher")).cookie()! },
    })
  ).text();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "smi-cli-")), "responses.csv");
  fs.writeFileSync(file, csv);
  const cli = JSON.parse(
    execFileSync(
      process.execPath,
      ["--conditions=source", "-r", "@swc-node/register", "src/cli/analyze.ts", file, "--k", "3"],
      {
        cwd: path.resolve(__dirname, "../.."),
        encoding: "utf8",
      },
    ),
  ) as AnalysisResult & { dataHash: string };
  const api = (
    await viewer<{ analysis: Typed & { dataHash: string } }>(
      `{ analysis(k: 3) { dataHash descriptives { total { n missing mean sd min q1 median q3 max meanCiLower meanCiUpper quartilesType6 { q1 median q3 } undefinedReason } }
        reliability { alpha standardizedAlpha averageR } correlations { pearson { r p } spearman { rho p } } } }`,
    )
  ).data!.analysis;
  expect(cli.n).toBe(96);
  // The file's rows are analysed in the server's order and hashed as it hashes: the same data, the same figures.
  expect(cli.dataHash).toBe(api.dataHash);
  const { reason, meanCi95, ...total } = cli.total;
  expect({
    ...total,
    meanCiLower: meanCi95?.[0],
    meanCiUpper: meanCi95?.[1],
    undefinedReason: reason,
  }).toEqual(api.descriptives.total);
  expect({
    alpha: cli.reliability.alpha,
    standardizedAlpha: cli.reliability.standardizedAlpha,
    averageR: cli.reliability.averageR,
  }).toEqual(api.reliability);
  expect(
    cli.correlations.map((c) => ({
      pearson: { r: c.pearson.r, p: c.pearson.p },
      spearman: { rho: c.spearman.rho, p: c.spearman.p },
    })),
  ).toEqual(api.correlations);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});
