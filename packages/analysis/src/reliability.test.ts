import { toItemMatrix } from "./items";
import { reliability, type Reliability } from "./reliability";
import { expectClose } from "./testing/expect-close";
import { smallCases, survey, type RAlpha } from "./testing/fixtures";

function expectAlpha(actual: Reliability, expected: RAlpha) {
  expectClose(actual.alpha, expected.alpha);
  expectClose(actual.standardizedAlpha, expected.standardizedAlpha);
  expectClose(actual.averageR, expected.averageR);
  actual.items.forEach((item, j) => {
    expectClose(item.rDrop, expected.rDrop[j]);
    expectClose(item.alphaIfDeleted.raw, expected.alphaIfDeletedRaw[j]);
    expectClose(item.alphaIfDeleted.standardized, expected.alphaIfDeletedStandardized[j]);
  });
}

describe("reliability", () => {
  it("matches psych::alpha on the 20-item survey", () => {
    const result = reliability(toItemMatrix(survey.records.map((r) => r.items)));
    expect(result.reason).toBeNull();
    expectAlpha(result, survey.expected.reliability);
  });

  it("matches psych::alpha on six respondents and four items", () => {
    expectAlpha(reliability(toItemMatrix(smallCases.reliability.items)), smallCases.reliability.expected);
  });

  it("is null with ZERO_VARIANCE when everyone gives the same answers", () => {
    const result = reliability(
      toItemMatrix([
        [3, 3, 3],
        [3, 3, 3],
        [3, 3, 3],
      ]),
    );
    expect(result.reason).toBe("ZERO_VARIANCE");
    expect([result.alpha, result.standardizedAlpha, result.averageR]).toEqual([null, null, null]);
    expect(result.items.every((i) => i.rDrop === null && i.alphaIfDeleted.raw === null)).toBe(true);
  });

  it("keeps raw alpha but not the correlation-based figures when one item is constant", () => {
    const result = reliability(
      toItemMatrix([
        [1, 2, 4],
        [2, 3, 4],
        [4, 4, 4],
        [5, 5, 4],
      ]),
    );
    expect(result.alpha).not.toBeNull();
    expect(result.standardizedAlpha).toBeNull();
    expect(result.items[2]!.rDrop).toBeNull();
    expect(result.reason).toBe("ZERO_VARIANCE");
  });

  it("needs two respondents and two items", () => {
    expect(reliability(toItemMatrix([[1, 2, 3]])).reason).toBe("TOO_FEW_CASES");
    expect(reliability(toItemMatrix([], 20)).reason).toBe("NO_CASES");
    expect(reliability(toItemMatrix([[1], [2]])).reason).toBe("TOO_FEW_ITEMS");
    const two = reliability(
      toItemMatrix([
        [1, 2],
        [3, 5],
      ]),
    );
    expect(two.alpha).toBeCloseTo(2 * (1 - (2 + 4.5) / (2 + 4.5 + 2 * 3)), 12);
    expect(two.reason).toBe("TOO_FEW_ITEMS");
  });
});
