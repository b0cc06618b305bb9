import { progressOf } from "./journey-progress";

describe("progressOf", () => {
  it("places every screen from the profile to the review in the whole journey, in order", () => {
    const screens = [
      progressOf({ kind: "profile" }, 20)!,
      progressOf({ kind: "statement", index: 0 }, 20)!,
      progressOf({ kind: "statement", index: 11 }, 20)!,
      progressOf({ kind: "performance" }, 20)!,
      progressOf({ kind: "configuration" }, 20)!,
      progressOf({ kind: "review" }, 20)!,
    ];
    expect(screens.map((p) => p.stageNumber)).toEqual([1, 2, 2, 3, 4, 5]);
    expect(screens.map((p) => p.stage)).toEqual([
      "profile",
      "statements",
      "statements",
      "indicators",
      "configuration",
      "review",
    ]);
    const done = screens.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done[0]).toBe(0);
    // On the review, everything but the review itself is behind: 23 of 24 parts.
    expect(done[5]).toBeCloseTo(23 / 24);
  });

  it("shows no progress outside the questionnaire itself", () => {
    for (const kind of ["welcome", "consent", "declined", "screened-out", "result"] as const) {
      expect(progressOf({ kind }, 20)).toBeNull();
    }
  });
});
