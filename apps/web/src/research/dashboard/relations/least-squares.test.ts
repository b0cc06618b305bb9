import { leastSquares } from "./least-squares";

describe("leastSquares", () => {
  it("fits value = intercept + slope · total (as R's lm)", () => {
    // lm(c(1, 3, 2, 5) ~ c(20, 40, 60, 80)): intercept 0, slope 0.055.
    const fit = leastSquares([
      { total: 20, value: 1 },
      { total: 40, value: 3 },
      { total: 60, value: 2 },
      { total: 80, value: 5 },
    ])!;
    expect(fit.slope).toBeCloseTo(0.055, 10);
    expect(fit.intercept).toBeCloseTo(0, 10);
    expect(leastSquares([{ total: 50, value: 1 }])).toBeNull();
    expect(
      leastSquares([
        { total: 50, value: 1 },
        { total: 50, value: 2 },
      ]),
    ).toBeNull();
  });
});
