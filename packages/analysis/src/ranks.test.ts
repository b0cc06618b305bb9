import { midranks } from "./ranks";
import { seededRandom } from "./random";

describe("midranks", () => {
  it("gives ties their mean rank and the tie correction, as R's rank(ties.method = 'average')", () => {
    expect(midranks([3, 1, 3, 2, 3])).toEqual({ ranks: Float64Array.from([4, 1, 4, 2, 4]), tieSum: 24 });
  });

  it("ranks whole numbers by counting exactly as it ranks other numbers by sorting", () => {
    const random = seededRandom(11);
    const scores = Array.from({ length: 5000 }, () => 20 + Math.floor(random() * 81));
    // Shifted by a half, the same order reaches the sorting path; ranks do not change under a shift.
    expect(midranks(scores)).toEqual(midranks(scores.map((v) => v + 0.5)));
    const wide = [0, 70000, 5, 5];
    expect(midranks(wide)).toEqual(midranks(wide.map((v) => v + 0.5)));
  });
});
