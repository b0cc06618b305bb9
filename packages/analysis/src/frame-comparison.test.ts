import { frameGoodnessOfFit } from "./frame-comparison";

const LEVELS = ["a", "b", "c"];

describe("frameGoodnessOfFit", () => {
  it("matches chisq.test(c(3, 5), p = c(.4, .6)) and lists a level with neither companies nor respondents", () => {
    // R: X-squared = 0.0208333333333334, df = 1, p-value = 0.8852339144732015
    const fit = frameGoodnessOfFit(Uint8Array.from([1, 1, 1, 2, 2, 2, 2, 2, 0]), [40, 60, 0], LEVELS);
    expect([fit.n, fit.missing, fit.frameTotal]).toEqual([8, 1, 100]);
    expect(fit.chiSquare).toBeCloseTo(1 / 48, 12);
    expect(fit.df).toBe(1);
    expect(fit.p).toBeCloseTo(0.8852339144732015, 9);
    expect(fit.levels[2]).toEqual({
      level: "c",
      observed: 0,
      frame: 0,
      observedShare: 0,
      frameShare: 0,
      expected: 0,
    });
    expect(fit.lowExpectedLevels).toBe(2);
  });

  it("gives null with a reason, never NaN, for bad input", () => {
    const reason = (codes: number[], frame: number[]) => {
      const fit = frameGoodnessOfFit(Uint8Array.from(codes), frame, LEVELS);
      expect([fit.chiSquare, fit.df, fit.p]).toEqual([null, null, null]);
      return fit.reason;
    };
    expect(reason([1, 2], [0, 0, 0])).toBe("NO_FRAME");
    expect(reason([0, 0], [5, 5, 5])).toBe("NO_CASES");
    expect(reason([1, 3], [5, 5, 0])).toBe("OUTSIDE_FRAME");
    expect(reason([1, 1], [5, 0, 0])).toBe("SINGLE_GROUP");
  });
});
