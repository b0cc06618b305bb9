import { analyze, partsOfResult, prepareAnalysis, resultOf, transposeCrossTabulation } from "./analyze";
import { crossTabulate } from "./crosstab";
import { survey } from "./testing/fixtures";

describe("prepareAnalysis", () => {
  const full = analyze(survey.records, { k: 3, seed: 5 });

  it("gives, part by part, exactly what analyze gives at once", () => {
    const parts = prepareAnalysis(survey.records, { k: 3, seed: 5 });
    expect(parts.reliability()).toEqual(full.reliability);
    expect(parts.clustering()).toEqual(full.clustering);
    expect(resultOf(parts)).toEqual(full);
  });

  it("computes each part once and keeps it", () => {
    const parts = prepareAnalysis(survey.records);
    expect(parts.kSelection()).toBe(parts.kSelection());
  });

  it("cross-tabulates any two different groupings, reusing the standard tables", () => {
    const parts = prepareAnalysis(survey.records);
    expect(parts.crossTabulation("category", "county")).toBe(parts.crossTabulations()[1]);
    const countyBySize = parts.crossTabulation("county", "sizeClass")!;
    expect(countyBySize).toMatchObject({ rows: "county", columns: "sizeClass", n: survey.records.length });
    expect(countyBySize.rowLevels).toEqual(["MM", "SM", "SJ", "CJ", "BH", "AR", "TM"]);
    expect(() => parts.crossTabulation("county", "county")).toThrow(RangeError);
  });

  it("still rejects an unknown level before any part is asked for", () => {
    const bad = [{ ...survey.records[0]!, county: "IF" as never }];
    expect(() => prepareAnalysis(bad)).toThrow(/Unknown level "IF"/);
  });
});

describe("partsOfResult", () => {
  const full = analyze(survey.records);
  const stored = partsOfResult(JSON.parse(JSON.stringify(full)) as typeof full);

  it("reads a stored result through the same parts", () => {
    expect(stored.groupComparisons()).toEqual(full.groupComparisons);
    expect(stored.crossTabulation("category", "sizeClass")).toEqual(full.crossTabulations[2]);
  });

  it("turns a stored table round, and has no table it did not store", () => {
    const live = prepareAnalysis(survey.records).crossTabulation("county", "category")!;
    const turned = stored.crossTabulation("county", "category")!;
    expect(turned.counts).toEqual(live.counts);
    expect(turned.rowPercents).toEqual(live.rowPercents);
    expect(turned.expected).toEqual(live.expected);
    expect(turned.chiSquare).toEqual(live.chiSquare);
    expect(stored.crossTabulation("county", "sizeClass")).toBeNull();
  });

  it("reads a result stored before the sample checks as unavailable (NOT_STORED), not a crash", () => {
    const { sample, ...older } = JSON.parse(JSON.stringify(full)) as typeof full;
    expect(sample.weighting.reason).toBe("NO_FRAME");
    const checks = partsOfResult(older as typeof full).sample();
    expect(checks.reason).toBe("NOT_STORED");
    expect(checks.goodnessOfFit.map((g) => [g.grouping, g.chiSquare, g.reason])).toEqual([
      ["county", null, "NOT_STORED"],
      ["sizeClass", null, "NOT_STORED"],
    ]);
    expect(checks.earlyLate.total).toMatchObject({ t: null, reason: "NOT_STORED" });
    expect(checks.weighting).toMatchObject({ method: null, reason: "NOT_STORED" });
    expect(checks.weighting.meanScore).toMatchObject({ estimate: null, reason: "NOT_STORED" });
    expect(stored.sample()).toEqual(full.sample);
  });
});

describe("expected counts", () => {
  it("are row total × column total / n, and turning the table twice gives it back", () => {
    const table = crossTabulate(["a", "a", "a", "b"], ["x", "y", "y", "y"]);
    expect(table.expected).toEqual([
      [0.75, 2.25],
      [0.25, 0.75],
    ]);
    expect(transposeCrossTabulation(transposeCrossTabulation(table))).toEqual(table);
    expect(crossTabulate([], []).expected).toEqual([]);
  });
});
