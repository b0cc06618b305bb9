import { SCALE, SCALE_MAX, SCALE_MIN, isScaleValue } from "./scale";

describe("the agreement scale", () => {
  it("runs 1..5 from strong disagreement to strong agreement", () => {
    expect(SCALE.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect([SCALE_MIN, SCALE_MAX]).toEqual([1, 5]);
    expect(SCALE[0]?.label).toEqual({ ro: "Dezacord total", en: "Strongly disagree" });
    expect(SCALE[4]?.label).toEqual({ ro: "Acord total", en: "Strongly agree" });
  });

  it("accepts the five integers only", () => {
    for (const v of [1, 2, 3, 4, 5]) expect(isScaleValue(v)).toBe(true);
    for (const v of [0, 6, 2.5, -1, NaN, Infinity, "3", null, undefined, [3]])
      expect(isScaleValue(v)).toBe(false);
  });
});
