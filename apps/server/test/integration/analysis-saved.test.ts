import { analyze } from "@smi/analysis";
import { responseRecords } from "../support/response-records";
import { parseResponseFilter } from "../../src/modules/analysis/response-filter";
import { samplingFrameCells } from "../../src/modules/companies/sampling-frame";
import { signInAs } from "../support/sign-in";
import { startDemoApp, type SignedIn } from "../support/demo-app";
import { type GraphQLResult, type TestApp } from "../support/test-app";

const code = (res: GraphQLResult) => res.errors?.[0]?.extensions?.code;
const SAVE = `mutation($f: ResponseFilterInput) { saveAnalysis(name: "Bihor, k = 3", filter: $f, k: 3, seed: 7) {
  id name createdBy results { n dataHash engineVersion parameters { k seed } filter { counties } } } }`;
const OPEN = `query($id: ID!) { savedAnalysis(id: $id) {
  name isStale currentDataHash
  results { n dataHash reliability { alpha } clusters { clusters { size } } crossTab(rows: COUNTY, columns: CATEGORY) { n } }
  rerun { n dataHash }
  resultsJson
} }`;
type Opened = {
  name: string;
  isStale: boolean;
  currentDataHash: string;
  results: {
    n: number;
    dataHash: string;
    reliability: { alpha: number };
    clusters: { clusters: { size: number }[] };
  };
  rerun: { n: number; dataHash: string };
  resultsJson: { n: number };
};

let t: TestApp;
let viewer: SignedIn;
beforeAll(async () => ({ t, viewer } = await startDemoApp()));
afterAll(() => t.close());

it("saves an analysis, shows it through the typed results, and tells when the data changed since", async () => {
  expect(code(await viewer(SAVE))).toBe("FORBIDDEN");
  const researcher = await signInAs(t, "researcher");
  const saved = (
    await researcher<{ saveAnalysis: { id: string; results: { n: number; dataHash: string } } }>(SAVE, {
      f: { counties: ["BH"] },
    })
  ).data!.saveAnalysis;
  expect(saved).toMatchObject({
    name: "Bihor, k = 3",
    createdBy: researcher.email,
    results: { parameters: { k: 3, seed: 7 }, filter: { counties: ["BH"] } },
  });

  const opened = (await viewer<{ savedAnalysis: Opened }>(OPEN, { id: saved.id })).data!.savedAnalysis;
  const records = await responseRecords(t.dataSource.manager, parseResponseFilter({ counties: ["BH"] }));
  const frame = {
    cells: await samplingFrameCells(t.dataSource.manager, { counties: ["BH"], sizeClasses: [] }),
  };
  const engine = analyze(records, { k: 3, seed: 7 }, { frame });
  expect(opened.results.n).toBe(saved.results.n);
  expect(opened.results.reliability.alpha).toBe(engine.reliability.alpha);
  expect(opened.results.clusters.clusters.map((c) => c.size)).toEqual(engine.clustering.sizes);
  expect(opened.resultsJson).toEqual(JSON.parse(JSON.stringify(engine)));
  expect(opened).toMatchObject({ isStale: false, currentDataHash: saved.results.dataHash });
  expect(opened.rerun).toEqual({ n: saved.results.n, dataHash: saved.results.dataHash });

  // A Bihor response goes back to draft: the saved figures stay, but they are now stale.
  await t.dataSource.query(
    `UPDATE responses SET status = 'draft' WHERE id = (SELECT id FROM responses WHERE status = 'submitted' AND county = 'BH' LIMIT 1)`,
  );
  const later = (await viewer<{ savedAnalysis: Opened }>(OPEN, { id: saved.id })).data!.savedAnalysis;
  expect(later.results).toEqual(opened.results);
  expect(later.isStale).toBe(true);
  expect(later.currentDataHash).not.toBe(saved.results.dataHash);
  expect(later.rerun.n).toBe(saved.results.n - 1);

  const list = (
    await viewer<{ savedAnalyses: { id: string; isStale: boolean }[] }>(`{ savedAnalyses { id isStale } }`)
  ).data!.savedAnalyses;
  expect(list).toContainEqual({ id: saved.id, isStale: true });
});

it("reads only the tables a saved analysis holds, and says to re-run for others", async () => {
  const researcher = await signInAs(t, "researcher");
  const { id } = (await researcher<{ saveAnalysis: { id: string } }>(SAVE)).data!.saveAnalysis;
  const q = `query($id: ID!) { savedAnalysis(id: $id) { results { crossTab(rows: COUNTY, columns: SIZE_CLASS) { n } } } }`;
  const missing = await viewer(q, { id });
  expect(code(missing)).toBe("BAD_USER_INPUT");
  expect(missing.errors![0]!.message).toMatch(/re-run/);
  expect(code(await viewer(`{ savedAnalysis(id: "nope") { id } }`))).toBe("NOT_FOUND");
});
