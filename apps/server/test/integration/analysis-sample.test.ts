import { analyze } from "@smi/analysis";
import { SIZE_CLASSES, type CountyCode, type SizeClass } from "@smi/questionnaire";
import { parseResponseFilter } from "../../src/modules/analysis/response-filter";
import { Company } from "../../src/modules/companies/company.entity";
import { responseRecords } from "../support/response-records";
import { signInAs } from "../support/sign-in";
import { startDemoApp, type SignedIn } from "../support/demo-app";
import type { TestApp } from "../support/test-app";

const SAMPLE = `sample {
  goodnessOfFit { grouping n missing frameTotal levels { level observed frame expected } chiSquare df p undefinedReason }
  earlyLate { n earlyCut lateCut total { variable nEarly nLate meanEarly meanLate difference t df p undefinedReason }
    items { variable p undefinedReason } undefinedReason }
  weighting { method n frameTotal iterations converged cells { county sizeClass frame respondents weight }
    meanScore { estimate se deff unweighted undefinedReason }
    categories { category estimate se undefinedReason } undefinedReason }
  undefinedReason }`;
const RUN = `query($f: ResponseFilterInput) { analysis(filter: $f) { n ${SAMPLE} } }`;

type Sample = {
  goodnessOfFit: {
    grouping: string;
    n: number;
    frameTotal: number;
    levels: { level: string; observed: number; frame: number; expected: number | null }[];
    chiSquare: number | null;
    p: number | null;
    undefinedReason: string | null;
  }[];
  earlyLate: {
    n: number;
    total: { nEarly: number; nLate: number; t: number | null; p: number | null };
    items: { variable: string }[];
    undefinedReason: string | null;
  };
  weighting: {
    method: string | null;
    n: number;
    frameTotal: number;
    cells: { county: string; sizeClass: string; frame: number; respondents: number; weight: number | null }[];
    meanScore: { estimate: number | null; se: number | null; undefinedReason: string | null };
    categories: { category: string; estimate: number | null }[];
    undefinedReason: string | null;
  };
  undefinedReason: string | null;
};

let t: TestApp;
let viewer: SignedIn;
beforeAll(async () => ({ t, viewer } = await startDemoApp()));
afterAll(() => t.close());

/** The frame counted the plain way: every eligible company, one by one. */
async function eligibleCompanies() {
  const companies = await t.dataSource.getRepository(Company).findBy({ eligible: true });
  const cells = new Map<string, number>();
  for (const c of companies)
    cells.set(`${c.county}|${c.sizeClass}`, (cells.get(`${c.county}|${c.sizeClass}`) ?? 0) + 1);
  return {
    companies,
    frame: {
      cells: [...cells].map(([key, n]) => {
        const [county, sizeClass] = key.split("|");
        return {
          county: county as CountyCode,
          sizeClass: sizeClass === "null" ? null : (sizeClass as SizeClass),
          n,
        };
      }),
    },
  };
}

it("compares the respondents with the eligible companies, early with late, and weights them to the frame", async () => {
  const run = (await viewer<{ analysis: { n: number; sample: Sample } }>(RUN)).data!.analysis;
  const { companies, frame } = await eligibleCompanies();
  const sample = run.sample;
  expect(sample.undefinedReason).toBeNull();
  const [county, size] = sample.goodnessOfFit;
  expect(county!.grouping).toBe("COUNTY");
  expect(county!.frameTotal).toBe(companies.length);
  for (const level of county!.levels)
    expect(level.frame).toBe(companies.filter((c) => c.county === level.level).length);
  expect(size!.levels.map((l) => l.frame)).toEqual(
    SIZE_CLASSES.map((s) => companies.filter((c) => c.sizeClass === s).length),
  );

  // Exactly the engine's figures on the same responses and the frame counted company by company.
  const records = await responseRecords(t.dataSource.manager, parseResponseFilter());
  const engine = analyze(records, {}, { frame }).sample;
  expect(county!.chiSquare).toBe(engine.goodnessOfFit[0]!.chiSquare);
  expect(county!.p).toBe(engine.goodnessOfFit[0]!.p);
  expect(sample.earlyLate.n).toBe(run.n);
  expect(sample.earlyLate.total).toMatchObject({
    nEarly: engine.earlyLate.total.nEarly,
    nLate: engine.earlyLate.total.nLate,
    t: engine.earlyLate.total.t,
    p: engine.earlyLate.total.p,
  });
  expect(sample.earlyLate.items.map((i) => i.variable)[19]).toBe("q20");
  expect(sample.weighting.method).toBe(
    engine.weighting.method === "raking"
      ? "RAKING"
      : engine.weighting.method === null
        ? null
        : "POST_STRATIFICATION",
  );
  expect(sample.weighting.undefinedReason).toBe(engine.weighting.reason);
  expect(sample.weighting.meanScore.estimate).toBe(engine.weighting.meanScore.estimate);
  expect(sample.weighting.meanScore.se).toBe(engine.weighting.meanScore.se);
  expect(sample.weighting.cells).toHaveLength(28);
});

it("leaves companies screened out as not eligible out of the frame, and scopes it to the filter", async () => {
  const before = (await viewer<{ analysis: { sample: Sample } }>(RUN)).data!.analysis.sample;
  const { companies } = await eligibleCompanies();
  await t.dataSource.query(`UPDATE companies SET eligible = false WHERE id = $1`, [companies[0]!.id]);
  const after = (await viewer<{ analysis: { sample: Sample } }>(RUN)).data!.analysis.sample;
  expect(after.goodnessOfFit[0]!.frameTotal).toBe(before.goodnessOfFit[0]!.frameTotal - 1);
  await t.dataSource.query(`UPDATE companies SET eligible = true WHERE id = $1`, [companies[0]!.id]);

  const bihor = (await viewer<{ analysis: { sample: Sample } }>(RUN, { f: { counties: ["BH"] } })).data!
    .analysis.sample;
  expect(bihor.goodnessOfFit[0]!.frameTotal).toBe(companies.filter((c) => c.county === "BH").length);
  // One county: nothing to test across counties.
  expect(bihor.goodnessOfFit[0]).toMatchObject({ chiSquare: null, undefinedReason: "SINGLE_GROUP" });
});

it("says NO_FRAME without eligible companies, and a saved analysis from before the checks reads NOT_STORED", async () => {
  await t.dataSource.query(`UPDATE companies SET eligible = false`);
  const none = (await viewer<{ analysis: { sample: Sample } }>(RUN)).data!.analysis.sample;
  expect(none.goodnessOfFit.map((g) => [g.chiSquare, g.undefinedReason])).toEqual([
    [null, "NO_FRAME"],
    [null, "NO_FRAME"],
  ]);
  expect(none.weighting).toMatchObject({ method: null, undefinedReason: "NO_FRAME" });
  expect(none.weighting.meanScore).toEqual({
    estimate: null,
    se: null,
    deff: null,
    unweighted: null,
    undefinedReason: "NO_FRAME",
  });
  // Early vs late needs no frame.
  expect(none.earlyLate.undefinedReason).toBeNull();

  const researcher = await signInAs(t, "researcher");
  const saved = (
    await researcher<{ saveAnalysis: { id: string } }>(
      `mutation { saveAnalysis(name: "old", k: 3, seed: 1) { id } }`,
    )
  ).data!.saveAnalysis;
  await t.dataSource.query(`UPDATE analyses SET results = results - 'sample' WHERE id = $1`, [saved.id]);
  const opened = (
    await viewer<{ savedAnalysis: { results: { sample: Sample } } }>(
      `query($id: ID!) { savedAnalysis(id: $id) { results { ${SAMPLE} } } }`,
      { id: saved.id },
    )
  ).data!.savedAnalysis.results.sample;
  expect(opened.undefinedReason).toBe("NOT_STORED");
  expect(opened.goodnessOfFit[0]).toMatchObject({ chiSquare: null, undefinedReason: "NOT_STORED" });
  expect(opened.weighting.meanScore).toMatchObject({ estimate: null, undefinedReason: "NOT_STORED" });
});
