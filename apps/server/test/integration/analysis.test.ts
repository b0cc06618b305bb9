import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDemoData } from "../../src/modules/demo/load-demo-data";
import { Response } from "../../src/modules/responses/response.entity";
import { signInAs } from "../support/sign-in";
import { startTestApp, type GraphQLResult, type TestApp } from "../support/test-app";

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const RUN = `query($f: ResponseFilterInput, $k: Int! = 4) { analysis(filter: $f, k: $k) { engineVersion n dataHash parameters results } }`;
type Run = {
  engineVersion: string;
  n: number;
  dataHash: string;
  results: { n: number; total: { mean: number }; clustering: { sizes: number[] } };
};

let t: TestApp;
let viewer: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  t = await startTestApp();
  await t.reset();
  await loadDemoData(t.dataSource);
  viewer = await signInAs(t, "viewer");
});
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

it("runs the engine on the filtered responses, reproducibly, and names the data it used", async () => {
  const all = (await viewer<{ analysis: Run }>(RUN)).data!.analysis;
  expect(all.n).toBe(96);
  expect(all.results.n).toBe(96);
  expect(all.results.clustering.sizes.reduce((a, b) => a + b, 0)).toBe(96);
  const totals = (await t.dataSource.getRepository(Response).findBy({ status: "submitted" })).map(
    (r) => r.totalScore!,
  );
  expect(all.results.total.mean).toBeCloseTo(totals.reduce((a, b) => a + b, 0) / totals.length, 10);

  const again = (await viewer<{ analysis: Run }>(RUN)).data!.analysis;
  expect(again.dataHash).toBe(all.dataHash);
  expect(again.results).toEqual(all.results);

  const bihor = (await viewer<{ analysis: Run }>(RUN, { f: { counties: ["BH"] } })).data!.analysis;
  expect(bihor.n).toBeLessThan(96);
  expect(bihor.dataHash).not.toBe(all.dataHash);
});

it("rejects bad parameters and filters by name", async () => {
  expect(code(await viewer(RUN, { k: 1 }))).toBe("BAD_USER_INPUT");
  const bad = await viewer(RUN, { f: { counties: ["Ilfov"], submittedFrom: "soon" } });
  expect((bad.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
    "counties",
    "submittedFrom",
  ]);
});

it("saves an analysis with its parameters, filter, data hash and engine version; viewers cannot save", async () => {
  const save = `mutation($f: ResponseFilterInput) { saveAnalysis(name: "Bihor, k = 3", filter: $f, k: 3, seed: 7) { id name createdBy n dataHash engineVersion parameters filters } }`;
  expect(code(await viewer(save))).toBe("FORBIDDEN");
  const researcher = await signInAs(t, "researcher");
  const saved = (
    await researcher<{
      saveAnalysis: {
        id: string;
        dataHash: string;
        n: number;
        parameters: unknown;
        filters: { counties: string[] };
      };
    }>(save, { f: { counties: ["BH"] } })
  ).data!.saveAnalysis;
  expect(saved).toMatchObject({
    name: "Bihor, k = 3",
    createdBy: researcher.email,
    parameters: { k: 3, seed: 7 },
    filters: { counties: ["BH"] },
  });
  const reopened = (
    await viewer<{ savedAnalysis: { dataHash: string; n: number } }>(
      `query($id: ID!) { savedAnalysis(id: $id) { dataHash n } }`,
      { id: saved.id },
    )
  ).data!.savedAnalysis;
  expect(reopened).toEqual({ dataHash: saved.dataHash, n: saved.n });
  expect(code(await viewer(`{ savedAnalysis(id: "nope") { id } }`))).toBe("NOT_FOUND");
});

it("is for signed-in accounts only", async () => {
  expect(code(await t.graphql(RUN))).toBe("UNAUTHENTICATED");
});

it("gives the same statistics through the CLI on an exported file as through the API", async () => {
  const csv = await (
    await fetch(`${t.url}/api/exports/smi-responses.csv`, { headers: { cookie: viewer.cookie()! } })
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
  ) as { n: number; total: unknown; reliability: { rawAlpha: unknown }; correlations: unknown };
  const api = (await viewer<{ analysis: { results: typeof cli } }>(RUN, { k: 3 })).data!.analysis.results;
  expect(cli.n).toBe(96);
  // Rows arrive in another order, so sums may differ in the last bits.
  expectClose(cli.total, api.total);
  expectClose(cli.reliability, api.reliability);
  expectClose(cli.correlations, api.correlations);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

function expectClose(actual: unknown, expected: unknown, where = "result"): void {
  if (typeof expected === "number" && typeof actual === "number") {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (expected && typeof expected === "object") {
    expect(Object.keys(actual as object).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  } else {
    expect(actual).toEqual(expected);
  }
}
