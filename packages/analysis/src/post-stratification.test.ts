import { COUNTY_CODES, SIZE_CLASSES, type CountyCode, type SizeClass } from "@smi/questionnaire";
import { postStratification, respondentWeights, type FrameCell } from "./post-stratification";

type Respondent = [CountyCode | null, SizeClass | null, number];

function inputOf(respondents: Respondent[]) {
  return {
    county: Uint8Array.from(respondents, ([c]) => (c ? COUNTY_CODES.indexOf(c) + 1 : 0)),
    sizeClass: Uint8Array.from(respondents, ([, s]) => (s ? SIZE_CLASSES.indexOf(s) + 1 : 0)),
    category: Uint8Array.from(respondents, ([, , t]) => (t < 40 ? 1 : t < 60 ? 2 : t < 80 ? 3 : 4)),
    totals: Float64Array.from(respondents, ([, , t]) => t),
  };
}

const frame = (cells: [CountyCode, SizeClass | null, number][]) => ({
  cells: cells.map(([county, sizeClass, n]): FrameCell => ({ county, sizeClass, n })),
});

const noNumbers = (w: ReturnType<typeof postStratification>) => {
  expect(w.meanScore).toMatchObject({ estimate: null, se: null, deff: null });
  expect(w.cells.every((c) => c.weight === null)).toBe(true);
  return w.reason;
};

describe("postStratification", () => {
  const respondents: Respondent[] = [
    ["BH", "micro", 40],
    ["BH", "micro", 60],
    ["BH", "small", 70],
    ["CJ", "micro", 50],
    ["CJ", "small", 90],
    ["CJ", "small", 80],
    [null, "small", 20],
  ];

  it("weights each cell by frame companies over respondents, leaving out respondents without a county", () => {
    const w = postStratification(
      inputOf(respondents),
      frame([
        ["BH", "micro", 100],
        ["BH", "small", 10],
        ["CJ", "micro", 50],
        ["CJ", "small", 40],
        ["CJ", null, 7],
      ]),
    );
    expect(w).toMatchObject({
      method: "postStratification",
      n: 6,
      missing: 1,
      frameTotal: 200,
      reason: null,
    });
    const weight = (county: CountyCode, size: SizeClass) =>
      w.cells.find((c) => c.county === county && c.sizeClass === size)!.weight;
    expect([
      weight("BH", "micro"),
      weight("BH", "small"),
      weight("CJ", "micro"),
      weight("CJ", "small"),
    ]).toEqual([50, 10, 50, 20]);
    // (100·50 + 10·70 + 50·50 + 40·85) / 200
    expect(w.meanScore.estimate).toBeCloseTo(58, 12);
    expect(w.meanScore.unweighted).toBeCloseTo(65, 12);
    expect([...respondentWeights(inputOf(respondents).county, inputOf(respondents).sizeClass, w)]).toEqual([
      50,
      50,
      10,
      50,
      20,
      20,
      NaN,
    ]);
  });

  it("gives null with a reason, never NaN, for bad input", () => {
    const input = inputOf(respondents);
    expect(noNumbers(postStratification(input, null))).toBe("NO_FRAME");
    expect(noNumbers(postStratification(input, frame([["BH", null, 30]])))).toBe("NO_FRAME");
    expect(noNumbers(postStratification(inputOf([[null, "micro", 50]]), frame([["BH", "micro", 3]])))).toBe(
      "NO_CASES",
    );
    // A weight cell with no frame companies: respondents in CJ × small, where the frame has none.
    expect(
      noNumbers(
        postStratification(
          input,
          frame([
            ["BH", "micro", 100],
            ["BH", "small", 10],
            ["CJ", "micro", 50],
          ]),
        ),
      ),
    ).toBe("OUTSIDE_FRAME");
    // Timiș companies in the frame, no respondent from Timiș.
    expect(
      noNumbers(
        postStratification(
          input,
          frame([
            ["BH", "micro", 100],
            ["BH", "small", 10],
            ["CJ", "micro", 50],
            ["CJ", "small", 40],
            ["TM", "micro", 9],
          ]),
        ),
      ),
    ).toBe("UNCOVERED_FRAME");
  });

  it("rakes when a frame cell has no respondents, and reports when the margins cannot be met", () => {
    // BH × small and CJ × micro hold respondents, BH × micro holds only companies: rake.
    const input = inputOf([
      ["BH", "small", 40],
      ["BH", "small", 60],
      ["CJ", "micro", 70],
      ["CJ", "micro", 50],
    ]);
    const w = postStratification(
      input,
      frame([
        ["BH", "micro", 5],
        ["BH", "small", 5],
        ["CJ", "micro", 10],
      ]),
    );
    // Bihor must hold 10 and small 5, yet Bihor's respondents are all small: the fit settles off the county margin.
    expect(w).toMatchObject({ method: "raking", converged: false, reason: "NOT_CONVERGED" });
    expect(noNumbers(w)).toBe("NOT_CONVERGED");
    // Four cells whose margins fit only in the limit: the iteration cap stops it.
    const slow = postStratification(
      inputOf([
        ["BH", "micro", 40],
        ["BH", "small", 60],
        ["CJ", "micro", 70],
      ]),
      frame([
        ["BH", "micro", 1],
        ["BH", "small", 1],
        ["CJ", "micro", 1],
        ["CJ", "small", 1],
      ]),
      5,
    );
    expect(slow).toMatchObject({
      method: "raking",
      converged: false,
      iterations: 5,
      reason: "NOT_CONVERGED",
    });
  });

  it("says the design effect is undefined when the frame is no larger than the sample", () => {
    const w = postStratification(
      inputOf([
        ["BH", "micro", 40],
        ["BH", "micro", 60],
        ["BH", "small", 50],
        ["BH", "small", 70],
      ]),
      frame([
        ["BH", "micro", 2],
        ["BH", "small", 2],
      ]),
    );
    expect(w.meanScore).toMatchObject({ estimate: 55, deff: null, reason: "SAMPLE_EXCEEDS_FRAME" });
    expect(w.meanScore.se).not.toBeNull();
  });
});
