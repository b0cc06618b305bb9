import { analyze } from "@smi/analysis";
import { parseResponseFilter } from "../../src/modules/analysis/response-filter";
import { responseRecords } from "../support/response-records";
import { startDemoApp, type SignedIn } from "../support/demo-app";
import type { TestApp } from "../support/test-app";

type Interval = { lower: number | null; upper: number | null };
type Run = {
  n: number;
  descriptives: { total: { mean: number; meanCiLower: number | null; meanCiUpper: number | null } };
  categories: { levels: { level: string; percentCiLower: number | null; percentCiUpper: number | null }[] };
  items: { meanCiLower: number | null; meanCiUpper: number | null }[];
  correlations: {
    spearman: { p: number | null; pMethod: string | null; pAsymptotic: number | null; ties: boolean };
  }[];
  crossTab: {
    chiSquare: {
      p: number | null;
      pMethod: string | null;
      pAsymptotic: number | null;
      simulationReplicates: number | null;
      simulationSeed: number | null;
    };
  };
};
const Q = `query($f: ResponseFilterInput) { analysis(filter: $f, seed: 5) { n
  descriptives { total { mean meanCiLower meanCiUpper } }
  categories { levels { level percentCiLower percentCiUpper } }
  items { meanCiLower meanCiUpper }
  correlations { spearman { p pMethod pAsymptotic ties } }
  crossTab(rows: CATEGORY, columns: COUNTY) { chiSquare { p pMethod pAsymptotic simulationReplicates simulationSeed } }
} }`;

let t: TestApp;
let viewer: SignedIn;
beforeAll(async () => ({ t, viewer } = await startDemoApp()));
afterAll(() => t.close());

it("gives 95% intervals of the mean total, each item and each category's percent: the engine's figures", async () => {
  const run = (await viewer<{ analysis: Run }>(Q)).data!.analysis;
  const engine = analyze(await responseRecords(t.dataSource.manager, parseResponseFilter()), { seed: 5 });
  const bounds = (ci: [number, number] | null): Interval => ({
    lower: ci?.[0] ?? null,
    upper: ci?.[1] ?? null,
  });
  const total = run.descriptives.total;
  expect({ lower: total.meanCiLower, upper: total.meanCiUpper }).toEqual(bounds(engine.total.meanCi95));
  expect(total.meanCiLower!).toBeLessThan(total.mean);
  expect(total.meanCiUpper!).toBeGreaterThan(total.mean);
  expect({ lower: run.items[0]!.meanCiLower, upper: run.items[0]!.meanCiUpper }).toEqual(
    bounds(engine.items[0]!.meanCi95),
  );
  run.categories.levels.forEach((l, i) =>
    expect({ lower: l.percentCiLower, upper: l.percentCiUpper }).toEqual(
      bounds(engine.categories.levels[i]!.percentCi95),
    ),
  );
  // 96 demo responses by 7 counties × 4 categories: many expected counts below 5, so a seeded Monte-Carlo p.
  const chi = run.crossTab.chiSquare;
  const table = engine.crossTabulations.find(
    (c) => c.rows === "category" && c.columns === "county",
  )!.chiSquare;
  expect(chi).toEqual({
    p: table.p,
    pMethod: "MONTE_CARLO",
    pAsymptotic: table.pAsymptotic,
    simulationReplicates: 2000,
    simulationSeed: 5,
  });
  expect(run.correlations[0]!.spearman.pMethod).toBe("ASYMPTOTIC");
});

it("labels Spearman's exact p and Fisher's test on a small filtered sample", async () => {
  const records = await responseRecords(t.dataSource.manager, parseResponseFilter());
  const counties = [...new Set(records.map((r) => r.county))];
  // The smallest county sample the demo holds.
  const small = counties
    .map((c) => ({ c, n: records.filter((r) => r.county === c).length }))
    .sort((a, b) => a.n - b.n)[0]!;
  const run = (await viewer<{ analysis: Run }>(Q, { f: { counties: [small.c] } })).data!.analysis;
  expect(run.n).toBe(small.n);
  for (const { spearman } of run.correlations) {
    if (spearman.p === null) continue;
    expect(["EXACT", "ASYMPTOTIC"]).toContain(spearman.pMethod);
    if (spearman.pMethod === "ASYMPTOTIC" && small.n < 10) expect(spearman.ties).toBe(true);
    expect(spearman.pAsymptotic).not.toBeNull();
  }
});
