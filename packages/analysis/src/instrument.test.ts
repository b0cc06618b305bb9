import instrumentJson from "../fixtures/instrument.json";
import { descriptives } from "./descriptives";
import { instrumentChecks } from "./instrument";
import { toItemMatrix } from "./items";
import { reliability } from "./reliability";
import { expectClose, expectCloseP } from "./testing/expect-close";
import { survey } from "./testing/fixtures";

const fixture = instrumentJson as unknown as {
  survey: {
    mlFactor: { loadings: number[]; uniquenesses: number[]; omega: number; omegaTotalOfR: number };
    harmanShare: number;
    correlation: { r: number[][]; p: (number | null)[][] };
    quartilesType6: number[];
    quartilesType7: number[];
  };
  constantItem: { items: number[][]; alphaAllItems: number; alphaDropped: number };
  perfectlyCorrelated: { items: number[][]; harmanShare: number };
  fewCases: { items: number[][] };
};
const surveyMatrix = toItemMatrix(survey.records.map((r) => r.items));

describe("instrument checks on the survey", () => {
  const checks = instrumentChecks(surveyMatrix);

  it("fits one ML factor as psych::fa(fm = 'ml') does and gives its omega total", () => {
    const { oneFactor } = checks;
    expect(oneFactor.reason).toBeNull();
    expect(oneFactor.converged).toBe(true);
    oneFactor.loadings!.forEach((l, j) => expectClose(l, fixture.survey.mlFactor.loadings[j], 1e-4));
    oneFactor.uniquenesses!.forEach((u, j) => expectClose(u, fixture.survey.mlFactor.uniquenesses[j], 1e-4));
    expectClose(oneFactor.omega, fixture.survey.mlFactor.omega, 1e-4);
  });

  it("gives Harman's first-component share as eigen(cor(x))$values[1] / 20", () => {
    expectClose(checks.harman.share, fixture.survey.harmanShare);
    expect(checks.harman.share).toBeGreaterThan(0.5);
  });

  it("gives the 20 × 20 Pearson matrix and cor.test's p-values", () => {
    const { r, p, deletion } = checks.correlations;
    expect(deletion).toBe("complete");
    expect(r).toHaveLength(20);
    r.forEach((row, a) =>
      row.forEach((v, b) => {
        expectClose(v, fixture.survey.correlation.r[a]![b]);
        const expected = fixture.survey.correlation.p[a]![b] ?? null;
        if (expected === null) expect(p[a]![b]).toBeNull();
        else expectCloseP(p[a]![b], expected!);
      }),
    );
  });

  it("reports the quartiles by type 6 (SPSS HAVERAGE) beside type 7", () => {
    const d = descriptives(survey.records.map((r) => r.total));
    expect([d.q1, d.median, d.q3]).toEqual(fixture.survey.quartilesType7);
    const t6 = d.quartilesType6!;
    [t6.q1, t6.median, t6.q3].forEach((q, i) => expectClose(q, fixture.survey.quartilesType6[i]));
  });

  it("reads the same from a byte matrix (the million-response path)", () => {
    const bytes = { ...surveyMatrix, values: Uint8Array.from(surveyMatrix.values) };
    expectClose(instrumentChecks(bytes).oneFactor.omega, checks.oneFactor.omega, 1e-12);
  });
});

describe("instrument checks on edge cases", () => {
  it("offers alpha with a constant item kept (SPSS) and dropped (psych::alpha)", () => {
    const matrix = toItemMatrix(fixture.constantItem.items);
    const { alphaConventions, oneFactor, harman } = instrumentChecks(matrix);
    expect(alphaConventions.constantItems).toEqual([3]);
    expectClose(alphaConventions.allItems, fixture.constantItem.alphaAllItems);
    expectClose(alphaConventions.constantItemsDropped, fixture.constantItem.alphaDropped);
    expectClose(reliability(matrix).alpha, fixture.constantItem.alphaAllItems);
    expect(oneFactor.omega).toBeNull();
    expect(oneFactor.reason).toBe("ZERO_VARIANCE");
    expect(harman.reason).toBe("ZERO_VARIANCE");
  });

  it("has no factor model when two items are perfectly correlated", () => {
    const { oneFactor, harman } = instrumentChecks(toItemMatrix(fixture.perfectlyCorrelated.items));
    expect(oneFactor.omega).toBeNull();
    expect(oneFactor.reason).toBe("SINGULAR_MATRIX");
    expectClose(harman.share, fixture.perfectlyCorrelated.harmanShare);
  });

  it("needs more respondents than items for the factor model", () => {
    const { oneFactor, correlations } = instrumentChecks(toItemMatrix(fixture.fewCases.items));
    expect(oneFactor.reason).toBe("TOO_FEW_CASES");
    expect(correlations.r[0]![1]).not.toBeNull();
  });

  it("is null with a reason, never NaN, without answers", () => {
    const checks = instrumentChecks(toItemMatrix([], 20));
    expect(checks.correlations.reason).toBe("NO_CASES");
    expect(checks.correlations.r.flat().every((v) => v === null)).toBe(true);
    expect(checks.harman.share).toBeNull();
    expect(checks.oneFactor.reason).toBe("NO_CASES");
    expect(JSON.stringify(checks)).not.toMatch(/NaN|Infinity/);
  });
});
